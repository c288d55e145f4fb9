#pragma once
// The MetricsQL grammar (v0.87.0), rules only. Every decision mirrors one of the reference
// parser's one-token lookaheads and then commits with commit<>, because the reference never
// backtracks: a failure after a decision is a syntax error, not another alternative.
// Tokens are the exact lexer tokens of tokens.hpp; `trivia` (blanks, comments) precedes each.
#include "metricsql/commit.hpp"
#include "metricsql/tokens.hpp"

namespace telc::metricsql::grammar {

using pegtl::at;
using pegtl::eof;
using pegtl::not_at;
using pegtl::one;
using pegtl::opt;
using pegtl::seq;
using pegtl::sor;
using pegtl::star;
using pegtl::success;
using pegtl::until;

template <typename Rule> struct tk : seq<trivia, Rule> {};

struct expr;
struct single_expr;
struct primary;

// clang-format off
// String expressions: `"a" + "b" + template` chains (the reference gathers them into one value).
struct string_head : t_string {};
struct string_head_any : sor<t_string, t_ident> {};
struct call_or_selector_follows : seq<trivia, one<'(', '{'>> {};
struct concat_item : sor<t_string, seq<t_ident, not_at<call_or_selector_follows>>> {};
struct concat_tail : seq<trivia, one<'+'>, trivia, concat_item> {};
struct string_expr : seq<string_head, star<concat_tail>> {};
struct label_value : seq<string_head_any, star<concat_tail>> {};

// Literals.
struct number_literal : sor<t_number, t_inf_nan> {};
struct duration_literal : sor<t_duration, t_interval> {};

// Label filters `{a="b", c=~"d" or e!="f"}`.
struct label_name : sor<t_string, t_ident> {};
struct filter_op : t_filter_op {};
struct filter_end : seq<trivia, sor<one<','>, one<'}'>, keyword<"or">>> {};
struct label_filter_rest : sor<seq<trivia, filter_op, trivia, commit<label_value>>, at<filter_end>> {};
struct label_filter : seq<trivia, label_name, commit<label_filter_rest>> {};
struct filter_group_begin : success {};
struct filter_group : seq<filter_group_begin, commit<label_filter>, star<trivia, one<','>, sor<at<trivia, one<'}'>>, commit<label_filter>>>> {};
struct filter_close : one<'}'> {};
struct filter_groups : seq<filter_group, star<trivia, keyword<"or">, commit<filter_group>>> {};
struct filters_open : one<'{'> {};
struct filters_close_empty : one<'}'> {};
struct label_filters : seq<filters_open, trivia, sor<filters_close_empty, seq<filter_groups, trivia, commit<filter_close>>>> {};

// `(a, "b", c)` lists of label names; `(*)` after group_left/group_right.
struct list_item : sor<t_string, t_ident> {};
struct list_close : one<')'> {};
struct list_sep : seq<trivia, sor<one<','>, at<one<')'>>>> {};
struct list_items : until<tk<list_close>, trivia, commit<list_item>, commit<list_sep>> {};
struct ident_list : seq<one<'('>, list_items> {};
struct list_star : one<'*'> {};
struct star_close : seq<trivia, list_close> {};
struct ident_list_star : seq<one<'('>, sor<seq<trivia, list_star, commit<star_close>>, list_items>> {};

// Calls: `f(a, b)`, aggregates `sum by (x) (a) limit 5`.
struct args_open : one<'('> {};
struct args_close : one<')'> {};
struct arg_sep : seq<trivia, sor<one<','>, at<one<')'>>>> {};
struct arg_list : seq<args_open, until<tk<args_close>, commit<expr>, commit<arg_sep>>> {};
struct modifier_keyword : sor<keyword<"by">, keyword<"without">> {};
struct aggregate_modifier : seq<modifier_keyword, trivia, commit<ident_list>> {};
struct limit_value : t_integer {};
struct limit_clause : seq<keyword<"limit">, trivia, commit<limit_value>> {};
struct aggregate_name : t_aggregate_name {};
struct aggregate_follows : seq<t_aggregate_name, trivia, sor<one<'('>, seq<not_at<keyword<"offset">>, t_ident>>> {};
struct aggregate_expr : seq<at<aggregate_follows>, aggregate_name, opt<trivia, aggregate_modifier>, trivia, commit<arg_list>, opt<trivia, aggregate_modifier>, opt<trivia, limit_clause>> {};
struct function_name : t_ident {};
struct function_keep_metric_names : keyword<"keep_metric_names"> {};
struct function_expr : seq<at<t_ident, trivia, one<'('>>, function_name, trivia, arg_list, opt<trivia, function_keep_metric_names>> {};

// Series selectors.
struct metric_name : t_ident {};
struct metric_expr : seq<metric_name, opt<trivia, at<one<'{'>>, label_filters>> {};
struct selector_begin : at<one<'{'>> {};
struct selector_expr : seq<selector_begin, label_filters> {};

// `(a)`, `(a, b)` (implicit union), `(a + b) keep_metric_names`.
struct parens_open : one<'('> {};
struct parens_close : one<')'> {};
struct parens_keep_metric_names : keyword<"keep_metric_names"> {};
struct parens_expr : seq<parens_open, until<tk<parens_close>, commit<expr>, commit<arg_sep>>, opt<trivia, parens_keep_metric_names>> {};

struct unary_minus : seq<one<'-'>, commit<single_expr>> {};
struct unary_plus : seq<one<'+'>, commit<single_expr>> {};

// Durations inside `[...]` and after `offset`: a duration, a bare number of seconds, or a template.
struct duration_template : t_window_ident {};
struct duration_token : t_duration {};
struct duration_number : t_number {};
struct duration_interval : t_interval {};
struct duration_value : sor<duration_template, duration_token, duration_number> {};
struct window_value : duration_value {};
struct window_part : sor<at<one<':'>>, t_interval, commit<window_value>> {};
struct inherit_step : at<trivia, one<']'>> {};
struct step_value : sor<duration_interval, duration_value> {};
struct step_inline : t_colon_step {};
struct step_part : sor<seq<t_lone_colon, sor<inherit_step, seq<trivia, commit<step_value>>>>, step_inline> {};
struct brackets_close : one<']'> {};
struct brackets : seq<one<'['>, trivia, window_part, opt<trivia, step_part>, trivia, commit<brackets_close>> {};
struct offset_minus : one<'-'> {};
struct offset_value : sor<duration_interval, duration_value> {};
struct offset_modifier : seq<keyword<"offset">, trivia, opt<offset_minus>, trivia, commit<offset_value>> {};
struct at_value : seq<primary> {};
struct at_modifier : seq<one<'@'>, commit<at_value>> {};
struct rollup_begin : at<trivia, sor<one<'['>, one<'@'>, keyword<"offset">>> {};
struct rollup_suffix : seq<rollup_begin, opt<trivia, brackets>, opt<trivia, at_modifier>, opt<trivia, offset_modifier>, opt<trivia, at_modifier>> {};

// `WITH (name = expr, f(a, b) = expr) body`.
struct with_keyword : seq<keyword<"with">, at<trivia, one<'('>>> {};
struct with_arg_name : t_ident {};
struct with_assign : seq<trivia, t_assign> {};
struct with_params : seq<one<'('>, list_items> {};
struct with_arg : seq<with_arg_name, opt<trivia, with_params>, commit<with_assign>, commit<expr>> {};
struct with_close : one<')'> {};
struct with_sep : seq<trivia, sor<one<','>, at<one<')'>>>> {};
struct with_expr : seq<with_keyword, trivia, one<'('>, until<tk<with_close>, trivia, commit<with_arg>, commit<with_sep>>, commit<expr>> {};

struct primary : seq<trivia, sor<duration_literal, string_expr, number_literal, aggregate_expr, function_expr, metric_expr, parens_expr, selector_expr, unary_minus, unary_plus>> {};
struct depth_enter : success {};
struct depth_leave : success {};
struct single_expr : seq<depth_enter, trivia, sor<with_expr, seq<primary, opt<rollup_suffix>>>, depth_leave> {};

// Binary operators; precedence is applied by re-balancing, as the reference does.
struct binary_operator : sor<t_binary_op, keyword<"and">, keyword<"or">, keyword<"unless">, keyword<"if">, keyword<"ifnot">, keyword<"default">, keyword<"atan2">> {};
struct bool_modifier : keyword<"bool"> {};
struct group_keyword : sor<keyword<"on">, keyword<"ignoring">> {};
struct group_modifier : seq<trivia, group_keyword, trivia, commit<ident_list>> {};
struct join_keyword : sor<keyword<"group_left">, keyword<"group_right">> {};
struct join_modifier : seq<trivia, join_keyword, opt<trivia, ident_list_star>> {};
struct prefix_modifier : seq<trivia, keyword<"prefix">, trivia, commit<label_value>> {};
struct binary_keep_metric_names : keyword<"keep_metric_names"> {};
struct binary_tail : seq<trivia, binary_operator, opt<trivia, bool_modifier>, opt<group_modifier, opt<join_modifier, opt<prefix_modifier>>>, commit<single_expr>, opt<trivia, binary_keep_metric_names>> {};
struct expr : seq<commit<single_expr>, star<binary_tail>> {};

struct query_end : eof {};
struct query : seq<expr, trivia, commit<query_end>> {};
// clang-format on

}  // namespace telc::metricsql::grammar
