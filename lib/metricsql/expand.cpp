// WITH expansion, following the reference's expandWithExpr step by step: which templates are
// visible where, how label sets merge and when a metric name may be replaced all follow it.
#include "metricsql/expand.hpp"

#include <vector>

#include <fmt/format.h>

#include "metricsql/expand_metric.hpp"
#include "metricsql/go_strconv.hpp"
#include "metricsql/lexer.hpp"

namespace telc::metricsql {

const WithArg* Expander::lookup(const Env& env, std::string_view name) {
  for (auto it = env.rbegin(); it != env.rend(); ++it) {
    if ((*it)->name == name) {
      return *it;
    }
  }
  return nullptr;
}

bool Expander::enter(const Expr& at) {
  if (++depth_ > kMaxExpandDepth || ++nodes_ > kMaxExpandNodes) {
    fail(at, fmt::format("the query nests deeper than {} levels or has more than {} parts once WITH templates "
                         "are expanded (a chained operator is a level)",
                         kMaxExpandDepth, kMaxExpandNodes));
  }
  return !failed();
}

Expr* Expander::expand(const Env& env, Expr* expr) {
  // After an error every call returns its input: the result is discarded, the walk just ends.
  Expr* out = enter(*expr) ? dispatch(env, expr) : expr;
  --depth_;
  return out;
}

Expr* Expander::dispatch(const Env& env, Expr* expr) {
  switch (expr->kind) {
    case ExprKind::binary: return expand_binary(env, as<BinaryExpr>(*expr));
    case ExprKind::function: return expand_function(env, as<FuncExpr>(*expr));
    case ExprKind::aggregate: return expand_aggregate(env, as<AggrExpr>(*expr));
    case ExprKind::parens: return expand_parens(env, as<ParensExpr>(*expr));
    case ExprKind::string: return expand_string(env, as<StringExpr>(*expr));
    case ExprKind::rollup: return expand_rollup(env, as<RollupExpr>(*expr));
    case ExprKind::with: return expand_with_expr(env, as<WithExpr>(*expr));
    case ExprKind::metric: return expand_metric(*this, env, as<MetricExpr>(*expr));
    default: return expr;
  }
}

Vector<Expr*> Expander::expand_args(const Env& env, const Vector<Expr*>& args) {
  Vector<Expr*> out(arena_);
  out.reserve(args.size());
  for (Expr* arg : args) {
    out.push_back(expand(env, arg));
  }
  return out;
}

Expr* Expander::expand_binary(const Env& env, BinaryExpr& binary) {
  Expr* left = expand(env, binary.left);
  Expr* right = expand(env, binary.right);
  auto* be = make<BinaryExpr>(binary);
  be->op = binary.op;
  be->bool_modifier = binary.bool_modifier;
  be->keep_metric_names = binary.keep_metric_names;
  be->group.op = binary.group.op;
  be->group.args = expand_modifier_args(env, binary.group.args, binary);
  be->join.op = binary.join.op;
  be->join.args = expand_modifier_args(env, binary.join.args, binary);
  if (binary.prefix != nullptr) {
    Expr* prefix = expand(env, binary.prefix);
    if (prefix->kind == ExprKind::string) {
      be->prefix = &as<StringExpr>(*prefix);
    } else {
      fail(*binary.prefix, "the prefix must be a quoted string");
    }
  }
  if (binary.op == "+" && left->kind == ExprKind::string && right->kind == ExprKind::string) {
    auto* s = make<StringExpr>(binary);
    s->value = as<StringExpr>(*left).value;
    s->value += as<StringExpr>(*right).value;
    return s;
  }
  be->left = left;
  be->right = right;
  auto* parens = make<ParensExpr>(binary);
  parens->args.push_back(be);
  return parens;
}

Expr* Expander::expand_function(const Env& env, FuncExpr& call) {
  Vector<Expr*> args = expand_args(env, call.args);
  if (const WithArg* wa = lookup(env, call.name)) {
    return expand_template(env, *wa, &args, call);
  }
  auto* f = make<FuncExpr>(call);
  f->name = call.name;
  f->args = std::move(args);
  f->keep_metric_names = call.keep_metric_names;
  return f;
}

Expr* Expander::expand_aggregate(const Env& env, AggrExpr& aggregate) {
  Vector<Expr*> args = expand_args(env, aggregate.args);
  if (const WithArg* wa = lookup(env, aggregate.name)) {
    return expand_template(env, *wa, &args, aggregate);
  }
  auto* a = make<AggrExpr>(aggregate);
  a->name = aggregate.name;
  a->args = std::move(args);
  a->modifier.op = aggregate.modifier.op;
  a->modifier.args = expand_modifier_args(env, aggregate.modifier.args, aggregate);
  a->limit = aggregate.limit;
  return a;
}

Expr* Expander::expand_parens(const Env& env, ParensExpr& parens) {
  auto* p = make<ParensExpr>(parens);
  p->args = expand_args(env, parens.args);
  return p;
}

Expr* Expander::expand_string(const Env& env, StringExpr& node) {
  if (!node.value.empty() || node.tokens.empty()) {
    return &node;  // already expanded
  }
  auto* s = make<StringExpr>(node);
  for (const String& token : node.tokens) {
    if (token[0] == '"' || token[0] == '\'' || token[0] == '`') {
      s->value += string_literal_value(token, node);
      continue;
    }
    const WithArg* wa = lookup(env, token);
    if (wa == nullptr) {
      fail(node, fmt::format("unknown template '{}' in string concatenation", token));
      return s;
    }
    Expr* value = expand_template(env, *wa, nullptr, node);
    if (value->kind != ExprKind::string) {
      fail(node, fmt::format("template '{}' must be a string", token));
      return s;
    }
    s->value += as<StringExpr>(*value).value;
  }
  return s;
}

std::string Expander::string_literal_value(std::string_view token, const Expr& at) {
  std::optional<std::string> value;
  if (token[0] == '\'') {
    // Single quotes: `\'` means `'`, `"` is literal; then unquote as a double-quoted string.
    std::string body(token.substr(1, token.size() - 2));
    std::string converted = "\"";
    for (std::size_t i = 0; i < body.size(); ++i) {
      if (body[i] == '\\' && i + 1 < body.size() && body[i + 1] == '\'') {
        converted += '\'';
        ++i;
      } else if (body[i] == '"') {
        converted += "\\\"";
      } else {
        converted += body[i];
      }
    }
    value = go_unquote(converted + "\"");
  } else {
    value = go_unquote(token);
  }
  if (!value) {
    fail(at, fmt::format("invalid string literal {}", token));
    return {};
  }
  return std::move(*value);
}

Expr* Expander::expand_rollup(const Env& env, RollupExpr& rollup) {
  auto* r = make<RollupExpr>(rollup);
  r->expr = expand(env, rollup.expr);
  r->window = expand_duration(env, rollup.window);
  r->step = expand_duration(env, rollup.step);
  r->offset = expand_duration(env, rollup.offset);
  r->inherit_step = rollup.inherit_step;
  r->at = rollup.at != nullptr ? expand(env, rollup.at) : nullptr;
  return r;
}

Expr* Expander::expand_with_expr(const Env& env, WithExpr& with) {
  Env inner = env;
  inner.insert(inner.end(), with.args.begin(), with.args.end());
  return expand(inner, with.body);
}

DurationExpr* Expander::expand_duration(const Env& env, DurationExpr* duration) {
  if (duration == nullptr || !duration->needs_parsing) {
    return duration;
  }
  const WithArg* wa = lookup(env, duration->text);
  if (wa == nullptr) {
    fail(*duration, fmt::format("unknown duration template '{}'", duration->text));
    return duration;
  }
  Vector<Expr*> no_args(arena_);
  Expr* e = expand_template(env, *wa, &no_args, *duration);
  if (e->kind == ExprKind::duration) {
    return &as<DurationExpr>(*e);
  }
  if (e->kind == ExprKind::number && is_valid_duration(as<NumberExpr>(*e).text)) {
    auto* out = make<DurationExpr>(*duration);
    out->text = as<NumberExpr>(*e).text;
    return out;
  }
  fail(*duration, fmt::format("template '{}' must be a duration", duration->text));
  return duration;
}

Vector<String> Expander::expand_modifier_args(const Env& env, const Vector<String>& args, const Expr& at) {
  Vector<String> out(arena_);
  for (const String& arg : args) {
    const WithArg* wa = lookup(env, arg);
    if (wa == nullptr || !wa->params.empty()) {
      append_unique(out, arg);
    } else if (wa->body->kind == ExprKind::metric) {
      append_unique(out, only_metric_name(as<MetricExpr>(*wa->body), arg, at));
    } else if (wa->body->kind == ExprKind::parens) {
      for (const Expr* item : as<ParensExpr>(*wa->body).args) {
        if (item->kind != ExprKind::metric) {
          fail(at, fmt::format("template '{}' cannot be used as a label name", arg));
          return out;
        }
        append_unique(out, only_metric_name(as<MetricExpr>(*item), arg, at));
      }
    } else {
      fail(at, fmt::format("template '{}' cannot be used as a label name", arg));
      return out;
    }
  }
  return out;
}

String Expander::only_metric_name(const MetricExpr& metric, std::string_view arg, const Expr& at) {
  if (!is_only_metric_name(metric)) {
    fail(at, fmt::format("template '{}' cannot be used as a label name", arg));
    return String(arena_);
  }
  return String(metric_name(metric), arena_);
}

void Expander::append_unique(Vector<String>& out, std::string_view name) {
  for (const String& existing : out) {
    if (existing == name) {
      return;
    }
  }
  out.emplace_back(name);
}

Expr* Expander::expand_template(const Env& env, const WithArg& wa, const Vector<Expr*>* args, const Expr& at) {
  const std::size_t given = args != nullptr ? args->size() : 0;
  if (wa.params.size() != given) {
    if (args == nullptr) {
      return named_metric(wa.name, at);  // a metric named like a template with parameters
    }
    fail(at, fmt::format("template '{}' takes {} arguments, got {}", wa.name, wa.params.size(), given));
    return named_metric(wa.name, at);  // a stand-in: the result is discarded
  }
  Env inner;
  for (const WithArg* visible : env) {
    if (visible == &wa) {
      break;  // only templates defined before this one are visible in its body
    }
    inner.push_back(visible);
  }
  for (std::size_t i = 0; i < given; ++i) {
    auto* bound = new (arena_->allocate(sizeof(WithArg), alignof(WithArg))) WithArg(arena_);
    bound->name = wa.params[i];
    bound->body = (*args)[i];
    inner.push_back(bound);
  }
  return expand(inner, wa.body);
}

MetricExpr* Expander::named_metric(std::string_view name, const Expr& at) {
  auto* m = make<MetricExpr>(at);
  LabelMatcher lf(arena_);
  lf.label = "__name__";
  lf.value = name;
  lf.begin = at.begin;
  lf.end = at.end;
  m->groups.emplace_back().push_back(std::move(lf));
  return m;
}

Expr* expand_with(std::pmr::memory_resource* arena, Expr* expr, std::optional<SyntaxError>& error) {
  Expander expander(arena);
  Expr* out = expander.expand(default_templates(), expr);
  if (expander.failed()) {
    error = std::move(expander.error());
    return nullptr;
  }
  return out;
}

}  // namespace telc::metricsql
