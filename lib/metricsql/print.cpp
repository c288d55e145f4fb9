// Canonical printer, byte-identical to the reference's AppendString (v0.87.0): spacing,
// parentheses, escaping and number formatting all follow it.
#include "metricsql/expand_metric.hpp"
#include "metricsql/go_strconv.hpp"
#include "metricsql/lexer.hpp"
#include "metricsql/parse.hpp"

namespace telc::metricsql {
namespace {

void print(std::string& out, const Expr& expr);

void print_args(std::string& out, const Vector<Expr*>& args) {
  out.push_back('(');
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (i > 0) {
      out += ", ";
    }
    print(out, *args[i]);
  }
  out.push_back(')');
}

void print_modifier(std::string& out, const Modifier& modifier) {
  out += modifier.op;
  out.push_back('(');
  for (std::size_t i = 0; i < modifier.args.size(); ++i) {
    if (i > 0) {
      out.push_back(',');
    }
    if (modifier.args[i] == "*") {
      out.push_back('*');
    } else {
      append_escaped_ident(out, modifier.args[i]);
    }
  }
  out.push_back(')');
}

void print_filter(std::string& out, const LabelMatcher& lf) {
  append_escaped_ident(out, lf.label);
  out += lf.negative ? (lf.regexp ? "!~" : "!=") : (lf.regexp ? "=~" : "=");
  go_append_quote(out, lf.value);
}

void print_metric(std::string& out, const MetricExpr& metric) {
  if (metric.groups.empty()) {
    out += "{}";
    return;
  }
  const std::string_view name = metric_name(metric);
  const std::size_t skip = name.empty() ? 0 : 1;
  append_escaped_ident(out, name);
  if (is_only_metric_name(metric)) {
    return;
  }
  out.push_back('{');
  for (std::size_t i = 0; i < metric.groups.size(); ++i) {
    const auto& group = metric.groups[i];
    for (std::size_t j = skip; j < group.size(); ++j) {
      if (j > skip) {
        out.push_back(',');
      }
      print_filter(out, group[j]);
    }
    // The reference drops the separator when the next group holds only the name (upstream bug).
    if (group.size() > skip && i + 1 < metric.groups.size() && metric.groups[i + 1].size() > skip) {
      out += " or ";
    }
  }
  out.push_back('}');
}

bool is_reserved_word(std::string_view text) {
  static constexpr std::string_view kWords[] = {"on", "ignoring", "group_left", "group_right", "bool", "prefix"};
  for (std::string_view w : kWords) {
    if (iequals_ascii(text, w)) {
      return true;
    }
  }
  return false;
}

bool needs_operand_parens(const Expr& expr) {
  if (expr.kind == ExprKind::binary) {
    return true;
  }
  if (expr.kind != ExprKind::rollup) {
    return false;
  }
  const auto& r = as<RollupExpr>(expr);
  if (r.expr->kind == ExprKind::binary && as<BinaryExpr>(*r.expr).keep_metric_names) {
    return true;
  }
  return r.offset != nullptr || r.at != nullptr;
}

bool needs_right_parens(const BinaryExpr& be) {
  const Expr& r = *be.right;
  if (needs_operand_parens(r)) {
    return true;
  }
  if (r.kind == ExprKind::metric) {
    return is_reserved_word(metric_name(as<MetricExpr>(r)));
  }
  if (r.kind == ExprKind::function) {
    const auto& f = as<FuncExpr>(r);
    return is_reserved_word(f.name) || f.keep_metric_names || be.keep_metric_names;
  }
  return false;
}

void print_operand(std::string& out, const Expr& expr, bool parens) {
  if (parens) {
    out.push_back('(');
  }
  print(out, expr);
  if (parens) {
    out.push_back(')');
  }
}

void print_binary_body(std::string& out, const BinaryExpr& be) {
  print_operand(out, *be.left, needs_operand_parens(*be.left));
  out.push_back(' ');
  out += be.op;
  if (be.bool_modifier) {
    out += "bool";
  }
  if (!be.group.op.empty()) {
    out.push_back(' ');
    print_modifier(out, be.group);
  }
  if (!be.join.op.empty()) {
    out.push_back(' ');
    print_modifier(out, be.join);
    if (be.prefix != nullptr) {
      out += " prefix ";
      go_append_quote(out, be.prefix->value);
    }
  }
  out.push_back(' ');
  print_operand(out, *be.right, needs_right_parens(be));
}

void print_binary(std::string& out, const BinaryExpr& be) {
  if (!be.keep_metric_names) {
    print_binary_body(out, be);
    return;
  }
  out.push_back('(');
  print_binary_body(out, be);
  out += ") keep_metric_names";
}

bool rollup_needs_parens(const Expr& inner) {
  if (inner.kind == ExprKind::rollup || inner.kind == ExprKind::binary) {
    return true;
  }
  return inner.kind == ExprKind::aggregate && !as<AggrExpr>(inner).modifier.op.empty();
}

void print_rollup(std::string& out, const RollupExpr& rollup) {
  print_operand(out, *rollup.expr, rollup_needs_parens(*rollup.expr));
  if (rollup.window != nullptr || rollup.inherit_step || rollup.step != nullptr) {
    out.push_back('[');
    if (rollup.window != nullptr) {
      out += rollup.window->text;
    }
    if (rollup.step != nullptr || rollup.inherit_step) {
      out.push_back(':');
    }
    if (rollup.step != nullptr) {
      out += rollup.step->text;
    }
    out.push_back(']');
  }
  if (rollup.offset != nullptr) {
    out += " offset ";
    out += rollup.offset->text;
  }
  if (rollup.at != nullptr) {
    out += " @ ";
    print_operand(out, *rollup.at, rollup.at->kind == ExprKind::binary);
  }
}

void print_aggregate(std::string& out, const AggrExpr& aggregate) {
  append_escaped_ident(out, aggregate.name);
  print_args(out, aggregate.args);
  if (!aggregate.modifier.op.empty()) {
    out.push_back(' ');
    print_modifier(out, aggregate.modifier);
  }
  if (aggregate.limit > 0) {
    out += " limit ";
    out += std::to_string(aggregate.limit);
  }
}

void print(std::string& out, const Expr& expr) {
  switch (expr.kind) {
    case ExprKind::number: {
      const auto& n = as<NumberExpr>(expr);
      if (n.text.empty()) {
        go_append_float(out, n.value);
      } else {
        out += n.text;
      }
      return;
    }
    case ExprKind::string: go_append_quote(out, as<StringExpr>(expr).value); return;
    case ExprKind::duration: out += as<DurationExpr>(expr).text; return;
    case ExprKind::metric: print_metric(out, as<MetricExpr>(expr)); return;
    case ExprKind::function: {
      const auto& f = as<FuncExpr>(expr);
      append_escaped_ident(out, f.name);
      print_args(out, f.args);
      if (f.keep_metric_names) {
        out += " keep_metric_names";
      }
      return;
    }
    case ExprKind::aggregate: print_aggregate(out, as<AggrExpr>(expr)); return;
    case ExprKind::binary: print_binary(out, as<BinaryExpr>(expr)); return;
    case ExprKind::rollup: print_rollup(out, as<RollupExpr>(expr)); return;
    case ExprKind::parens: print_args(out, as<ParensExpr>(expr).args); return;
    case ExprKind::with: print(out, *as<WithExpr>(expr).body); return;
  }
}

}  // namespace

std::string to_canonical(const Expr& expr) {
  std::string out;
  out.reserve(64);
  print(out, expr);
  return out;
}

void append_canonical(std::string& out, const Expr& expr) { print(out, expr); }

}  // namespace telc::metricsql
