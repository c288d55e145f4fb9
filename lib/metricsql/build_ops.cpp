// AST building for the grammar actions (see actions.hpp).
#include "metricsql/build_ops.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "metricsql/go_strconv.hpp"
#include "metricsql/lexer.hpp"

namespace telc::metricsql {

void Builder::enter_nesting(std::size_t at) {
  deepest_ = std::max(deepest_, depth_ + 1);
  if (++depth_ > kMaxNesting) {
    fail(SyntaxError{at, at, fmt::format("the query nests deeper than {} levels", kMaxNesting), std::nullopt});
  }
}

void Builder::fail_at(const char* at, const char* message) {
  std::size_t begin = offset(at);
  begin += scan_trivia(query_.substr(begin));
  fail(SyntaxError{begin, begin, message, std::nullopt});  // at the end of input: begin == size
}

void Builder::count_binary_operator(std::size_t at) {
  if (++binary_operators_ > kMaxBinaryOperators) {
    fail(SyntaxError{at, at, fmt::format("the query has more than {} binary operators", kMaxBinaryOperators),
                     std::nullopt});
  }
}

namespace build {
namespace {

bool is_quoted(std::string_view token) {
  return !token.empty() && (token[0] == '"' || token[0] == '\'' || token[0] == '`');
}

DurationExpr* make_duration(Builder& builder, std::string_view text, Span at) {
  auto* d = make_at<DurationExpr>(builder, at);
  d->text.assign(text);
  return d;
}

}  // namespace

void push_number(Builder& builder, std::string_view text, Span at) {
  const auto value = parse_positive_number(text);
  if (!value) {
    return fail(builder, at, fmt::format("cannot parse number '{}'", text));
  }
  auto* n = make_at<NumberExpr>(builder, at);
  n->value = *value;
  n->text.assign(text);
  builder.push(n);
}

void push_duration_literal(Builder& builder, std::string_view text, Span at) {
  const bool interval = text.starts_with('$');
  if (!interval && !is_valid_duration(text)) {
    return fail(builder, at, fmt::format("invalid duration '{}'", text));
  }
  builder.push(make_duration(builder, interval ? "1i" : text, at));
}

void push_string(Builder& builder, std::string_view token, Span at) {
  auto* s = make_at<StringExpr>(builder, at);
  s->tokens.emplace_back(token);
  builder.push(s);
}

void append_string_token(Builder& builder, std::string_view token, Span at) {
  auto& s = builder.top_as<StringExpr>();
  s.tokens.emplace_back(token);
  s.end = at.end;
}

void push_metric(Builder& builder, std::string_view name, Span at) {
  auto* m = make_at<MetricExpr>(builder, at);
  RawLabelFilter filter(builder.arena());
  filter.label = "__name__";
  filter.value = make_at<StringExpr>(builder, at);
  filter.value->value.assign(unescape_ident(name));
  filter.begin = at.begin;
  filter.end = at.end;
  m->raw_groups.emplace_back().push_back(std::move(filter));
  builder.push(m);
}

void push_selector(Builder& builder, Span at) { builder.push(make_at<MetricExpr>(builder, at)); }

void open_filters(Builder& builder) {
  builder.filter_groups = 0;
  builder.named_selector = !builder.top_as<MetricExpr>().raw_groups.empty();
}

void begin_filter_group(Builder& builder) {
  auto& m = builder.top_as<MetricExpr>();
  // The name written before `{` is the first filter of every or-group.
  if (builder.filter_groups++ == 0 && builder.named_selector) {
    return;
  }
  auto& group = m.raw_groups.emplace_back();
  if (builder.named_selector) {
    group.push_back(m.raw_groups.front().front());
  }
}

void set_label_name(Builder& builder, std::string_view token, Span at) {
  builder.filter = RawLabelFilter(builder.arena());
  builder.filter_has_op = false;
  builder.filter.possible_metric_name = is_quoted(token);
  const std::string_view raw = builder.filter.possible_metric_name ? token.substr(1, token.size() - 2) : token;
  builder.filter.label = unescape_ident(raw);
  builder.filter.begin = at.begin;
  builder.filter.end = at.end;
}

void set_filter_op(Builder& builder, std::string_view op) {
  builder.filter_has_op = true;
  builder.filter.negative = op[0] == '!';
  builder.filter.regexp = op.size() == 2 && op[1] == '~';
}

void finish_label_filter(Builder& builder, Span at) {
  if (builder.filter_has_op) {
    builder.filter.value = &as<StringExpr>(*builder.pop());
    builder.filter.end = builder.filter.value->end;
  }
  (void)at;
  builder.top_as<MetricExpr>().raw_groups.back().push_back(std::move(builder.filter));
}

void close_filters(Builder& builder, Span at) { builder.top()->end = at.end; }

void add_list_name(Builder& builder, std::string_view token, Span at) {
  std::string_view name = token;
  if (is_quoted(token)) {
    name = token.substr(1, token.size() - 2);
    if (!is_ident_prefix(name)) {
      return fail(builder, at, fmt::format("{} is not a valid label name", token));
    }
  }
  builder.names->emplace_back(unescape_ident(name));
}

void add_list_star(Builder& builder) { builder.names->emplace_back("*"); }

}  // namespace build
}  // namespace telc::metricsql
