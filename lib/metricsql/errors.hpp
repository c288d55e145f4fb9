#pragma once
// User-facing messages for every commit<> point of grammar.hpp.
#include "metricsql/grammar.hpp"

namespace telc::metricsql::grammar {

// clang-format off
template <> inline constexpr auto error_message<single_expr> = "expected an expression";
template <> inline constexpr auto error_message<expr> = "expected an expression";
template <> inline constexpr auto error_message<query_end> = "unexpected input after the end of the query";
template <> inline constexpr auto error_message<label_value> = "expected a quoted string or a template name as the label value";
template <> inline constexpr auto error_message<label_filter_rest> = "expected '=', '!=', '=~' or '!~' after the label name";
template <> inline constexpr auto error_message<label_filter> = "expected a label name";
template <> inline constexpr auto error_message<filter_group> = "expected a label filter after 'or'";
template <> inline constexpr auto error_message<filter_close> = "expected ',', 'or' or '}' after the label filter";
template <> inline constexpr auto error_message<list_item> = "expected a label name";
template <> inline constexpr auto error_message<list_sep> = "expected ',' or ')' in the label list";
template <> inline constexpr auto error_message<star_close> = "expected ')' after '*'";
template <> inline constexpr auto error_message<ident_list> = "expected '(' and a list of label names";
template <> inline constexpr auto error_message<arg_list> = "expected '(' and the function arguments";
template <> inline constexpr auto error_message<arg_sep> = "expected ',' or ')' after the argument";
template <> inline constexpr auto error_message<limit_value> = "expected an integer after 'limit'";
template <> inline constexpr auto error_message<window_value> = "expected a duration such as 5m inside '[...]'";
template <> inline constexpr auto error_message<step_value> = "expected a step duration after ':'";
template <> inline constexpr auto error_message<brackets_close> = "expected ']'";
template <> inline constexpr auto error_message<offset_value> = "expected a duration after 'offset'";
template <> inline constexpr auto error_message<at_value> = "expected an expression after '@'";
template <> inline constexpr auto error_message<with_arg> = "expected a template name in WITH";
template <> inline constexpr auto error_message<with_assign> = "expected '=' after the template name";
template <> inline constexpr auto error_message<with_sep> = "expected ',' or ')' after the template";
// clang-format on

}  // namespace telc::metricsql::grammar
