#pragma once
// Grammar actions: none runs after the first syntax error. Each forwards one matched rule to build_ops with the token
// text and its byte range. Actions fire only on rules whose success commits the parse, so the stack never holds the
// leftovers of an abandoned alternative.
#include "metricsql/build_ops.hpp"
#include "metricsql/grammar.hpp"

namespace telc::metricsql::grammar {

template <typename Input> [[nodiscard]] build::Span span_of(const Input& in, const Builder& builder) {
  const std::size_t begin = builder.offset(in.begin());
  const std::size_t end = builder.offset(in.end());
  return {begin, end > begin ? end - 1 : begin};
}

template <typename Rule> struct action : pegtl::nothing<Rule> {};

// Forwards (text, span) or (span) to a build_ops function; keeps the table below one line each.
#define TELC_ACTION_TEXT(rule, fn)                                                                              \
  template <> struct action<rule> {                                                                             \
    template <typename Input> static void apply(const Input& in, Builder& builder) {                            \
      if (!builder.failed()) build::fn(builder, std::string_view(in.begin(), in.size()), span_of(in, builder)); \
    }                                                                                                           \
  }
#define TELC_ACTION_SPAN(rule, fn)                                                   \
  template <> struct action<rule> {                                                  \
    template <typename Input> static void apply(const Input& in, Builder& builder) { \
      if (!builder.failed()) build::fn(builder, span_of(in, builder));               \
    }                                                                                \
  }
#define TELC_ACTION_BARE(rule, fn)                                                \
  template <> struct action<rule> {                                               \
    template <typename Input> static void apply(const Input&, Builder& builder) { \
      if (!builder.failed()) build::fn(builder);                                  \
    }                                                                             \
  }

// clang-format off
TELC_ACTION_TEXT(number_literal, push_number);
TELC_ACTION_TEXT(duration_literal, push_duration_literal);
TELC_ACTION_TEXT(string_head, push_string);
TELC_ACTION_TEXT(string_head_any, push_string);
TELC_ACTION_TEXT(concat_item, append_string_token);

TELC_ACTION_TEXT(metric_name, push_metric);
TELC_ACTION_SPAN(selector_begin, push_selector);
TELC_ACTION_BARE(filters_open, open_filters);
TELC_ACTION_BARE(filter_group_begin, begin_filter_group);
TELC_ACTION_TEXT(label_name, set_label_name);
TELC_ACTION_SPAN(label_filter, finish_label_filter);
TELC_ACTION_SPAN(filter_close, close_filters);
TELC_ACTION_SPAN(filters_close_empty, close_filters);

TELC_ACTION_TEXT(list_item, add_list_name);
TELC_ACTION_BARE(list_star, add_list_star);

TELC_ACTION_TEXT(function_name, push_function);
TELC_ACTION_SPAN(function_keep_metric_names, set_function_keep_metric_names);
TELC_ACTION_TEXT(aggregate_name, push_aggregate);
TELC_ACTION_TEXT(modifier_keyword, set_aggregate_modifier);
TELC_ACTION_TEXT(limit_value, set_limit);
TELC_ACTION_SPAN(args_close, close_args);

TELC_ACTION_SPAN(parens_open, push_parens);
TELC_ACTION_SPAN(parens_close, close_parens);
TELC_ACTION_SPAN(unary_minus, apply_unary_minus);

TELC_ACTION_TEXT(duration_template, set_duration_template);
TELC_ACTION_TEXT(duration_token, set_duration_token);
TELC_ACTION_TEXT(duration_number, set_duration_number);
TELC_ACTION_SPAN(duration_interval, set_duration_interval);
TELC_ACTION_BARE(rollup_begin, begin_rollup);
TELC_ACTION_BARE(window_value, set_window);
TELC_ACTION_BARE(step_value, set_step);
TELC_ACTION_BARE(inherit_step, set_inherit_step);
TELC_ACTION_TEXT(step_inline, set_inline_step);
TELC_ACTION_SPAN(offset_modifier, set_offset);
TELC_ACTION_SPAN(at_modifier, set_at);
TELC_ACTION_SPAN(brackets_close, extend_rollup);

TELC_ACTION_SPAN(with_keyword, push_with);
TELC_ACTION_TEXT(with_arg_name, add_with_arg);
TELC_ACTION_SPAN(with_arg, finish_with_arg);
TELC_ACTION_SPAN(with_expr, finish_with);

TELC_ACTION_TEXT(binary_operator, push_binary);
TELC_ACTION_SPAN(bool_modifier, set_bool_modifier);
TELC_ACTION_BARE(prefix_modifier, set_prefix);
TELC_ACTION_BARE(binary_keep_metric_names, set_binary_keep_metric_names);
TELC_ACTION_BARE(binary_tail, finish_binary);
// clang-format on

#undef TELC_ACTION_TEXT
#undef TELC_ACTION_SPAN
#undef TELC_ACTION_BARE

template <> struct action<filter_op> {
  template <typename Input> static void apply(const Input& in, Builder& builder) {
    if (!builder.failed()) build::set_filter_op(builder, std::string_view(in.begin(), in.size()));
  }
};

template <> struct action<args_open> {
  template <typename Input> static void apply(const Input&, Builder& builder) {
    if (!builder.failed()) builder.open_list();
  }
};

template <> struct action<offset_minus> {
  template <typename Input> static void apply(const Input&, Builder& builder) {
    if (!builder.failed()) builder.negative_offset = true;
  }
};

template <> struct action<group_keyword> {
  template <typename Input> static void apply(const Input& in, Builder& builder) {
    if (!builder.failed()) build::set_group_modifier(builder, std::string_view(in.begin(), in.size()));
  }
};

template <> struct action<join_keyword> {
  template <typename Input> static void apply(const Input& in, Builder& builder) {
    if (!builder.failed())
      build::set_join_modifier(builder, std::string_view(in.begin(), in.size()), span_of(in, builder));
  }
};

/// Fails (so the keyword is left for the enclosing binary operation) unless the parentheses
/// hold exactly one binary operation, as the reference requires.
template <> struct action<parens_keep_metric_names> {
  template <typename Input> static bool apply(const Input& in, Builder& builder) {
    return !builder.failed() && build::set_parens_keep_metric_names(builder, span_of(in, builder));
  }
};

template <> struct action<depth_enter> {
  template <typename Input> static void apply(const Input& in, Builder& builder) {
    if (!builder.failed()) builder.enter_nesting(builder.offset(in.begin()));
  }
};

template <> struct action<depth_leave> {
  template <typename Input> static void apply(const Input&, Builder& builder) {
    if (!builder.failed()) builder.leave_nesting();
  }
};

}  // namespace telc::metricsql::grammar
