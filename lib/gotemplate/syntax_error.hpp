#pragma once
// The one exception type inside the parser: thrown by must<> commit points (control.hpp) and by
// actions that find what Go's parser rejects (a bad escape, {{break}} outside {{range}}, a
// template defined twice); check() turns it into a template/syntax Error. Nothing outside
// lib/gotemplate sees it.
#include <cstddef>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace telc::gotemplate {

struct SyntaxError : std::exception {
  std::size_t begin = 0;
  std::size_t end = 0;  // inclusive
  std::string message;
  std::optional<std::string> hint;
  /// Name errors from here on are consequences of this one (the rest of an unclosed action).
  std::size_t consequences_from = std::string_view::npos;

  SyntaxError(std::size_t first, std::size_t last, std::string text,
              std::optional<std::string> hint_text = std::nullopt)
      : begin(first), end(last), message(std::move(text)), hint(std::move(hint_text)) {}
  [[nodiscard]] const char* what() const noexcept override { return message.c_str(); }
};

/// A byte range of the template, `end` inclusive.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// The range of the token starting at `offset`, as Go's lexer would cut it (a name, a quoted
/// string, "}}", one UTF-8 character); at the end of the text both are text.size().
[[nodiscard]] Span token_at(std::string_view text, std::size_t offset);

/// How a message names the token at `offset`: 'x', '{{else}}', 'U+201C “' or "the end of the
/// template".
[[nodiscard]] std::string describe_token(std::string_view text, std::size_t offset);

/// A hint for the mistakes people make most at a token (a function call with parentheses, '==',
/// '&&', a typographic quote, [index] syntax), given the text before it.
[[nodiscard]] std::optional<std::string> hint_at(std::string_view text, std::size_t offset);

/// Whether Go's lexer rejects the character at `offset` wherever it stands inside an action (not
/// printable ASCII, not a letter or digit).
[[nodiscard]] bool unrecognized_at(std::string_view text, std::size_t offset);

}  // namespace telc::gotemplate
