#pragma once
// ASCII-only character classes for the lexers, which follow Go and must not depend on the C
// locale (std::tolower and std::isdigit do).

namespace telc::diag {

[[nodiscard]] constexpr bool is_ascii_digit(char ch) { return ch >= '0' && ch <= '9'; }

[[nodiscard]] constexpr bool is_ascii_alpha(char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); }

[[nodiscard]] constexpr char ascii_lower(char ch) {
  return (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch + ('a' - 'A')) : ch;
}

}  // namespace telc::diag
