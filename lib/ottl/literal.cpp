// Literal tokens as participle and Go read them: ints must fit int64 (strconv.ParseInt), floats
// float64, byte slices need an even number of hex digits (hex.DecodeString), and strings take
// Go's escapes (strconv.Unquote). Each problem is reported at its own column.
#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <cstdlib>

#include "diag/utf8.hpp"
#include "ottl/builder.hpp"
#include "ottl/syntax_error.hpp"

namespace telc::ottl {
namespace {

/// Reads `count` digits of `base` after the escape letter at token[i]; returns the value.
std::uint32_t read_digits(std::string_view token, std::size_t index, std::size_t count, int base, std::size_t at) {
  std::uint32_t value = 0;
  for (std::size_t k = 0; k < count; ++k) {
    const std::size_t p = index + 1 + k;
    const int d = p < token.size() - 1 ? diag::hex_value(token[p]) : -1;
    if (d < 0 || d >= base) {
      throw SyntaxError(at + index - 1, at + index, "invalid escape sequence in the string",
                        fmt::format("this escape takes {} {} digits", count, base == 8 ? "octal" : "hex"));
    }
    value = value * static_cast<std::uint32_t>(base) + static_cast<std::uint32_t>(d);
  }
  return value;
}

char simple_escape(char ch) {
  switch (ch) {
    case 'a': return '\a';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    case 'v': return '\v';
    case '\\': return '\\';
    case '"': return '"';
    default: return 0;
  }
}

/// Decodes the escape whose letter is token[i]; returns the index of its last byte.
std::size_t decode_escape(std::string_view token, std::size_t index, std::size_t at, std::string& out) {
  const char c = token[index];
  if (const char s = simple_escape(c); s != 0) {
    out += s;
    return index;
  }
  if (c == 'x') {
    out += static_cast<char>(read_digits(token, index, 2, 16, at));
    return index + 2;
  }
  if (c >= '0' && c <= '7') {
    const std::uint32_t v = read_digits(token, index - 1, 3, 8, at);
    if (v > 255) throw SyntaxError(at + index - 1, at + index + 2, "octal escape value above \\377 in the string");
    out += static_cast<char>(v);
    return index + 2;
  }
  if (c == 'u' || c == 'U') {
    const std::uint32_t cp = read_digits(token, index, c == 'u' ? 4 : 8, 16, at);
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000)) {
      throw SyntaxError(at + index - 1, at + index, "escape names no valid Unicode code point");
    }
    diag::append_utf8(out, cp);  // a valid scalar value: checked just above
    return index + (c == 'u' ? 4 : 8);
  }
  throw SyntaxError(at + index - 1, at + index, fmt::format("unknown escape sequence '\\{}' in the string", c),
                    "Go escapes are \\a \\b \\f \\n \\r \\t \\v \\\\ \\\" \\x.. \\u.... \\U........ and octal \\...");
}

}  // namespace

std::string decode_string(std::string_view token, std::size_t at) {
  std::string out;
  for (std::size_t i = 1; i + 1 < token.size(); ++i) {
    const char c = token[i];
    if (c == '\n' || c == '\r') {
      throw SyntaxError(at + i, at + i, "line break inside a string", "write it as \\n");
    }
    if (c != '\\') {
      out += c;
      continue;
    }
    i = decode_escape(token, i + 1, at, out);
  }
  return out;
}

NodePtr make_number(std::string_view token, std::size_t at, bool is_float) {
  auto node = std::make_unique<Node>();
  node->kind = is_float ? NodeKind::floating : NodeKind::integer;
  node->begin = at;
  node->end = at + token.size() - 1;
  node->text = std::string(token);
  if (!is_float) {
    std::string_view digits = token;
    if (!digits.empty() && digits.front() == '+') digits.remove_prefix(1);
    long long value = 0;
    const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec != std::errc() || ptr != digits.data() + digits.size()) {
      throw SyntaxError(node->begin, node->end, fmt::format("integer {} does not fit in 64 bits", token),
                        "OTTL integers are int64; write a float such as 1.0e19 for larger numbers");
    }
  } else if (!std::isfinite(std::strtod(node->text.c_str(), nullptr))) {
    throw SyntaxError(node->begin, node->end, fmt::format("float {} is out of range", token));
  }
  return node;
}

NodePtr make_bytes(std::string_view token, std::size_t at) {
  auto node = std::make_unique<Node>();
  node->kind = NodeKind::bytes;
  node->begin = at;
  node->end = at + token.size() - 1;
  node->text = std::string(token);
  if ((token.size() - 2) % 2 != 0) {
    throw SyntaxError(node->begin, node->end, "byte literal has an odd number of hex digits",
                      "write two hex digits per byte, e.g. 0x0a");
  }
  return node;
}

}  // namespace telc::ottl
