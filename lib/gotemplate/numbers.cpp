// Number tokens, judged as Go's text/template parser does (parse/node.go newNumber): an
// imaginary constant must parse as a float before its 'i'; otherwise the token must parse as a
// 64-bit unsigned or signed integer (strconv base 0) or as a float, and a float without '.', 'e'
// or 'p' is an integer that overflowed. Complex constants ("1+2i") go through fmt.Sscan. Written
// from the strconv and fmt documentation; nothing here converts, it only decides.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "gotemplate/literals.hpp"
#include "gotemplate/syntax_error.hpp"

namespace telc::gotemplate {
namespace {

char lower(char ch) { return static_cast<char>(ch | 0x20); }  // Go's lower(): for letters only
bool is_decimal(char ch) { return ch >= '0' && ch <= '9'; }
bool is_hex(char ch) { return is_decimal(ch) || (lower(ch) >= 'a' && lower(ch) <= 'f'); }

/// strconv's underscoreOK: an underscore only between digits, or between a base prefix and a digit.
bool underscores_ok(std::string_view text) {
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) text.remove_prefix(1);
  char saw = '^';  // ^ start, 0 digit or prefix, _ underscore, ! anything else
  std::size_t i = 0;
  bool hex = false;
  if (text.size() >= 2 && text[0] == '0' && (lower(text[1]) == 'b' || lower(text[1]) == 'o' || lower(text[1]) == 'x')) {
    i = 2, saw = '0', hex = lower(text[1]) == 'x';
  }
  for (; i < text.size(); ++i) {
    if (is_decimal(text[i]) || (hex && is_hex(text[i]))) {
      saw = '0';
    } else if (text[i] == '_') {
      if (saw != '0') return false;
      saw = '_';
    } else {
      if (saw == '_') return false;
      saw = '!';
    }
  }
  return saw != '_';
}

/// strconv.ParseUint(text, 0, 64).
std::optional<std::uint64_t> parse_unsigned(std::string_view text) {
  if (text.empty()) return std::nullopt;
  const std::string_view whole = text;
  unsigned base = 10;
  if (text[0] == '0') {
    const char prefix = text.size() >= 3 ? lower(text[1]) : '\0';
    base = prefix == 'b' ? 2 : prefix == 'x' ? 16 : 8;
    text.remove_prefix(prefix == 'b' || prefix == 'o' || prefix == 'x' ? 2 : 1);
  }
  constexpr std::uint64_t kMax = std::numeric_limits<std::uint64_t>::max();
  std::uint64_t value = 0;
  bool underscores = false;
  for (const char ch : text) {
    if (ch == '_') {
      underscores = true;
      continue;
    }
    const bool letter = lower(ch) >= 'a' && lower(ch) <= 'z';
    const unsigned digit = is_decimal(ch) ? ch - '0' : letter ? lower(ch) - 'a' + 10 : 36;
    if (digit >= base || value > (kMax - digit) / base) return std::nullopt;
    value = value * base + digit;
  }
  if (underscores && !underscores_ok(whole)) return std::nullopt;
  return value;
}

/// strconv.ParseInt(text, 0, 64).
bool parses_as_signed(std::string_view text) {
  const bool negative = !text.empty() && text[0] == '-';
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) text.remove_prefix(1);
  const auto magnitude = parse_unsigned(text);
  return magnitude && *magnitude <= (negative ? 1ULL << 63 : (1ULL << 63) - 1);
}

/// The syntax of strconv.ParseFloat (readFloat): the whole text must be one float.
bool float_syntax(std::string_view text) {
  std::size_t i = (!text.empty() && (text[0] == '+' || text[0] == '-')) ? 1 : 0;
  const bool hex = i + 2 < text.size() && text[i] == '0' && lower(text[i + 1]) == 'x';
  i += hex ? 2 : 0;
  bool dot = false;
  bool digits = false;
  bool underscores = false;
  for (; i < text.size(); ++i) {
    const char ch = text[i];
    if (ch == '_') {
      underscores = true;
    } else if (ch == '.' && !dot) {
      dot = true;
    } else if (is_decimal(ch) || (hex && is_hex(ch))) {
      digits = true;
    } else {
      break;
    }
  }
  if (!digits) return false;
  if (i < text.size() && lower(text[i]) == (hex ? 'p' : 'e')) {
    ++i;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
    if (i >= text.size() || !is_decimal(text[i])) return false;
    for (; i < text.size() && (is_decimal(text[i]) || text[i] == '_'); ++i) underscores |= text[i] == '_';
  } else if (hex) {
    return false;  // a hex float needs its 'p' exponent
  }
  return i == text.size() && (!underscores || underscores_ok(text));
}

