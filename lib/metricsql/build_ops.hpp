#pragma once
// What each grammar action does to the Builder. Kept out of actions.hpp so the action table
// stays a list of one-line forwards and the logic is in ordinary functions.
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "metricsql/builder.hpp"

namespace telc::metricsql::build {

/// Byte range of a matched token; `end` is inclusive.
struct Span {
  std::size_t begin;
  std::size_t end;
};

inline void fail(Builder& builder, Span at, std::string message) {
  builder.fail(SyntaxError{at.begin, at.end, std::move(message), {}});
}

/// A new node of the builder's arena covering `at`.
template <typename T> T* make_at(Builder& builder, Span at) {
  T* node = builder.make<T>();
  node->begin = at.begin;
  node->end = at.end;
  return node;
}

void push_number(Builder& builder, std::string_view text, Span at);
void push_duration_literal(Builder& builder, std::string_view text, Span at);
void push_string(Builder& builder, std::string_view token, Span at);
void append_string_token(Builder& builder, std::string_view token, Span at);

void push_metric(Builder& builder, std::string_view name, Span at);
void push_selector(Builder& builder, Span at);
void open_filters(Builder& builder);
void begin_filter_group(Builder& builder);
void set_label_name(Builder& builder, std::string_view token, Span at);
void set_filter_op(Builder& builder, std::string_view op);
void finish_label_filter(Builder& builder, Span at);
void close_filters(Builder& builder, Span at);

void add_list_name(Builder& builder, std::string_view token, Span at);
void add_list_star(Builder& builder);

void push_function(Builder& builder, std::string_view name, Span at);
void set_function_keep_metric_names(Builder& builder, Span at);
void push_aggregate(Builder& builder, std::string_view name, Span at);
void set_aggregate_modifier(Builder& builder, std::string_view keyword, Span at);
void set_limit(Builder& builder, std::string_view text, Span at);
void close_args(Builder& builder, Span at);

void push_parens(Builder& builder, Span at);
void close_parens(Builder& builder, Span at);
[[nodiscard]] bool set_parens_keep_metric_names(Builder& builder, Span at);
void apply_unary_minus(Builder& builder, Span at);

void set_duration_template(Builder& builder, std::string_view name, Span at);
void set_duration_token(Builder& builder, std::string_view text, Span at);
void set_duration_number(Builder& builder, std::string_view text, Span at);
void set_duration_interval(Builder& builder, Span at);
void begin_rollup(Builder& builder);
void set_window(Builder& builder);
void set_step(Builder& builder);
void set_inherit_step(Builder& builder);
void set_inline_step(Builder& builder, std::string_view token, Span at);
void set_offset(Builder& builder, Span at);
void set_at(Builder& builder, Span at);
void extend_rollup(Builder& builder, Span at);

void push_with(Builder& builder, Span at);
void add_with_arg(Builder& builder, std::string_view name, Span at);
void finish_with_arg(Builder& builder, Span at);
void finish_with(Builder& builder, Span at);

void push_binary(Builder& builder, std::string_view op, Span at);
void set_bool_modifier(Builder& builder, Span at);
void set_group_modifier(Builder& builder, std::string_view keyword);
void set_join_modifier(Builder& builder, std::string_view keyword, Span at);
void set_prefix(Builder& builder);
void set_binary_keep_metric_names(Builder& builder);
void finish_binary(Builder& builder);

}  // namespace telc::metricsql::build
