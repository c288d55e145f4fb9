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
/// optional exponent with at least one digit. No underscores without a base prefix.
bool decimal_syntax(std::string_view s) {
  std::size_t i = 0;
  std::size_t digits = 0;
  while (i < s.size() && diag::is_ascii_digit(s[i])) ++i, ++digits;
  if (i < s.size() && s[i] == '.')
    for (++i; i < s.size() && diag::is_ascii_digit(s[i]); ++i) ++digits;
  if (digits == 0) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    const std::size_t start = i;
    while (i < s.size() && diag::is_ascii_digit(s[i])) ++i;
    if (i == start) return false;
  }
  return i == s.size();
}

bool is_hex_digit(char c) {
  return diag::is_ascii_digit(c) || (diag::ascii_lower(c) >= 'a' && diag::ascii_lower(c) <= 'f');
}

/// The hexadecimal mantissa and exponent after `0x`, with Go's underscores (only between digits,
/// or after the prefix) removed; nullopt when not Go's syntax (the `p` exponent is required).
std::optional<std::string> hex_body(std::string_view s) {
  std::string out;
  std::size_t digits = 0;
  std::size_t i = 0;
  char previous = 'x';  // underscores may follow the prefix
  for (; i < s.size() && (is_hex_digit(s[i]) || s[i] == '_' || s[i] == '.'); ++i) {
    if (s[i] == '_') {
      if (previous != 'x' && !is_hex_digit(previous)) return std::nullopt;
    } else {
      if (previous == '_' && !is_hex_digit(s[i])) return std::nullopt;
      digits += is_hex_digit(s[i]) ? 1 : 0;
      out += s[i];
    }
    previous = s[i];
  }
  if (digits == 0 || previous == '_' || i == s.size() || (s[i] != 'p' && s[i] != 'P')) return std::nullopt;
  out += 'p';
  std::size_t j = i + 1;
  if (j < s.size() && (s[j] == '+' || s[j] == '-')) out += s[j++];
  const std::size_t start = j;
  for (; j < s.size() && diag::is_ascii_digit(s[j]); ++j) out += s[j];
  if (j == start || j != s.size()) return std::nullopt;
  return out;
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
