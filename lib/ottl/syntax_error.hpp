#pragma once
// The one exception type inside the parser: thrown by must<> commit points (control.hpp) and by
// actions and node makers that find a bad literal or a shape OTTL has no production for;
// parse() turns it into a ParseError. Nothing outside lib/ottl sees it.
#include <cstddef>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace telc::ottl {

struct SyntaxError : std::exception {
  std::size_t begin = 0;
  std::size_t end = 0;  // inclusive
  std::string message;
  std::optional<std::string> hint;

  SyntaxError(std::size_t first, std::size_t last, std::string text,
              std::optional<std::string> hint_text = std::nullopt)
      : begin(first), end(last), message(std::move(text)), hint(std::move(hint_text)) {}
  [[nodiscard]] const char* what() const noexcept override { return message.c_str(); }
};

/// Bounds that keep every recursive walk (parser, checker) on a small stack.
inline constexpr std::size_t kMaxHeight = 128;
// Guarded parser rules entered at once: a parenthesis costs two (expr, primary).
inline constexpr std::size_t kMaxNesting = 2 * kMaxHeight + 4;

/// The offset of the first byte at or after `offset` that is not whitespace.
[[nodiscard]] std::size_t skip_space(std::string_view text, std::size_t offset);

/// The byte range of the token starting at `offset` (a word, or one UTF-8 character), inclusive
/// end; at the end of the text both are text.size().
[[nodiscard]] std::pair<std::size_t, std::size_t> token_at(std::string_view text, std::size_t offset);

/// The error for a failed commit point: `message` may name what was found as {found}.
[[nodiscard]] SyntaxError commit_error(std::string_view text, std::size_t offset, const char* message,
                                       bool inside_token);

}  // namespace telc::ottl
