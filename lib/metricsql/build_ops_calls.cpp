// AST building for calls, rollups, WITH and binary operations (see actions.hpp).
#include <fmt/format.h>

#include "metricsql/build_ops.hpp"
#include "metricsql/go_strconv.hpp"
#include "metricsql/lexer.hpp"

namespace telc::metricsql::build {
namespace {

void fail(Builder& b, Span at, std::string message) { b.fail(SyntaxError{at.begin, at.end, std::move(message), {}}); }

void assign_lower(String& out, std::string_view s) {
  out.assign(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c + 32);
    }
  }
}

template <typename T> T* make_at(Builder& b, Span at) {
  T* node = b.make<T>();
  node->begin = at.begin;
  node->end = at.end;
  return node;
}

bool is_comparison(std::string_view op) {
  return op == "==" || op == "!=" || op == ">" || op == "<" || op == ">=" || op == "<=";
}

bool is_logical_set(std::string_view op) { return op == "and" || op == "or" || op == "unless"; }

int priority(std::string_view op) {
  if (op == "default") return -1;
  if (op == "if" || op == "ifnot") return 0;
  if (op == "or") return 1;
  if (op == "and" || op == "unless") return 2;
  if (is_comparison(op)) return 3;
  if (op == "+" || op == "-") return 4;
  if (op == "^") return 6;
  return 5;  // * / % atan2
}

// Operators are read left to right and the tree is rotated by precedence, as the reference does.
Expr* balance(BinaryExpr* be) {
  if (be->left->kind != ExprKind::binary) {
    return be;
  }
  auto* left = &as<BinaryExpr>(*be->left);
  const int lp = priority(left->op);
  const int rp = priority(be->op);
  if (rp < lp || (rp == lp && be->op != "^")) {
    return be;
  }
  be->left = left->right;
  be->begin = be->left->begin;
  left->right = balance(be);
  left->end = left->right->end;
  return left;
}

bool has_duplicate(const Vector<String>& names, String& dup) {
  for (std::size_t i = 0; i < names.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (names[i] == names[j]) {
        dup = names[i];
        return true;
      }
    }
  }
  return false;
}

}  // namespace

void push_function(Builder& b, std::string_view name, Span at) {
  auto* f = make_at<FuncExpr>(b, at);
  f->name.assign(unescape_ident(name));
  b.push(f);
}

void set_function_keep_metric_names(Builder& b, Span at) {
  auto& f = b.top_as<FuncExpr>();
  f.keep_metric_names = true;
  f.end = at.end;
}

void push_aggregate(Builder& b, std::string_view name, Span at) {
  auto* a = make_at<AggrExpr>(b, at);
  assign_lower(a->name, unescape_ident(name));
  b.push(a);
}

void set_aggregate_modifier(Builder& b, std::string_view keyword, Span at) {
  auto& a = b.top_as<AggrExpr>();
  if (!a.modifier.op.empty()) {
    return fail(b, at, fmt::format("'{}' cannot follow another by/without modifier", keyword));
  }
  assign_lower(a.modifier.op, keyword);
  b.names = &a.modifier.args;
}

void set_limit(Builder& b, std::string_view text, Span at) {
  const auto limit = go_atoi(text);
  if (!limit) {
    return fail(b, at, fmt::format("cannot parse limit '{}'", text));
  }
  auto& a = b.top_as<AggrExpr>();
  a.limit = *limit;
  a.end = at.end;
}

void close_args(Builder& b, Span at) {
  Expr* owner = nullptr;
  Vector<Expr*> args(b.arena());
  b.close_list(args);
  owner = b.top();
  if (owner->kind == ExprKind::function) {
    as<FuncExpr>(*owner).args = std::move(args);
  } else {
    as<AggrExpr>(*owner).args = std::move(args);
  }
  owner->end = at.end;
}

void push_parens(Builder& b, Span at) {
  b.push(make_at<ParensExpr>(b, at));
  b.open_list();
}

void close_parens(Builder& b, Span at) {
  Vector<Expr*> args(b.arena());
  b.close_list(args);
  auto& p = b.top_as<ParensExpr>();
  p.args = std::move(args);
  p.end = at.end;
}

bool set_parens_keep_metric_names(Builder& b, Span at) {
  auto& p = b.top_as<ParensExpr>();
  if (p.args.size() != 1 || p.args.front()->kind != ExprKind::binary) {
    return false;
  }
  as<BinaryExpr>(*p.args.front()).keep_metric_names = true;
  p.end = at.end;
  return true;
}

void apply_unary_minus(Builder& b, Span at) {
  auto* be = make_at<BinaryExpr>(b, at);
  be->op.assign("-");
  be->left = make_at<NumberExpr>(b, {at.begin, at.begin});
  be->right = b.pop();
  b.push(be);
}

void set_duration_template(Builder& b, std::string_view name, Span at) {
  b.duration = make_at<DurationExpr>(b, at);
  b.duration->text.assign(name);
  b.duration->needs_parsing = true;
}

void set_duration_token(Builder& b, std::string_view text, Span at) {
  if (!is_valid_duration(text)) {
    return fail(b, at, fmt::format("invalid duration '{}'", text));
  }
  b.duration = make_at<DurationExpr>(b, at);
  b.duration->text.assign(text);
}

