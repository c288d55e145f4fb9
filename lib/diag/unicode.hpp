#pragma once
// Unicode classes with Go's semantics (unicode.IsLetter, unicode.IsDigit, unicode.IsPrint): the
// MetricsQL lexer and Go's text/template lexer depend on them. Decoding and encoding are
// diag/utf8.hpp.

namespace telc::diag {

[[nodiscard]] bool is_letter(char32_t code_point);
/// Unicode category Nd (decimal digits), ASCII 0-9 included.
[[nodiscard]] bool is_digit(char32_t code_point);
[[nodiscard]] bool is_print(char32_t code_point);

}  // namespace telc::diag