/// strconv.ParseFloat(text, 64) succeeds: the syntax, and no overflow to infinity (an underflow
/// is no error in Go).
bool parses_as_float(std::string_view text) {
  if (!float_syntax(text)) return false;
  std::string digits;
  for (const char ch : text) {
    if (ch != '_') digits.push_back(ch);
  }
  char* end = nullptr;
  return !std::isinf(std::strtod(digits.c_str(), &end));
}

/// strconv.Atoi: an optional sign and decimal digits (no '_', no prefix) that fit in 64 bits.
bool parses_as_atoi(std::string_view text) {
  const bool negative = !text.empty() && text[0] == '-';
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) text.remove_prefix(1);
  if (text.empty()) return false;
  const std::uint64_t limit = negative ? 1ULL << 63 : (1ULL << 63) - 1;
  std::uint64_t value = 0;
  for (const char ch : text) {
    const auto digit = static_cast<unsigned>(ch - '0');
    if (!is_decimal(ch) || value > (limit - digit) / 10) return false;
    value = value * 10 + digit;
  }
  return true;
}

/// fmt's floatToken: what Sscan reads as one float from `text` at `pos`.
std::string_view float_token(std::string_view text, std::size_t& pos) {
  const std::size_t start = pos;
  const auto accept = [&](std::string_view set) {
    const bool found = pos < text.size() && set.find(text[pos]) != std::string_view::npos;
    if (found) ++pos;
    return found;
  };
  accept("+-");
  if (accept("iI") && accept("nN") && accept("fF")) return text.substr(start, pos - start);
  std::string_view digits = "0123456789_";
  std::string_view exponent = "eEpP";
  if (accept("0") && accept("xX")) {
    digits = "0123456789aAbBcCdDeEfF_";
    exponent = "pP";
  }
  while (accept(digits)) {
  }
  if (accept(".")) {
    while (accept(digits)) {
    }
  }
  if (accept(exponent)) {
    accept("+-");
    while (accept("0123456789_")) {
    }
  }
  return text.substr(start, pos - start);
}

/// fmt's convertFloat: a 'p' exponent is applied to a decimal mantissa by hand.
bool converts_as_float(std::string_view text) {
  const std::size_t exponent = text.find('p');
  if (exponent == std::string_view::npos) return parses_as_float(text);
  return parses_as_float(text.substr(0, exponent)) && parses_as_atoi(text.substr(exponent + 1));
}

/// fmt.Sscan into a complex128: a float, a sign, a float, 'i'.
bool scans_as_complex(std::string_view text) {
  std::size_t pos = 0;
  const std::string_view real = float_token(text, pos);
  if (pos >= text.size() || (text[pos] != '+' && text[pos] != '-')) return false;
  const std::size_t imaginary_start = pos++;
  float_token(text, pos);
  const std::string_view imaginary = text.substr(imaginary_start, pos - imaginary_start);
  if (pos >= text.size() || text[pos] != 'i') return false;
  return converts_as_float(real) && converts_as_float(imaginary);
}

[[noreturn]] void reject(std::string_view token, std::size_t at, std::string message,
                         std::optional<std::string> hint = std::nullopt) {
  throw SyntaxError(at, at + token.size() - 1, std::move(message), std::move(hint));
}

/// Go's message for a float-shaped integer is "integer overflow"; a leading zero is the usual cause.
[[noreturn]] void reject_overflow(std::string_view token, std::size_t at) {
  const std::string_view digits = token.substr(token[0] == '+' || token[0] == '-' ? 1 : 0);
  if (digits.size() > 1 && digits[0] == '0') {
    reject(token, at, fmt::format("'{}' is not a number: a leading 0 makes it octal, whose digits are 0-7", token),
           "write it without the leading 0");
  }
  reject(token, at, fmt::format("integer overflow: '{}' does not fit in 64 bits", token),
         "write a large float with an exponent, such as 1e20");
}

std::optional<std::string> illegal_hint(std::string_view token) {
  if (token == "+" || token == "-")
    return "templates have no arithmetic operators; a lone '+' or '-' reads as a number";
  if (token.find('_') != std::string_view::npos) return "'_' may only separate digits";
  return std::nullopt;
}

}  // namespace

void check_number(std::string_view token, std::size_t at, bool complex) {
  if (complex) {
    if (!scans_as_complex(token)) reject(token, at, fmt::format("malformed complex constant '{}'", token));
    return;
  }
  if (token.size() > 1 && token.back() == 'i' && parses_as_float(token.substr(0, token.size() - 1))) return;
  if (parse_unsigned(token) || parses_as_signed(token)) return;
  if (parses_as_float(token)) {
    if (token.find_first_of(".eEpP") == std::string_view::npos) reject_overflow(token, at);
    return;
  }
  reject(token, at, fmt::format("illegal number syntax: '{}'", token), illegal_hint(token));
}

}  // namespace telc::gotemplate
