// String and character tokens, judged and decoded as strconv.Unquote and strconv.UnquoteChar do
// (Go's text/template calls them on every "..." string, template name and '...' constant).
#include <array>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "diag/utf8.hpp"
#include "gotemplate/literals.hpp"
#include "gotemplate/syntax_error.hpp"

namespace telc::gotemplate {
namespace {

char simple_escape(char kind) {
  constexpr std::array<std::pair<char, char>, 8> kSimple = {{
      {'a', '\a'},
      {'b', '\b'},
      {'f', '\f'},
      {'n', '\n'},
      {'r', '\r'},
      {'t', '\t'},
      {'v', '\v'},
      {'\\', '\\'},
  }};
  for (const auto& [letter, value] : kSimple) {
    if (letter == kind) return value;
  }
  return '\0';
}

/// \x, \u and \U with exactly 2, 4 or 8 hex digits; \u and \U must name a valid code point.
std::size_t hex_escape(std::string_view text, std::string* out) {
  const char kind = text[1];
  const std::size_t digits = kind == 'x' ? 2 : kind == 'u' ? 4 : 8;
  if (text.size() < 2 + digits) return 0;
  char32_t value = 0;
  for (std::size_t i = 2; i < 2 + digits; ++i) {
    const int digit = diag::hex_value(text[i]);
    if (digit < 0) return 0;
    value = value * 16 + static_cast<char32_t>(digit);
  }
  if (kind != 'x' && (value > diag::kMaxCodePoint || (value >= 0xD800 && value <= 0xDFFF))) return 0;
  if (out == nullptr) return 2 + digits;
  if (kind == 'x') {
    out->push_back(static_cast<char>(value));
  } else {
    diag::append_utf8(*out, value);
  }
  return 2 + digits;
}

/// \ooo: exactly three octal digits, at most \377.
std::size_t octal_escape(std::string_view text, std::string* out) {
  if (text.size() < 4) return 0;
  unsigned value = 0;
  for (std::size_t i = 1; i < 4; ++i) {
    if (text[i] < '0' || text[i] > '7') return 0;
    value = value * 8 + static_cast<unsigned>(text[i] - '0');
  }
  if (value > 255) return 0;
  if (out != nullptr) out->push_back(static_cast<char>(value));
  return 4;
}

/// strconv.UnquoteChar: the length of the character or escape at the start of `text` inside a
/// literal quoted with `quote`, appending its value to `out` when given; 0 when Go rejects it.
std::size_t unquote_char(std::string_view text, char quote, std::string* out) {
  const char first = text[0];
  if (first == quote) return 0;
  if (first != '\\') {
    const std::size_t length = diag::decode(text).length;
    if (out != nullptr) out->append(text.substr(0, length));
    return length;
  }
  if (text.size() < 2) return 0;
  const char kind = text[1];
  if (const char value = simple_escape(kind)) {
    if (out != nullptr) out->push_back(value);
    return 2;
  }
  if (kind == 'x' || kind == 'u' || kind == 'U') return hex_escape(text, out);
  if (kind >= '0' && kind <= '7') return octal_escape(text, out);
  if ((kind == '\'' || kind == '"') && kind == quote) {
    if (out != nullptr) out->push_back(kind);
    return 2;
  }
  return 0;
}

std::optional<std::string> escape_hint(char kind, char quote) {
  if (kind == 'x') return "\\x takes exactly two hex digits: \\x41";
  if (kind == 'u' || kind == 'U') return "\\u takes four hex digits and \\U eight, naming a valid code point: \\u00e9";
  if (kind >= '0' && kind <= '7') return "an octal escape has exactly three digits, at most \\377";
  if (kind == '\'' && quote == '"') return "a single quote needs no escape inside a double-quoted string";
  if (kind == '"' && quote == '\'') return "a double quote needs no escape inside a character constant";
  return "a regular expression escape such as \\d needs a doubled backslash (\"\\\\d\") or a raw string (`\\d`)";
}

/// The bytes of a rejected escape: the backslash, its letter, and the digits it may take.
std::size_t escape_length(std::string_view rest) {
  if (rest.size() < 2) return rest.size();
  const char kind = rest[1];
  std::size_t length = 1 + diag::decode(rest.substr(1)).length;
  const bool hex = kind == 'x' || kind == 'u' || kind == 'U';
  const std::size_t most = kind == 'x' ? 4 : kind == 'u' ? 6 : kind == 'U' ? 10 : 4;
  const auto digit = [&](char ch) { return hex ? diag::hex_value(ch) >= 0 : ch >= '0' && ch <= '7'; };
  if (hex || (kind >= '0' && kind <= '7')) {
    while (length < rest.size() && length < most && digit(rest[length])) ++length;
  }
  return length;
}

[[noreturn]] void reject_escape(std::string_view rest, std::size_t at, char quote) {
  const std::size_t length = escape_length(rest);
  const std::string_view escape = rest.substr(0, length);
  const char kind = rest.size() >= 2 ? rest[1] : '\0';
  throw SyntaxError(at, at + length - 1, fmt::format("invalid escape sequence '{}'", escape), escape_hint(kind, quote));
}

}  // namespace

void check_quoted(std::string_view token, std::size_t at) {
  const std::string_view body = token.substr(1, token.size() - 2);
  for (std::size_t i = 0; i < body.size();) {
    const std::size_t length = unquote_char(body.substr(i), '"', nullptr);
    if (length == 0) reject_escape(body.substr(i), at + 1 + i, '"');
    i += length;
  }
}

void check_character(std::string_view token, std::size_t at) {
  const std::string_view body = token.substr(1);  // the closing quote included
  if (body == "'") {
    throw SyntaxError(at, at + 1, "empty character constant",
                      "template strings use double quotes or backquotes: \"text\" or `text`");
  }
  const std::size_t length = unquote_char(body, '\'', nullptr);
  if (length == 0) reject_escape(body, at + 1, '\'');
  if (body.substr(length) != "'") {
    throw SyntaxError(at, at + token.size() - 1, fmt::format("malformed character constant {}", token),
                      "a character constant holds one character; template strings use double quotes or "
                      "backquotes: \"text\" or `text`");
  }
}

std::string unquote(std::string_view token) {
  std::string out;
  const std::string_view body = token.substr(1, token.size() - 2);
  if (token[0] == '`') {
    for (const char ch : body) {
      if (ch != '\r') out.push_back(ch);  // Go drops carriage returns from raw strings
    }
    return out;
  }
  for (std::size_t i = 0; i < body.size();) i += unquote_char(body.substr(i), '"', &out);
  return out;
}

}  // namespace telc::gotemplate
