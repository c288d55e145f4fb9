#pragma once
// User-facing messages for every must<> commit point of grammar.hpp. {found} is replaced by what
// stands at the error position ('x' or "the end of the text").
#include "ottl/grammar.hpp"

namespace telc::ottl::grammar {

/// Specialised below; control.hpp refuses to compile a must<> without one.
template <typename Rule> inline constexpr const char* error_message = nullptr;

// clang-format off
template <> inline constexpr auto error_message<statement_root> = "expected an editor call such as set(...), found {found}";
template <> inline constexpr auto error_message<end_of_statement> = "unexpected {found} after the statement";
template <> inline constexpr auto error_message<condition_root> = "expected a condition, found {found}";
template <> inline constexpr auto error_message<end_of_condition> = "unexpected {found} after the condition";
template <> inline constexpr auto error_message<where_cond> = "expected a condition after 'where', found {found}";
template <> inline constexpr auto error_message<close_dq> = "unterminated string: missing closing '\"'";
template <> inline constexpr auto error_message<arg_value> = "expected an argument value after '=', found {found}";
template <> inline constexpr auto error_message<next_arg> = "expected an argument after ',', found {found}";
template <> inline constexpr auto error_message<call_close> = "expected ',' or ')' in the argument list, found {found}";
template <> inline constexpr auto error_message<key_value> = "expected a key after '[', found {found}";
template <> inline constexpr auto error_message<key_close> = "expected ']' after the key, found {found}";
template <> inline constexpr auto error_message<path_field> = "expected a lowercase path name after '.', found {found}";
template <> inline constexpr auto error_message<paren_inner> = "expected an expression after '(', found {found}";
template <> inline constexpr auto error_message<paren_close> = "expected ')', found {found}";
template <> inline constexpr auto error_message<list_next> = "expected a list element after ',', found {found}";
template <> inline constexpr auto error_message<list_close> = "expected an element, ',' or ']' in the list, found {found}";
template <> inline constexpr auto error_message<map_colon> = "expected ':' after the map key, found {found}";
template <> inline constexpr auto error_message<map_value> = "expected a map value after ':', found {found}";
template <> inline constexpr auto error_message<map_close> = "expected a \"key\": value entry or '}' in the map, found {found}";
template <> inline constexpr auto error_message<not_operand> = "expected a condition after 'not', found {found}";
template <> inline constexpr auto error_message<mul_rhs> = "expected an operand after the operator, found {found}";
template <> inline constexpr auto error_message<add_rhs> = "expected an operand after the operator, found {found}";
template <> inline constexpr auto error_message<cmp_rhs> = "expected a value after the comparison, found {found}";
template <> inline constexpr auto error_message<and_rhs> = "expected a condition after 'and', found {found}";
template <> inline constexpr auto error_message<or_rhs> = "expected a condition after 'or', found {found}";
// clang-format on

/// Commit points inside a token: their error stays where the token stopped.
template <typename Rule> inline constexpr bool kInsideToken = false;
template <> inline constexpr bool kInsideToken<close_dq> = true;

}  // namespace telc::ottl::grammar
