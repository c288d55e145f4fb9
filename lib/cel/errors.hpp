#pragma once
// User-facing messages for every must<> commit point of grammar.hpp. {found} is replaced by what
// stands at the error position ('x' or "the end of the expression").
#include "cel/grammar.hpp"

namespace telc::cel::grammar {

/// Specialised below; control.hpp refuses to compile a must<> without one.
template <typename Rule> inline constexpr const char* error_message = nullptr;

// clang-format off
template <> inline constexpr auto error_message<root_expr> = "expected an expression, found {found}";
template <> inline constexpr auto error_message<end_of_expr> = "unexpected {found} after a complete expression";
template <> inline constexpr auto error_message<close_dq> = "unterminated string: missing closing '\"'";
template <> inline constexpr auto error_message<close_sq> = "unterminated string: missing closing \"'\"";
template <> inline constexpr auto error_message<tdq_body> = "unterminated triple-quoted string: missing closing '\"\"\"'";
template <> inline constexpr auto error_message<tsq_body> = "unterminated triple-quoted string: missing closing \"'''\"";
template <> inline constexpr auto error_message<raw_tdq_body> = "unterminated triple-quoted string: missing closing '\"\"\"'";
template <> inline constexpr auto error_message<raw_tsq_body> = "unterminated triple-quoted string: missing closing \"'''\"";
template <> inline constexpr auto error_message<call_arg> = "expected an argument after ',', found {found}";
template <> inline constexpr auto error_message<call_close> = "expected ',' or ')' in the argument list, found {found}";
template <> inline constexpr auto error_message<paren_inner> = "expected an expression after '(', found {found}";
template <> inline constexpr auto error_message<paren_close> = "expected ')', found {found}";
template <> inline constexpr auto error_message<list_close> = "expected an element, ',' or ']' in the list, found {found}";
template <> inline constexpr auto error_message<map_colon> = "expected ':' after the map key, found {found}";
template <> inline constexpr auto error_message<map_value> = "expected a map value after ':', found {found}";
template <> inline constexpr auto error_message<map_close> = "expected an entry, ',' or '}' in the map, found {found}";
template <> inline constexpr auto error_message<field_name> = "expected a field name after '.', found {found}";
template <> inline constexpr auto error_message<index_inner> = "expected an index expression after '[', found {found}";
template <> inline constexpr auto error_message<index_close> = "expected ']' after the index, found {found}";
template <> inline constexpr auto error_message<init_colon> = "expected ':' after the field name, found {found}";
template <> inline constexpr auto error_message<init_value> = "expected a field value after ':', found {found}";
template <> inline constexpr auto error_message<message_close> = "expected a field, ',' or '}' in the message, found {found}";
template <> inline constexpr auto error_message<not_operand> = "expected an operand after '!', found {found}";
template <> inline constexpr auto error_message<neg_operand> = "expected an operand after '-', found {found}";
template <> inline constexpr auto error_message<mul_rhs> = "expected an operand after the operator, found {found}";
template <> inline constexpr auto error_message<add_rhs> = "expected an operand after the operator, found {found}";
template <> inline constexpr auto error_message<rel_rhs> = "expected an operand after the comparison, found {found}";
template <> inline constexpr auto error_message<and_rhs> = "expected an operand after '&&', found {found}";
template <> inline constexpr auto error_message<or_rhs> = "expected an operand after '||', found {found}";
template <> inline constexpr auto error_message<cond_then> = "expected an expression after '?', found {found}";
template <> inline constexpr auto error_message<cond_colon> = "expected ':' in the conditional 'c ? a : b', found {found}";
template <> inline constexpr auto error_message<cond_else> = "expected an expression after ':', found {found}";
// clang-format on

/// Commit points inside a token: their error stays where the token stopped (at a newline).
template <typename Rule> inline constexpr bool kInsideToken = false;
template <> inline constexpr bool kInsideToken<close_dq> = true;
template <> inline constexpr bool kInsideToken<close_sq> = true;
template <> inline constexpr bool kInsideToken<tdq_body> = true;
template <> inline constexpr bool kInsideToken<tsq_body> = true;
template <> inline constexpr bool kInsideToken<raw_tdq_body> = true;
template <> inline constexpr bool kInsideToken<raw_tsq_body> = true;

}  // namespace telc::cel::grammar
