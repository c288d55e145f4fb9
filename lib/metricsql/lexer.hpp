#pragma once
// Token scanners with the reference lexer's exact rules. The grammar wraps each one in a PEGTL
// rule (tokens.hpp), so tokenization is greedy in the reference's fixed order.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "diag/unicode.hpp"
#include "diag/utf8.hpp"

namespace telc::metricsql {

[[nodiscard]] bool is_first_ident_char(char32_t code_point);
[[nodiscard]] bool is_ident_char(char32_t code_point);
/// Decodes the escape after a backslash; not valid (length 0) when it is not a valid escape.
[[nodiscard]] diag::Decoded decode_escape(std::string_view text);
[[nodiscard]] bool is_ident_prefix(std::string_view text);

/// Each scanner returns the token length at the start of `s`, or 0 when there is no such token.
[[nodiscard]] std::size_t scan_trivia(std::string_view text);
[[nodiscard]] std::size_t scan_ident(std::string_view text);
/// The identifier token at the start of `text` (0: none), remembered for the last position asked:
/// the grammar tries keywords, names and labels at one position in turn, and each asks again.
[[nodiscard]] std::size_t scan_ident_token(std::string_view text);
/// Forgets that position; called before each parse, as the text at an address may change.
void forget_ident_token();
[[nodiscard]] std::size_t scan_string(std::string_view text);
[[nodiscard]] std::size_t scan_binary_op(std::string_view text);
[[nodiscard]] std::size_t scan_duration(std::string_view text);
/// A number token; `error` is set when the lexer would fail here (e.g. `1e`).
[[nodiscard]] std::size_t scan_number(std::string_view text, bool& error);
[[nodiscard]] std::size_t scan_interval_var(std::string_view text);
[[nodiscard]] bool is_number_prefix(std::string_view text);

[[nodiscard]] std::string unescape_ident(std::string_view text);
void append_escaped_ident(std::string& out, std::string_view text);

/// The value of a number token (decimal, special integer, suffixes); nullopt when invalid.
[[nodiscard]] std::optional<double> parse_positive_number(std::string_view text);
/// Whether `s` is a valid duration value (the reference's DurationValue(s, 0) succeeds).
[[nodiscard]] bool is_valid_duration(std::string_view text);
/// Whole string is one duration token (or `$__interval`).
[[nodiscard]] bool is_positive_duration(std::string_view text);
[[nodiscard]] bool is_special_integer_prefix(std::string_view text);

[[nodiscard]] bool iequals_ascii(std::string_view left, std::string_view lower_b);

}  // namespace telc::metricsql
