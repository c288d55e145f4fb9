#pragma once
// The one UTF-8 codec of telc: decoding with Go's utf8.DecodeRuneInString semantics (which the
// MetricsQL reference depends on), strict validation, and encoding. Every parser and renderer
// uses these instead of its own bit tests.
#include <cstddef>
#include <string>
#include <string_view>

namespace telc::diag {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;
inline constexpr char32_t kMaxCodePoint = 0x10FFFF;

/// The code point at the start of a string. A malformed sequence (stray continuation byte,
/// overlong form, surrogate, above U+10FFFF, truncated) gives {U+FFFD, 1, false} and an empty
/// string {U+FFFD, 0, false}, as Go's DecodeRuneInString; `valid` tells an encoded U+FFFD apart.
struct Decoded {
  char32_t code_point;
  std::size_t length;
  bool valid;
};

[[nodiscard]] Decoded decode(std::string_view text);

/// Offset of the first byte that does not start a well-formed sequence, or npos when the whole
/// text is valid UTF-8.
[[nodiscard]] std::size_t first_invalid(std::string_view text);

/// The first byte from `at` on that is not ASCII or is NUL, looked for eight bytes at a time:
/// the bytes before it need no decoding. text.size() when there is none.
[[nodiscard]] std::size_t skip_plain_ascii(std::string_view text, std::size_t at);

/// Whether a byte continues a multi-byte sequence (10xxxxxx).
[[nodiscard]] constexpr bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

/// Number of bytes that are not continuation bytes: the code point count of valid UTF-8, and
/// the column arithmetic the renderers use for any text.
[[nodiscard]] std::size_t code_points(std::string_view text);

/// The value of an ASCII hex digit, or -1: for the string-escape readers (Go, JSON, OTTL).
[[nodiscard]] constexpr int hex_value(char ch) {
  if (ch >= '0' && ch <= '9') return ch - '0';
  if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
  if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
  return -1;
}

/// Appends the UTF-8 encoding of `code_point`; a surrogate or a value above U+10FFFF is written
/// as U+FFFD (Go's utf8.AppendRune).
void append_utf8(std::string& out, char32_t code_point);

/// `text` with each malformed sequence replaced by U+FFFD (one per byte Go's decoder rejects, as
/// Go's encoding/json reads a string); valid text comes back unchanged.
[[nodiscard]] std::string replace_invalid(std::string_view text);

}  // namespace telc::diag
