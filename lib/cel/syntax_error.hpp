#pragma once
// The one exception type inside the parser: thrown by must<> commit points (control.hpp) and by
// actions that find a semantic problem (a bad escape, an out-of-range literal); parse() turns it
// into a ParseError. Nothing outside lib/cel sees it.
#include <cstddef>
#include <exception>
#include <optional>
#include <string>
#include <string_view>

#include "cel/parse.hpp"

namespace telc::cel {

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

/// Bounds that keep every recursive walk (parser, printer, checker) on a small stack.
inline constexpr std::size_t kMaxHeight = 128;  // height of the syntax tree
// Guarded parser rules entered at once: a parenthesis costs two (expr, unary), so any tree within
// kMaxHeight, printed canonically, parses again.
inline constexpr std::size_t kMaxNesting = 2 * kMaxHeight + 4;

/// The offset of the first byte at or after `offset` that is not whitespace or a comment.
[[nodiscard]] std::size_t skip_trivia(std::string_view text, std::size_t offset);

/// The byte range of the token starting at `offset` (a word, or one UTF-8 character), inclusive
/// end; at the end of the text both are text.size().
[[nodiscard]] std::pair<std::size_t, std::size_t> token_at(std::string_view text, std::size_t offset);

/// The error for a failed commit point: `message` may name what was found as {found}. Inside a
/// token (an unterminated string) the position is where the token stopped, not the next token.
[[nodiscard]] SyntaxError commit_error(std::string_view text, std::size_t offset, const char* message,
                                       bool inside_token);

}  // namespace telc::cel
