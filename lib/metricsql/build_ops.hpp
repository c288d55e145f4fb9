#pragma once
// What each grammar action does to the Builder. Kept out of actions.hpp so the action table
// stays a list of one-line forwards and the logic is in ordinary functions.
#include <cstddef>
#include <string_view>

#include "metricsql/builder.hpp"

namespace telc::metricsql::build {

/// Byte range of a matched token; `end` is inclusive.
struct Span {
  std::size_t begin;
  std::size_t end;
};

void push_number(Builder& b, std::string_view text, Span at);
void push_duration_literal(Builder& b, std::string_view text, Span at);
void push_string(Builder& b, std::string_view token, Span at);
void append_string_token(Builder& b, std::string_view token, Span at);

void push_metric(Builder& b, std::string_view name, Span at);
void push_selector(Builder& b, Span at);
void open_filters(Builder& b);
void begin_filter_group(Builder& b);
void set_label_name(Builder& b, std::string_view token, Span at);
void set_filter_op(Builder& b, std::string_view op);
void finish_label_filter(Builder& b, Span at);
void close_filters(Builder& b, Span at);

void add_list_name(Builder& b, std::string_view token, Span at);
void add_list_star(Builder& b);

void push_function(Builder& b, std::string_view name, Span at);
void set_function_keep_metric_names(Builder& b, Span at);
void push_aggregate(Builder& b, std::string_view name, Span at);
void set_aggregate_modifier(Builder& b, std::string_view keyword, Span at);
void set_limit(Builder& b, std::string_view text, Span at);
void close_args(Builder& b, Span at);

void push_parens(Builder& b, Span at);
void close_parens(Builder& b, Span at);
[[nodiscard]] bool set_parens_keep_metric_names(Builder& b, Span at);
void apply_unary_minus(Builder& b, Span at);

void set_duration_template(Builder& b, std::string_view name, Span at);
void set_duration_token(Builder& b, std::string_view text, Span at);
void set_duration_number(Builder& b, std::string_view text, Span at);
void set_duration_interval(Builder& b, Span at);
void begin_rollup(Builder& b);
void set_window(Builder& b);
void set_step(Builder& b);
void set_inherit_step(Builder& b);
void set_inline_step(Builder& b, std::string_view token, Span at);
void set_offset(Builder& b, Span at);
void set_at(Builder& b, Span at);
void extend_rollup(Builder& b, Span at);

void push_with(Builder& b, Span at);
void add_with_arg(Builder& b, std::string_view name, Span at);
void finish_with_arg(Builder& b, Span at);
void finish_with(Builder& b, Span at);

void push_binary(Builder& b, std::string_view op, Span at);
void set_bool_modifier(Builder& b, Span at);
void set_group_modifier(Builder& b, std::string_view keyword);
void set_join_modifier(Builder& b, std::string_view keyword, Span at);
void set_prefix(Builder& b);
void set_binary_keep_metric_names(Builder& b);
void finish_binary(Builder& b);

}  // namespace telc::metricsql::build
