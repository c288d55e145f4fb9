#pragma once
// UTF-8 decoding and the two Unicode classes MetricsQL identifiers and string quoting depend on.
#include <cstddef>
#include <string>
#include <string_view>

namespace telc::metricsql {

inline constexpr char32_t kRuneError = 0xfffd;

/// One decoded code point; invalid UTF-8 gives {kRuneError, 1}, as Go's DecodeRuneInString.
struct Rune {
  char32_t value;
  std::size_t size;
};

[[nodiscard]] Rune decode_rune(std::string_view s);
void append_rune(std::string& out, char32_t c);
[[nodiscard]] bool is_letter(char32_t c);
[[nodiscard]] bool is_print(char32_t c);

}  // namespace telc::metricsql
