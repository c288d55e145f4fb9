// Token-level helpers shared by the actions and the error path: trivia skipping, the token at an
// error position, and the hints for the mistakes people make most (typographic quotes, '=',
// 'and'/'or', reserved words).
#include <fmt/format.h>
#include <algorithm>
#include <array>
#include <stdexcept>

#include "cel/actions.hpp"
#include "cel/syntax_error.hpp"
#include "diag/utf8.hpp"

namespace telc::cel {
namespace {

bool is_word_char(char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
}

struct QuoteName {
  std::string_view bytes;
  std::string_view name;
};

constexpr std::array<QuoteName, 4> kTypographicQuotes = {{
    {"\u201C", "left double quotation mark U+201C"},
    {"\u201D", "right double quotation mark U+201D"},
    {"\u2018", "left single quotation mark U+2018"},
    {"\u2019", "right single quotation mark U+2019"},
}};

std::optional<std::string> hint_for(std::string_view token) {
  for (const QuoteName& q : kTypographicQuotes) {
    if (token == q.bytes) {
      return fmt::format("'{}' is a typographic quote ({}); CEL strings use straight quotes ' or \"", q.bytes, q.name);
    }
  }
  if (token == "=") return "use '==' to compare values";
  if (token == "and" || token == "&") return "CEL writes logical and as '&&'";
  if (token == "or" || token == "|") return "CEL writes logical or as '||'";
  if (token == "not") return "CEL writes logical not as '!'";
  return std::nullopt;
}

}  // namespace

std::size_t skip_trivia(std::string_view text, std::size_t index) {
  while (index < text.size()) {
    const char c = text[index];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      ++index;
    } else if (c == '/' && index + 1 < text.size() && text[index + 1] == '/') {
      while (index < text.size() && text[index] != '\n' && text[index] != '\r') ++index;
    } else {
      break;
    }
  }
  return index;
}

std::pair<std::size_t, std::size_t> token_at(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return {text.size(), text.size()};
  std::size_t end = offset;
  if (is_word_char(text[offset])) {
    while (end + 1 < text.size() && is_word_char(text[end + 1])) ++end;
  } else {
    end = offset + diag::decode(text.substr(offset)).length - 1;  // the input is valid UTF-8 (check_input)
  }
  return {offset, end};
}

SyntaxError commit_error(std::string_view text, std::size_t offset, const char* message, bool inside_token) {
  const std::size_t at = inside_token ? offset : skip_trivia(text, offset);
  const auto [begin, end] = token_at(text, at);
  const std::string_view token = begin < text.size() ? text.substr(begin, end + 1 - begin) : std::string_view();
  const std::string found = token.empty() ? "the end of the expression" : fmt::format("'{}'", token);
  std::string text_out = message;
  if (const std::size_t slot = text_out.find("{found}"); slot != std::string::npos) text_out.replace(slot, 7, found);
  return SyntaxError(begin, end, std::move(text_out), hint_for(token));
}

namespace grammar {
namespace {

// langdef.md RESERVED: the literals, 'in', and words reserved for host languages.
constexpr std::array<std::string_view, 21> kReserved = {
    "as",  "break", "const",   "continue",  "else", "false",  "for",  "function", "if",   "import", "in",
    "let", "loop",  "package", "namespace", "null", "return", "true", "var",      "void", "while",
};

}  // namespace

void push_identifier(Builder& builder, std::size_t begin, std::size_t end, bool is_field) {
  const std::string_view word = builder.text().substr(begin, end + 1 - begin);
  // As in cel-go, a field may be named by any reserved word except the four that are tokens
  // (resource.metadata.namespace is everyday Kubernetes).
  const bool token = word == "true" || word == "false" || word == "null" || word == "in";
  if (is_field && token) {
    throw SyntaxError(begin, end, fmt::format("'{}' is a reserved word and cannot be a field name", word),
                      fmt::format("select it by key instead: x['{}']", word));
  }
  if (!is_field && std::find(kReserved.begin(), kReserved.end(), word) != kReserved.end()) {
    throw SyntaxError(begin, end, fmt::format("'{}' is a reserved word and cannot be used as a name", word),
                      hint_for(word));
  }
  builder.push_name({std::string(word), begin, end});
}

BinaryOp binary_op(std::string_view token) {
  static constexpr std::pair<std::string_view, BinaryOp> kOps[] = {
      {"||", BinaryOp::logical_or}, {"&&", BinaryOp::logical_and}, {"<", BinaryOp::less},
      {"<=", BinaryOp::less_equal}, {">", BinaryOp::greater},      {">=", BinaryOp::greater_equal},
      {"==", BinaryOp::equal},      {"!=", BinaryOp::not_equal},   {"in", BinaryOp::in},
      {"+", BinaryOp::add},         {"-", BinaryOp::subtract},     {"*", BinaryOp::multiply},
      {"/", BinaryOp::divide},      {"%", BinaryOp::remainder},
  };
  for (const auto& [text, op] : kOps) {
    if (text == token) return op;
  }
  throw std::logic_error(fmt::format("CEL operator token '{}' has no BinaryOp", token));  // a grammar bug
}

}  // namespace grammar
}  // namespace telc::cel