void set_duration_number(Builder& b, std::string_view text, Span at) {
  if (!parse_positive_number(text) || !is_valid_duration(text)) {
    return fail(b, at, fmt::format("invalid duration '{}'", text));
  }
  b.duration = make_at<DurationExpr>(b, at);
  b.duration->text.assign(text);
}

void set_duration_interval(Builder& b, Span at) {
  b.duration = make_at<DurationExpr>(b, at);
  b.duration->text.assign("1i");
}

void begin_rollup(Builder& b) {
  Expr* inner = b.pop();
  auto* r = b.make<RollupExpr>();
  r->expr = inner;
  r->begin = inner->begin;
  r->end = inner->end;
  b.push(r);
}

void set_window(Builder& b) { b.top_as<RollupExpr>().window = b.duration; }
void set_step(Builder& b) { b.top_as<RollupExpr>().step = b.duration; }
void set_inherit_step(Builder& b) { b.top_as<RollupExpr>().inherit_step = true; }

// `:5m` lexes as one identifier; the reference parses the text after `:` without re-lexing it.
void set_inline_step(Builder& b, std::string_view token, Span at) {
  const std::string_view text = token.substr(1);
  const Span value_at{at.begin + 1, at.end};
  if (is_ident_prefix(text)) {
    if (text.find(':') != std::string_view::npos) {
      return fail(b, value_at, fmt::format("unexpected ':' in step '{}'", text));
    }
    set_duration_template(b, text, value_at);
  } else if (is_positive_duration(text)) {
    set_duration_token(b, text, value_at);
  } else if (is_number_prefix(text)) {
    set_duration_number(b, text, value_at);
  } else {
    return fail(b, value_at, fmt::format("invalid step '{}'", text));
  }
  if (!b.failed()) {
    set_step(b);
  }
}

void set_offset(Builder& b, Span at) {
  if (b.negative_offset) {
    b.duration->text.insert(0, 1, '-');
    b.negative_offset = false;
  }
  auto& r = b.top_as<RollupExpr>();
  r.offset = b.duration;
  r.end = at.end;
}

void set_at(Builder& b, Span at) {
  Expr* value = b.pop();
  auto& r = b.top_as<RollupExpr>();
  if (r.at != nullptr) {
    return fail(b, at, "duplicate '@' modifier");
  }
  r.at = value;
  r.end = at.end;
}

void extend_rollup(Builder& b, Span at) { b.top()->end = at.end; }

void push_with(Builder& b, Span at) { b.push(make_at<WithExpr>(b, at)); }

void add_with_arg(Builder& b, std::string_view name, Span at) {
  auto* arg = b.make<WithArg>();
  arg->name.assign(unescape_ident(name));
  auto& w = b.top_as<WithExpr>();
  for (const WithArg* other : w.args) {
    if (other->name == arg->name) {
      return fail(b, at, fmt::format("duplicate WITH template name '{}'", arg->name));
    }
  }
  w.args.push_back(arg);
  b.names = &arg->params;
}

void finish_with_arg(Builder& b, Span at) {
  Expr* body = b.pop();
  WithArg& arg = *b.top_as<WithExpr>().args.back();
  arg.body = body;
  String dup(b.arena());
  if (has_duplicate(arg.params, dup)) {
    return fail(b, at, fmt::format("duplicate parameter '{}' in WITH template '{}'", dup, arg.name));
  }
}

void finish_with(Builder& b, Span at) {
  Expr* body = b.pop();
  auto& w = b.top_as<WithExpr>();
  w.body = body;
  w.end = at.end;
}

void push_binary(Builder& b, std::string_view op, Span at) {
  b.count_binary_operator(at.begin);
  auto* be = make_at<BinaryExpr>(b, at);
  assign_lower(be->op, op);
  be->left = b.pop();
  be->begin = be->left->begin;
  b.push(be);
}

void set_bool_modifier(Builder& b, Span at) {
  auto& be = b.top_as<BinaryExpr>();
  if (!is_comparison(be.op)) {
    return fail(b, at, fmt::format("bool modifier cannot be applied to '{}'", be.op));
  }
  be.bool_modifier = true;
}

void set_group_modifier(Builder& b, std::string_view keyword) {
  auto& be = b.top_as<BinaryExpr>();
  assign_lower(be.group.op, keyword);
  b.names = &be.group.args;
}

void set_join_modifier(Builder& b, std::string_view keyword, Span at) {
  auto& be = b.top_as<BinaryExpr>();
  if (is_logical_set(be.op)) {
    return fail(b, at, fmt::format("modifier '{}' cannot be applied to '{}'", keyword, be.op));
  }
  assign_lower(be.join.op, keyword);
  b.names = &be.join.args;
}

void set_prefix(Builder& b) {
  auto* prefix = &as<StringExpr>(*b.pop());
  b.top_as<BinaryExpr>().prefix = prefix;
}

void set_binary_keep_metric_names(Builder& b) { b.top_as<BinaryExpr>(1).keep_metric_names = true; }

void finish_binary(Builder& b) {
  Expr* right = b.pop();
  auto* be = &as<BinaryExpr>(*b.pop());
  be->right = right;
  be->end = right->end;
  b.push(balance(be));
}

}  // namespace telc::metricsql::build
