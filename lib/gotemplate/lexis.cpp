// Token-level helpers for the error path: the token at an error position, how a message names it,
// the hints for the mistakes people make most, and where each kind of commit point reports.
#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "diag/unicode.hpp"
#include "diag/utf8.hpp"
#include "gotemplate/control.hpp"
#include "gotemplate/syntax_error.hpp"

namespace telc::gotemplate {
namespace {

/// The spaces of Go's lexer inside an action.
bool is_space(char ch) { return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n'; }

bool is_word_at(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return false;
  const diag::Decoded decoded = diag::decode(text.substr(offset));
  return decoded.code_point == '_' || diag::is_letter(decoded.code_point) || diag::is_digit(decoded.code_point);
}

std::size_t word_end(std::string_view text, std::size_t offset) {
  while (is_word_at(text, offset)) offset += diag::decode(text.substr(offset)).length;
  return offset;
}

/// The end (exclusive) of a "..." or `...` token starting at `offset`, or of its line.
std::size_t quoted_end(std::string_view text, std::size_t offset) {
  const char quote = text[offset];
  for (std::size_t i = offset + 1; i < text.size(); ++i) {
    if (text[i] == quote) return i + 1;
    if (quote == '"' && text[i] == '\n') return i;
    if (quote == '"' && text[i] == '\\') ++i;
  }
  return text.size();
}

/// "{{" with an optional trim marker, spaces and the action's first word.
std::size_t action_head_end(std::string_view text, std::size_t offset) {
  std::size_t i = offset + 2;
  if (i + 1 < text.size() && text[i] == '-' && is_space(text[i + 1])) i += 2;
  while (i < text.size() && is_space(text[i])) ++i;
  return word_end(text, i);
}

std::size_t token_end(std::string_view text, std::size_t offset) {
  const std::string_view rest = text.substr(offset);
  if (rest.starts_with("{{")) return action_head_end(text, offset);
  for (const std::string_view pair : {"}}", ":=", "==", "!=", "&&", "||", "<=", ">="}) {
    if (rest.starts_with(pair)) return offset + 2;
  }
  if (rest.size() >= 4 && rest.substr(1, 3) == "-}}") return offset + 4;
  if (rest[0] == '"' || rest[0] == '`') return quoted_end(text, offset);
  const bool sigil = (rest[0] == '.' || rest[0] == '$') && is_word_at(text, offset + 1);
  if (sigil || is_word_at(text, offset)) return word_end(text, offset + (sigil ? 1 : 0));
  return offset + diag::decode(rest).length;
}

constexpr std::array<std::string_view, 4> kTypographicQuotes = {"\u201C", "\u201D", "\u2018", "\u2019"};

std::optional<std::string> operator_hint(std::string_view token, char before) {
  if (token == "(" && before != ' ' && before != '(' && before != '|') {
    return "a function takes space-separated arguments, without parentheses: {{ printf \"%.2f\" $value }}";
  }
  if (token == ",") return "arguments are separated by spaces, not commas";
  if (token == "==" || token == "!=") return "compare with eq or ne: {{ if eq $labels.severity \"critical\" }}";
  if (token == "=" && before != ' ') return "write spaces around '=' and ':=': {{ $x = 1 }}";
  if (token == "=") return "compare with eq: {{ if eq $labels.severity \"critical\" }}";
  if (token == "&&" || token == "&") return "use the and function: {{ if and $a $b }}";
  if (token == "|" && before == '|') return "use the or function: {{ if or $a $b }}";
  if (token == "!") return "use the not function: {{ if not $a }}";
  if (token == "<" || token == ">" || token == "<=" || token == ">=") {
    return "compare with lt, le, gt or ge: {{ if gt $value 0.5 }}";
  }
  if (token == "*" || token == "/" || token == "%") {
    return "templates have no arithmetic operators: compute in the query, or format with humanize";
  }
  return std::nullopt;
}

std::optional<std::string> punctuation_hint(std::string_view token, std::string_view before_word) {
  if (token == "[") return "index a map with the index function: {{ index $labels \"my-label\" }}";
  if (token == "-" && before_word.find('.') != std::string_view::npos) {
    return "a field name cannot contain '-': use the index function, {{ index $labels \"my-label\" }}";
  }
  if (token == "}") return "an action ends with '}}'";
  if (token == ":") return "declare a variable with ':=': {{ $x := 1 }}";
  for (const std::string_view quote : kTypographicQuotes) {
    if (token == quote) return "a typographic quote: template strings use straight double quotes or backquotes";
  }
  return std::nullopt;
}

/// The name (".Labels", "$x", "printf") that ends right before `offset`, if any.
std::string_view word_before(std::string_view text, std::size_t offset) {
  std::size_t start = offset;
  while (start > 0 && !is_space(text[start - 1]) &&
         std::string_view("{(|").find(text[start - 1]) == std::string_view::npos) {
    --start;
  }
  return text.substr(start, offset - start);
}

/// After "{{else", the words that continue only some chains.
std::optional<std::string> else_hint(std::string_view token, std::string_view text, std::size_t offset) {
  std::size_t end = offset;
  while (end > 0 && is_space(text[end - 1])) --end;
  if (end < 4 || text.substr(end - 4, 4) != "else") return std::nullopt;
  if (token == "if") return "{{else if}} continues an {{if}} only; elsewhere write {{else}}{{if ...}}...{{end}}";
  if (token == "with") return "{{else with}} continues a {{with}} only; elsewhere write {{else}}{{with ...}}...{{end}}";
  return std::nullopt;
}

}  // namespace

Span token_at(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return {text.size(), text.size()};
  return {offset, token_end(text, offset) - 1};
}

std::string describe_token(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return "the end of the template";
  const Span span = token_at(text, offset);
  std::string_view token = text.substr(span.begin, span.end + 1 - span.begin);
  if (token.starts_with("{{")) {
    const std::string_view word = word_before(token, token.size());
    return word.empty() ? "'{{'" : fmt::format("'{{{{{}}}}}'", word);
  }
  if (token.size() == 4 && token.substr(1) == "-}}") return "'-}}'";
  const diag::Decoded decoded = diag::decode(token);
  if (decoded.length == token.size() && !diag::is_letter(decoded.code_point) &&
      (decoded.code_point >= 0x80 || decoded.code_point < 0x20 || decoded.code_point == 0x7F)) {
    const auto code_point = static_cast<std::uint32_t>(decoded.code_point);
    if (code_point < 0x20 || code_point == 0x7F) return fmt::format("U+{:04X}", code_point);
    return fmt::format("'{}' (U+{:04X})", token, code_point);
  }
  std::size_t cut = 24;
  if (token.size() > cut) {
    while (diag::is_continuation(static_cast<unsigned char>(token[cut]))) --cut;
    return fmt::format("'{}...'", token.substr(0, cut));
  }
  return fmt::format("'{}'", token);
}

std::optional<std::string> hint_at(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return std::nullopt;
  const Span span = token_at(text, offset);
  const std::string_view token = text.substr(span.begin, span.end + 1 - span.begin);
  if (auto hint = else_hint(token, text, offset)) return hint;
  const char before = offset > 0 ? text[offset - 1] : ' ';
  if (auto hint = operator_hint(token, before)) return hint;
  return punctuation_hint(token, word_before(text, offset));
}

bool unrecognized_at(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return false;
  const diag::Decoded decoded = diag::decode(text.substr(offset));
  if (decoded.code_point < 0x80) return decoded.code_point < 0x20 || decoded.code_point == 0x7F;
  return !diag::is_letter(decoded.code_point) && !diag::is_digit(decoded.code_point);
}

namespace grammar {
namespace {

std::string substitute(std::string message, std::string_view slot, std::string_view value) {
  if (const std::size_t at = message.find(slot); at != std::string::npos) message.replace(at, slot.size(), value);
  return message;
}

std::string_view keyword_of(BlockKind kind) {
  switch (kind) {
    case BlockKind::if_block: return "if";
    case BlockKind::range_block: return "range";
    case BlockKind::with_block: return "with";
    case BlockKind::block_block: return "block";
    case BlockKind::define_block: return "define";
  }
  return "if";
}

/// At the end of the text inside an action: Go's "unclosed action", at the action's '{{'.
SyntaxError unclosed_action(const State& state) {
  SyntaxError error(state.action_start, state.action_start + 1, "unclosed action: no '}}' closes this '{{'",
                    "a literal '{{' in the text is written {{ \"{{\" }}");
  error.consequences_from = state.action_start;
  return error;
}

/// The '{{' that starts the action whose first word is at `offset` ("{{ else"), or `offset`.
std::size_t action_head_start(std::string_view text, std::size_t offset) {
  std::size_t at = offset;
  while (at > 0 && is_space(text[at - 1])) --at;
  if (at >= 3 && text[at - 1] == '-' && text.substr(at - 3, 2) == "{{" && at < offset) at -= 1;
  return at >= 2 && text.substr(at - 2, 2) == "{{" ? at - 2 : offset;
}

SyntaxError at_token(const State& state, std::size_t offset, const char* message, const char* context) {
  const std::string_view text = state.text();
  const Span span = token_at(text, offset);
  std::string out = substitute(substitute(message, "{context}", context), "{found}", describe_token(text, offset));
  return SyntaxError(span.begin, span.end, std::move(out), hint_at(text, offset));
}

}  // namespace

SyntaxError commit_error(const State& state, std::size_t offset, const char* message, const char* context,
                         Commit kind) {
  const std::string_view text = state.text();
  const bool at_end = offset >= text.size();
  switch (kind) {
    case Commit::literal: return SyntaxError(state.token_start, std::max(state.token_start, offset - 1), message);
    case Commit::number: {
      const std::size_t last = at_end ? text.size() - 1 : offset + diag::decode(text.substr(offset)).length - 1;
      const std::string_view token = text.substr(state.token_start, last + 1 - state.token_start);
      return SyntaxError(state.token_start, last, substitute(message, "{found}", fmt::format("'{}'", token)));
    }
    case Commit::comment: return SyntaxError(state.action_start, state.action_start + 1, message);
    case Commit::block_end: {
      const OpenBlock* block = state.innermost_block();
      if (!at_end || block == nullptr) return at_token(state, action_head_start(text, offset), message, context);
      const std::string_view keyword = keyword_of(block->kind);
      return SyntaxError(block->keyword.begin, block->keyword.end,
                         fmt::format("{{{{{}}}}} has no matching {{{{end}}}}", keyword),
                         fmt::format("close the {{{{{}}}}} with {{{{end}}}}", keyword));
    }
    case Commit::in_action:
      if (at_end) return unclosed_action(state);
      if (unrecognized_at(text, offset)) {
        return at_token(state, offset, "unrecognized character {found} in the action", context);
      }
      return at_token(state, offset, message, context);
    case Commit::plain: return at_token(state, offset, message, context);
  }
  return at_token(state, offset, message, context);
}

}  // namespace grammar
}  // namespace telc::gotemplate
