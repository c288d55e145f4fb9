#pragma once
// Literal tokens as Go's text/template parser judges them (parse/node.go newNumber and
// strconv.Unquote, UnquoteChar, ParseInt, ParseUint, ParseFloat, and fmt.Sscan for complex
// constants). The lexer (grammar.hpp) only delimits a token; these decide whether Go accepts it
// and throw a SyntaxError that says why, at the offending bytes (`at` is the token's offset).
#include <cstddef>
#include <string>
#include <string_view>

namespace telc::gotemplate {

/// A number token: decimal, 0x/0o/0b, octal with a leading 0, '_' separators, floats, hex floats,
/// imaginary ("2i") and, when `complex`, a complex constant ("1+2i").
void check_number(std::string_view token, std::size_t at, bool complex);

/// A "..." token: every escape must be one of Go's.
void check_quoted(std::string_view token, std::size_t at);

/// A '...' token: exactly one character or escape.
void check_character(std::string_view token, std::size_t at);

/// The value of a "..." token that check_quoted accepted, or of a `...` token.
[[nodiscard]] std::string unquote(std::string_view token);

}  // namespace telc::gotemplate
