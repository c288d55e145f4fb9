// AST building for the grammar actions (see actions.hpp).
#include "metricsql/build_ops.hpp"

#include <fmt/format.h>

#include "metricsql/go_strconv.hpp"
#include "metricsql/lexer.hpp"

namespace telc::metricsql {

void Builder::enter_nesting(std::size_t at) {
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

void fail(Builder& b, Span at, std::string message) { b.fail(SyntaxError{at.begin, at.end, std::move(message), {}}); }

template <typename T> T* make_at(Builder& b, Span at) {
  T* node = b.make<T>();
  node->begin = at.begin;
  node->end = at.end;
  return node;
}

bool is_quoted(std::string_view token) {
  return !token.empty() && (token[0] == '"' || token[0] == '\'' || token[0] == '`');
}

DurationExpr* make_duration(Builder& b, std::string_view text, Span at) {
  auto* d = make_at<DurationExpr>(b, at);
  d->text.assign(text);
  return d;
}

}  // namespace

void push_number(Builder& b, std::string_view text, Span at) {
  const auto value = parse_positive_number(text);
  if (!value) {
    return fail(b, at, fmt::format("cannot parse number '{}'", text));
  }
  auto* n = make_at<NumberExpr>(b, at);
  n->value = *value;
  n->text.assign(text);
  b.push(n);
}

void push_duration_literal(Builder& b, std::string_view text, Span at) {
  const bool interval = text.starts_with('$');
  if (!interval && !is_valid_duration(text)) {
    return fail(b, at, fmt::format("invalid duration '{}'", text));
  }
  b.push(make_duration(b, interval ? "1i" : text, at));
}

void push_string(Builder& b, std::string_view token, Span at) {
  auto* s = make_at<StringExpr>(b, at);
  s->tokens.emplace_back(token);
  b.push(s);
}

void append_string_token(Builder& b, std::string_view token, Span at) {
  auto& s = b.top_as<StringExpr>();
  s.tokens.emplace_back(token);
  s.end = at.end;
}

void push_metric(Builder& b, std::string_view name, Span at) {
  auto* m = make_at<MetricExpr>(b, at);
  RawLabelFilter filter(b.arena());
  filter.label = "__name__";
  filter.value = make_at<StringExpr>(b, at);
  filter.value->value.assign(unescape_ident(name));
  filter.begin = at.begin;
  filter.end = at.end;
  m->raw_groups.emplace_back().push_back(std::move(filter));
  b.push(m);
}

void push_selector(Builder& b, Span at) { b.push(make_at<MetricExpr>(b, at)); }

void open_filters(Builder& b) {
  b.filter_groups = 0;
  b.named_selector = !b.top_as<MetricExpr>().raw_groups.empty();
}

void begin_filter_group(Builder& b) {
  auto& m = b.top_as<MetricExpr>();
  // The name written before `{` is the first filter of every or-group.
  if (b.filter_groups++ == 0 && b.named_selector) {
    return;
  }
  auto& group = m.raw_groups.emplace_back();
  if (b.named_selector) {
    group.push_back(m.raw_groups.front().front());
  }
}

void set_label_name(Builder& b, std::string_view token, Span at) {
  b.filter = RawLabelFilter(b.arena());
  b.filter_has_op = false;
  b.filter.possible_metric_name = is_quoted(token);
  const std::string_view raw = b.filter.possible_metric_name ? token.substr(1, token.size() - 2) : token;
  b.filter.label = unescape_ident(raw);
  b.filter.begin = at.begin;
  b.filter.end = at.end;
}

void set_filter_op(Builder& b, std::string_view op) {
  b.filter_has_op = true;
  b.filter.negative = op[0] == '!';
  b.filter.regexp = op.size() == 2 && op[1] == '~';
}

void finish_label_filter(Builder& b, Span at) {
  if (b.filter_has_op) {
    b.filter.value = &as<StringExpr>(*b.pop());
    b.filter.end = b.filter.value->end;
  }
  (void)at;
  b.top_as<MetricExpr>().raw_groups.back().push_back(std::move(b.filter));
}

void close_filters(Builder& b, Span at) { b.top()->end = at.end; }

void add_list_name(Builder& b, std::string_view token, Span at) {
  std::string_view name = token;
  if (is_quoted(token)) {
    name = token.substr(1, token.size() - 2);
    if (!is_ident_prefix(name)) {
      return fail(b, at, fmt::format("{} is not a valid label name", token));
    }
  }
  b.names->emplace_back(unescape_ident(name));
}

void add_list_star(Builder& b) { b.names->emplace_back("*"); }

}  // namespace build
}  // namespace telc::metricsql
