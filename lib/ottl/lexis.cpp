// Token-level helpers shared by the actions and the error path: whitespace skipping, the token at
// an error position, and hints for the mistakes people bring from other languages (single
// quotes, '&&', '!', a sign glued to a number after a path).
#include <fmt/format.h>

#include "diag/utf8.hpp"
#include "ottl/syntax_error.hpp"

namespace telc::ottl {
namespace {

bool is_word_char(char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
}

bool is_space(char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v'; }

std::optional<std::string> hint_for(std::string_view text, std::size_t at, std::string_view token) {
  if (token == "'") return "OTTL strings use double quotes: \"...\"";
  if (token == "&") return "OTTL writes logical and as 'and'";
  if (token == "|") return "OTTL writes logical or as 'or'";
  if (token == "!") return "OTTL writes negation as 'not'";
  if (token == "=") return "use '==' to compare values";
  if ((token == "-" || token == "+") && at + 1 < text.size() && (text[at + 1] >= '0' && text[at + 1] <= '9')) {
    return fmt::format("OTTL reads '{}{}' as a signed number; write a space after '{}' to subtract or add", token,
                       text[at + 1], token);
  }
  if (token == "\u201C" || token == "\u201D") return "that is a typographic quote; OTTL strings use straight \"";
  return std::nullopt;
}

}  // namespace

std::size_t skip_space(std::string_view text, std::size_t index) {
  while (index < text.size() && is_space(text[index])) ++index;
  return index;
}

std::pair<std::size_t, std::size_t> token_at(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return {text.size(), text.size()};
  std::size_t end = offset;
  if (is_word_char(text[offset])) {
    while (end + 1 < text.size() && is_word_char(text[end + 1])) ++end;
  } else {
    end = offset + diag::decode(text.substr(offset)).length - 1;  // the input is valid UTF-8 (checked first)
  }
  return {offset, end};
}

SyntaxError commit_error(std::string_view text, std::size_t offset, const char* message, bool inside_token) {
  const std::size_t at = inside_token ? offset : skip_space(text, offset);
  const auto [begin, end] = token_at(text, at);
  const std::string_view token = begin < text.size() ? text.substr(begin, end + 1 - begin) : std::string_view();
  const std::string found = token.empty() ? "the end of the text" : fmt::format("'{}'", token);
  std::string out = message;
  if (const std::size_t slot = out.find("{found}"); slot != std::string::npos) out.replace(slot, 7, found);
  return SyntaxError(begin, end, std::move(out), hint_for(text, begin, token));
}

}  // namespace telc::ottl
