#include "policytest/coerce.hpp"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>

#include <fmt/format.h>

#include "diag/ascii.hpp"

namespace telc::policytest {
namespace {

constexpr std::size_t kMaxLabelBytes = 1024;

/// `text` starts with `word`, ignoring ASCII case.
bool starts_with_nocase(std::string_view text, std::string_view word) {
  if (text.size() < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (diag::ascii_lower(text[i]) != word[i]) return false;
  return true;
}

/// Go's special(): [+-]inf, [+-]infinity and (unsigned) nan, the whole text.
std::optional<double> special(std::string_view text) {
  const bool negative = !text.empty() && text.front() == '-';
  const bool sign = !text.empty() && (text.front() == '-' || text.front() == '+');
  const std::string_view rest = text.substr(sign ? 1 : 0);
  if ((rest.size() == 3 && starts_with_nocase(rest, "inf")) ||
      (rest.size() == 8 && starts_with_nocase(rest, "infinity")))
    return negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
  if (!sign && rest.size() == 3 && starts_with_nocase(rest, "nan")) return std::numeric_limits<double>::quiet_NaN();
  return std::nullopt;
}

/// A decimal float as Go writes it: digits with an optional point (at least one digit), then an
/// optional exponent with at least one digit.
bool decimal_syntax(std::string_view text) {
  std::size_t i = 0;
  std::size_t digits = 0;
  while (i < text.size() && diag::is_ascii_digit(text[i])) ++i, ++digits;
  if (i < text.size() && text[i] == '.')
    for (++i; i < text.size() && diag::is_ascii_digit(text[i]); ++i) ++digits;
  if (digits == 0) return false;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
    const std::size_t start = i;
    while (i < text.size() && diag::is_ascii_digit(text[i])) ++i;
    if (i == start) return false;
  }
  return i == text.size();
}

bool is_hex_digit(char ch) {
  return diag::is_ascii_digit(ch) || (diag::ascii_lower(ch) >= 'a' && diag::ascii_lower(ch) <= 'f');
}

/// Go's underscoreOK: `_` only between digits, or between a base prefix and a digit.
bool underscores_ok(std::string_view text) {
  char saw = '^';  // '^' start, '0' digit or prefix, '_' underscore, '!' anything else
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) text.remove_prefix(1);
  std::size_t i = 0;
  bool hex = false;
  if (text.size() >= 2 && text[0] == '0' &&
      (diag::ascii_lower(text[1]) == 'x' || diag::ascii_lower(text[1]) == 'o' || diag::ascii_lower(text[1]) == 'b')) {
    i = 2;
    saw = '0';
    hex = diag::ascii_lower(text[1]) == 'x';
  }
  for (; i < text.size(); ++i) {
    if (diag::is_ascii_digit(text[i]) || (hex && is_hex_digit(text[i]))) {
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

/// The hexadecimal mantissa and exponent after `0x` (underscores already removed), or nullopt
/// when not Go's syntax: hex digits with an optional point, then a required `p` exponent.
std::optional<std::string> hex_body(std::string_view text) {
  std::size_t i = 0;
  std::size_t digits = 0;
  bool point = false;
  for (; i < text.size() && (is_hex_digit(text[i]) || (text[i] == '.' && !point)); ++i) {
    point |= text[i] == '.';
    digits += text[i] == '.' ? 0 : 1;
  }
  if (digits == 0 || i == text.size() || (text[i] != 'p' && text[i] != 'P')) return std::nullopt;
  std::size_t j = i + 1;
  if (j < text.size() && (text[j] == '+' || text[j] == '-')) ++j;
  const std::size_t start = j;
  while (j < text.size() && diag::is_ascii_digit(text[j])) ++j;
  if (j == start || j != text.size()) return std::nullopt;
  return std::string(text);
}

std::optional<double> parse_digits(const std::string& body, std::chars_format format) {
  double out = 0;
  const auto [end, ec] = std::from_chars(body.data(), body.data() + body.size(), out, format);
  if (end != body.data() + body.size()) return std::nullopt;
  if (ec == std::errc::result_out_of_range) {
    // from_chars reports underflow too; Go returns the rounded (zero or subnormal) value then.
    const double rounded = format == std::chars_format::hex ? std::strtod(("0x" + body).c_str(), nullptr)
                                                            : std::strtod(body.c_str(), nullptr);
    if (std::isinf(rounded)) return std::nullopt;
    return rounded;
  }
  if (ec != std::errc()) return std::nullopt;
  return out;
}

std::string describe(const cel::Value& value) {
  if (const auto* e = value.get<cel::Error>()) return e->message;
  return fmt::format("'{}' is not a number", cel::to_display(value));
}

}  // namespace

std::optional<double> go_parse_float(std::string_view text) {
  if (auto value = special(text)) return value;
  std::string plain;  // without Go's digit separators, once they are known to be well placed
  if (text.find('_') != std::string_view::npos) {
    if (!underscores_ok(text)) return std::nullopt;
    for (const char c : text)
      if (c != '_') plain += c;
    text = plain;
  }
  const bool negative = !text.empty() && text.front() == '-';
  std::string_view s = text;
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) s.remove_prefix(1);
  std::optional<double> out;
  if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
    if (auto body = hex_body(s.substr(2))) out = parse_digits(*body, std::chars_format::hex);
  } else if (decimal_syntax(s)) {
    out = parse_digits(std::string(s), std::chars_format::general);
  }
  if (out && negative) *out = -*out;
  return out;
}

std::variant<double, std::string> metric_value(const cel::Value& value) {
  if (const auto* d = value.get<double>()) return *d;
  if (const auto* i = value.get<std::int64_t>()) return static_cast<double>(*i);
  if (const auto* u = value.get<std::uint64_t>()) return static_cast<double>(*u);
  if (const auto* b = value.get<bool>()) return *b ? 1.0 : 0.0;
  if (const auto* s = value.get<std::string>()) {
    if (auto parsed = go_parse_float(*s)) return *parsed;
    return fmt::format("\"{}\" is a string that is not a number", *s);
  }
  return describe(value);
}

std::variant<std::string, cel::Error> label_value(const cel::Value& value) {
  const cel::Value label = cel::to_label(value);
  if (const auto* e = label.get<cel::Error>()) return *e;
  std::string out = *label.get<std::string>();
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  if (out.size() > kMaxLabelBytes) {
    std::size_t end = kMaxLabelBytes;
    while (end > 0 && (static_cast<unsigned char>(out[end]) & 0xC0) == 0x80) --end;  // not inside a character
    out.resize(end);
  }
  return out;
}

}  // namespace telc::policytest
