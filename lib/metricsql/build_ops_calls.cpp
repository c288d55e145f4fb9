// AST building for calls, rollups, WITH and binary operations (see actions.hpp).
#include <fmt/format.h>

#include "metricsql/build_ops.hpp"
#include "metricsql/go_strconv.hpp"
#include "metricsql/lexer.hpp"

namespace telc::metricsql::build {
namespace {

void assign_lower(String& out, std::string_view text) {
  out.assign(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c + 32);
    }
  }
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

void push_function(Builder& builder, std::string_view name, Span at) {
  auto* f = make_at<FuncExpr>(builder, at);
  f->name.assign(unescape_ident(name));
  builder.push(f);
}

void set_function_keep_metric_names(Builder& builder, Span at) {
  auto& f = builder.top_as<FuncExpr>();
  f.keep_metric_names = true;
  f.end = at.end;
}

void push_aggregate(Builder& builder, std::string_view name, Span at) {
  auto* a = make_at<AggrExpr>(builder, at);
  assign_lower(a->name, unescape_ident(name));
  builder.push(a);
}

void set_aggregate_modifier(Builder& builder, std::string_view keyword, Span at) {
  auto& a = builder.top_as<AggrExpr>();
  if (!a.modifier.op.empty()) {
    return fail(builder, at, fmt::format("'{}' cannot follow another by/without modifier", keyword));
  }
  assign_lower(a.modifier.op, keyword);
  builder.names = &a.modifier.args;
}

void set_limit(Builder& builder, std::string_view text, Span at) {
  const auto limit = go_atoi(text);
  if (!limit) {
    return fail(builder, at, fmt::format("cannot parse limit '{}'", text));
  }
  auto& a = builder.top_as<AggrExpr>();
  a.limit = *limit;
  a.end = at.end;
}

void close_args(Builder& builder, Span at) {
  Expr* owner = nullptr;
  Vector<Expr*> args(builder.arena());
  builder.close_list(args);
  owner = builder.top();
  if (owner->kind == ExprKind::function) {
    as<FuncExpr>(*owner).args = std::move(args);
  } else {
    as<AggrExpr>(*owner).args = std::move(args);
  }
  owner->end = at.end;
}

void push_parens(Builder& builder, Span at) {
  builder.push(make_at<ParensExpr>(builder, at));
  builder.open_list();
}

void close_parens(Builder& builder, Span at) {
  Vector<Expr*> args(builder.arena());
  builder.close_list(args);
  auto& p = builder.top_as<ParensExpr>();
  p.args = std::move(args);
  p.end = at.end;
}

bool set_parens_keep_metric_names(Builder& builder, Span at) {
  auto& p = builder.top_as<ParensExpr>();
  if (p.args.size() != 1 || p.args.front()->kind != ExprKind::binary) {
    return false;
  }
  as<BinaryExpr>(*p.args.front()).keep_metric_names = true;
  p.end = at.end;
  return true;
}

void apply_unary_minus(Builder& builder, Span at) {
  auto* be = make_at<BinaryExpr>(builder, at);
  be->op.assign("-");
  be->left = make_at<NumberExpr>(builder, {at.begin, at.begin});
  be->right = builder.pop();
  builder.push(be);
}

void set_duration_template(Builder& builder, std::string_view name, Span at) {
  builder.duration = make_at<DurationExpr>(builder, at);
  builder.duration->text.assign(name);
  builder.duration->needs_parsing = true;
}

void set_duration_token(Builder& builder, std::string_view text, Span at) {
  if (!is_valid_duration(text)) {
    return fail(builder, at, fmt::format("invalid duration '{}'", text));
  }
  builder.duration = make_at<DurationExpr>(builder, at);
  builder.duration->text.assign(text);
}

void set_duration_number(Builder& builder, std::string_view text, Span at) {
  if (!parse_positive_number(text) || !is_valid_duration(text)) {
    return fail(builder, at, fmt::format("invalid duration '{}'", text));
  }
  builder.duration = make_at<DurationExpr>(builder, at);
  builder.duration->text.assign(text);
}

void set_duration_interval(Builder& builder, Span at) {
  builder.duration = make_at<DurationExpr>(builder, at);
  builder.duration->text.assign("1i");
}

void begin_rollup(Builder& builder) {
  Expr* inner = builder.pop();
  auto* r = builder.make<RollupExpr>();
  r->expr = inner;
  r->begin = inner->begin;
  r->end = inner->end;
  builder.push(r);
}

void set_window(Builder& builder) { builder.top_as<RollupExpr>().window = builder.duration; }
void set_step(Builder& builder) { builder.top_as<RollupExpr>().step = builder.duration; }
void set_inherit_step(Builder& builder) { builder.top_as<RollupExpr>().inherit_step = true; }

// `:5m` lexes as one identifier; the reference parses the text after `:` without re-lexing it.
void set_inline_step(Builder& builder, std::string_view token, Span at) {
  const std::string_view text = token.substr(1);
  const Span value_at{at.begin + 1, at.end};
  if (is_ident_prefix(text)) {
    if (text.find(':') != std::string_view::npos) {
      return fail(builder, value_at, fmt::format("unexpected ':' in step '{}'", text));
    }
    set_duration_template(builder, text, value_at);
  } else if (is_positive_duration(text)) {
    set_duration_token(builder, text, value_at);
  } else if (is_number_prefix(text)) {
    set_duration_number(builder, text, value_at);
  } else {
    return fail(builder, value_at, fmt::format("invalid step '{}'", text));
  }
  if (!builder.failed()) {
    set_step(builder);
  }
}

void set_offset(Builder& builder, Span at) {
  if (builder.negative_offset) {
    builder.duration->text.insert(0, 1, '-');
    builder.negative_offset = false;
  }
  auto& r = builder.top_as<RollupExpr>();
  r.offset = builder.duration;
  r.end = at.end;
}

void set_at(Builder& builder, Span at) {
  Expr* value = builder.pop();
  auto& r = builder.top_as<RollupExpr>();
  if (r.at != nullptr) {
    return fail(builder, at, "duplicate '@' modifier");
  }
  r.at = value;
  r.end = at.end;
}

void extend_rollup(Builder& builder, Span at) { builder.top()->end = at.end; }

void push_with(Builder& builder, Span at) { builder.push(make_at<WithExpr>(builder, at)); }

void add_with_arg(Builder& builder, std::string_view name, Span at) {
  auto* arg = builder.make<WithArg>();
  arg->name.assign(unescape_ident(name));
  auto& w = builder.top_as<WithExpr>();
  for (const WithArg* other : w.args) {
    if (other->name == arg->name) {
      return fail(builder, at, fmt::format("duplicate WITH template name '{}'", arg->name));
    }
  }
  w.args.push_back(arg);
  builder.names = &arg->params;
}

void finish_with_arg(Builder& builder, Span at) {
  Expr* body = builder.pop();
  WithArg& arg = *builder.top_as<WithExpr>().args.back();
  arg.body = body;
  String dup(builder.arena());
  if (has_duplicate(arg.params, dup)) {
    return fail(builder, at, fmt::format("duplicate parameter '{}' in WITH template '{}'", dup, arg.name));
  }
}

void finish_with(Builder& builder, Span at) {
  Expr* body = builder.pop();
  auto& w = builder.top_as<WithExpr>();
  w.body = body;
  w.end = at.end;
}

void push_binary(Builder& builder, std::string_view op, Span at) {
  builder.count_binary_operator(at.begin);
  auto* be = make_at<BinaryExpr>(builder, at);
  assign_lower(be->op, op);
  be->left = builder.pop();
  be->begin = be->left->begin;
  builder.push(be);
}

void set_bool_modifier(Builder& builder, Span at) {
  auto& be = builder.top_as<BinaryExpr>();
  if (!is_comparison(be.op)) {
    return fail(builder, at, fmt::format("bool modifier cannot be applied to '{}'", be.op));
  }
  be.bool_modifier = true;
}

void set_group_modifier(Builder& builder, std::string_view keyword) {
  auto& be = builder.top_as<BinaryExpr>();
  assign_lower(be.group.op, keyword);
  builder.names = &be.group.args;
}

void set_join_modifier(Builder& builder, std::string_view keyword, Span at) {
  auto& be = builder.top_as<BinaryExpr>();
  if (is_logical_set(be.op)) {
    return fail(builder, at, fmt::format("modifier '{}' cannot be applied to '{}'", keyword, be.op));
  }
  assign_lower(be.join.op, keyword);
  builder.names = &be.join.args;
}

void set_prefix(Builder& builder) {
  auto* prefix = &as<StringExpr>(*builder.pop());
  builder.top_as<BinaryExpr>().prefix = prefix;
}

void set_binary_keep_metric_names(Builder& builder) { builder.top_as<BinaryExpr>(1).keep_metric_names = true; }

void finish_binary(Builder& builder) {
  Expr* right = builder.pop();
  auto* be = &as<BinaryExpr>(*builder.pop());
  be->right = right;
  be->end = right->end;
  builder.push(balance(be));
}

}  // namespace telc::metricsql::build
