// Go strconv behaviour, written from the Go language specification and strconv documentation.
#include "metricsql/go_strconv.hpp"

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>

#include "diag/ascii.hpp"
#include "diag/unicode.hpp"
#include "diag/utf8.hpp"

namespace telc::metricsql {
namespace {

std::size_t common_prefix_ignore_case(std::string_view text, std::string_view prefix) {
  std::size_t n = 0;
  while (n < text.size() && n < prefix.size() && diag::ascii_lower(text[n]) == prefix[n]) {
    ++n;
  }
  return n;
}

// Go accepts "inf", "infinity" (signed or not) and unsigned "nan", in any case.
std::optional<double> parse_special(std::string_view text) {
  double sign = 1;
  std::string_view rest = text;
  if (!rest.empty() && (rest[0] == '+' || rest[0] == '-')) {
    sign = rest[0] == '-' ? -1 : 1;
    rest.remove_prefix(1);
  } else if (!rest.empty() && diag::ascii_lower(rest[0]) == 'n') {
    if (rest.size() == 3 && common_prefix_ignore_case(rest, "nan") == 3) {
      return std::numeric_limits<double>::quiet_NaN();
    }
    return std::nullopt;
  }
  const std::size_t n = common_prefix_ignore_case(rest, "infinity");
  if ((n == 3 && rest.size() == 3) || (n == 8 && rest.size() == 8)) {
    return sign * std::numeric_limits<double>::infinity();
  }
  return std::nullopt;
}

// Underscores may only separate digits (or follow a base prefix).
bool underscore_ok(std::string_view text) {
  char saw = '^';
  std::size_t i = 0;
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
    text.remove_prefix(1);
  }
  bool hex = false;
  if (text.size() >= 2 && text[0] == '0' &&
      (diag::ascii_lower(text[1]) == 'b' || diag::ascii_lower(text[1]) == 'o' || diag::ascii_lower(text[1]) == 'x')) {
    i = 2;
    saw = '0';
    hex = diag::ascii_lower(text[1]) == 'x';
  }
  for (; i < text.size(); ++i) {
    if (diag::is_ascii_digit(text[i]) ||
        (hex && diag::ascii_lower(text[i]) >= 'a' && diag::ascii_lower(text[i]) <= 'f')) {
      saw = '0';
    } else if (text[i] == '_') {
      if (saw != '0') {
        return false;
      }
      saw = '_';
    } else {
      if (saw == '_') {
        return false;
      }
      saw = '!';
    }
  }
  return saw != '_';
}

struct FloatSyntax {
  bool ok = false;
  bool underscores = false;
};

std::size_t scan_mantissa(std::string_view text, std::size_t index, bool hex, bool& digits, bool& underscores) {
  bool dot = false;
  for (; index < text.size(); ++index) {
    const char c = text[index];
    if (c == '_') {
      underscores = true;
    } else if (c == '.') {
      if (dot) {
        break;
      }
      dot = true;
    } else if (diag::is_ascii_digit(c) || (hex && diag::hex_value(c) >= 0)) {
      digits = true;
    } else {
      break;
    }
  }
  return index;
}

// The syntax check of Go's readFloat; the whole string must be consumed.
FloatSyntax check_float_syntax(std::string_view text) {
  FloatSyntax out;
  std::size_t i = 0;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
    ++i;
  }
  const bool hex = i + 2 < text.size() && text[i] == '0' && diag::ascii_lower(text[i + 1]) == 'x';
  if (hex) {
    i += 2;
  }
  bool digits = false;
  i = scan_mantissa(text, i, hex, digits, out.underscores);
  if (!digits) {
    return out;
  }
  if (i < text.size() && diag::ascii_lower(text[i]) == (hex ? 'p' : 'e')) {
    ++i;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
      ++i;
    }
    if (i >= text.size() || !diag::is_ascii_digit(text[i])) {
      return out;
    }
    for (; i < text.size() && (diag::is_ascii_digit(text[i]) || text[i] == '_'); ++i) {
      out.underscores |= text[i] == '_';
    }
  } else if (hex) {
    return out;
  }
  out.ok = i == text.size() && (!out.underscores || underscore_ok(text));
  return out;
}

}  // namespace

std::optional<double> go_parse_float(std::string_view text) {
  if (auto special = parse_special(text)) {
    return special;
  }
  const FloatSyntax syntax = check_float_syntax(text);
  if (!syntax.ok) {
    return std::nullopt;
  }
  std::string clean;
  clean.reserve(text.size());
  for (char c : text) {
    if (c != '_') {
      clean.push_back(c);
    }
  }
  errno = 0;
  char* end = nullptr;
  const double v = std::strtod(clean.c_str(), &end);
  if (std::isinf(v)) {
    return std::nullopt;  // Go reports overflow as a range error
  }
  return v;
}

namespace {

std::optional<std::uint64_t> parse_uint_digits(std::string_view text, unsigned base, bool& underscores) {
  if (text.empty()) {
    return std::nullopt;
  }
  std::uint64_t n = 0;
  for (char c : text) {
    if (c == '_') {
      underscores = true;
      continue;
    }
    unsigned d = 0;
    if (diag::is_ascii_digit(c)) {
      d = static_cast<unsigned>(c - '0');
    } else if (diag::ascii_lower(c) >= 'a' && diag::ascii_lower(c) <= 'z') {
      d = static_cast<unsigned>(diag::ascii_lower(c) - 'a' + 10);
    } else {
      return std::nullopt;
    }
    if (d >= base || n > (std::numeric_limits<std::uint64_t>::max() - d) / base) {
      return std::nullopt;
    }
    n = n * base + d;
  }
  return n;
}

}  // namespace

std::optional<std::int64_t> go_parse_int(std::string_view text) {
  const std::string_view whole = text;
  bool negative = false;
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) {
    negative = text[0] == '-';
    text.remove_prefix(1);
  }
  if (text.empty()) {
    return std::nullopt;
  }
  unsigned base = 10;
  if (text[0] == '0') {
    if (text.size() >= 3 && diag::ascii_lower(text[1]) == 'b') {
      base = 2, text.remove_prefix(2);
    } else if (text.size() >= 3 && diag::ascii_lower(text[1]) == 'o') {
      base = 8, text.remove_prefix(2);
    } else if (text.size() >= 3 && diag::ascii_lower(text[1]) == 'x') {
      base = 16, text.remove_prefix(2);
    } else {
      base = 8, text.remove_prefix(1);
      if (text.empty()) {
        return 0;
      }
    }
  }
  bool underscores = false;
  const auto n = parse_uint_digits(text, base, underscores);
  if (!n || (underscores && !underscore_ok(whole))) {
    return std::nullopt;
  }
  const std::uint64_t limit = negative ? (1ULL << 63) : (1ULL << 63) - 1;
  if (*n > limit) {
    return std::nullopt;
  }
  return negative ? static_cast<std::int64_t>(0 - *n) : static_cast<std::int64_t>(*n);
}

std::optional<std::int64_t> go_atoi(std::string_view text) {
  bool negative = false;
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) {
    negative = text[0] == '-';
    text.remove_prefix(1);
  }
  if (text.empty()) {
    return std::nullopt;
  }
  std::uint64_t n = 0;
  for (char c : text) {
    if (!diag::is_ascii_digit(c) || n > ((1ULL << 63) - static_cast<unsigned>(c - '0')) / 10) {
      return std::nullopt;
    }
    n = n * 10 + static_cast<unsigned>(c - '0');
  }
  if (!negative && n > (1ULL << 63) - 1) {
    return std::nullopt;
  }
  return negative ? static_cast<std::int64_t>(0 - n) : static_cast<std::int64_t>(n);
}

namespace {

void append_exponent(std::string& out, int exp) {
  out.push_back('e');
  out.push_back(exp < 0 ? '-' : '+');
  exp = exp < 0 ? -exp : exp;
  if (exp < 10) {
    out.push_back('0');
  }
  out += std::to_string(exp);
}

}  // namespace

void go_append_float(std::string& out, double value) {
  if (std::isnan(value)) {
    out += "NaN";
    return;
  }
  if (std::isinf(value)) {
    out += value > 0 ? "+Inf" : "-Inf";
    return;
  }
  char buf[64];
  const auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
  std::string_view sci(buf, static_cast<std::size_t>(res.ptr - buf));
  if (!sci.empty() && sci[0] == '-') {
    out.push_back('-');
    sci.remove_prefix(1);
  }
  const std::size_t e = sci.find('e');
  std::string digits;
  for (char c : sci.substr(0, e)) {
    if (c != '.') {
      digits.push_back(c);
    }
  }
  int exp = 0;
  std::from_chars(sci.data() + e + (sci[e + 1] == '+' ? 2 : 1), sci.data() + sci.size(), exp);
  if (exp < -4 || exp >= 6) {
    out.push_back(digits[0]);
    if (digits.size() > 1) {
      out.push_back('.');
      out.append(digits, 1);
    }
    append_exponent(out, exp);
    return;
  }
  const int nd = static_cast<int>(digits.size());
  if (exp < 0) {
    out += "0.";
    out.append(static_cast<std::size_t>(-exp - 1), '0');
    out += digits;
    return;
  }
  const int int_digits = exp + 1;
  for (int i = 0; i < int_digits; ++i) {
    out.push_back(i < nd ? digits[static_cast<std::size_t>(i)] : '0');
  }
  if (nd > int_digits) {
    out.push_back('.');
    out.append(digits, static_cast<std::size_t>(int_digits));
  }
}

namespace {

constexpr char kHexDigits[] = "0123456789abcdef";

void append_hex(std::string& out, char prefix, std::uint32_t value, int width) {
  out.push_back('\\');
  out.push_back(prefix);
  for (int shift = (width - 1) * 4; shift >= 0; shift -= 4) {
    out.push_back(kHexDigits[(value >> shift) & 0xf]);
  }
}

void append_quoted_rune(std::string& out, char32_t code_point) {
  switch (code_point) {
    case '\a': out += "\\a"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    case '\v': out += "\\v"; return;
    default: break;
  }
  if (code_point < ' ' || code_point == 0x7f) {
    append_hex(out, 'x', code_point, 2);
  } else if (code_point < 0x10000) {
    append_hex(out, 'u', code_point, 4);
  } else {
    append_hex(out, 'U', code_point, 8);
  }
}

}  // namespace

void go_append_quote(std::string& out, std::string_view text) {
  out.push_back('"');
  for (std::size_t i = 0; i < text.size();) {
    const diag::Decoded r = diag::decode(text.substr(i));
    if (!r.valid) {
      append_hex(out, 'x', static_cast<unsigned char>(text[i]), 2);
    } else if (r.code_point == '"' || r.code_point == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(r.code_point));
    } else if (diag::is_print(r.code_point)) {
      out.append(text.substr(i, r.length));
    } else {
      append_quoted_rune(out, r.code_point);
    }
    i += r.length;
  }
  out.push_back('"');
}

namespace {

std::optional<std::uint32_t> read_hex(std::string_view text, std::size_t count) {
  if (text.size() < count) {
    return std::nullopt;
  }
  std::uint32_t v = 0;
  for (std::size_t i = 0; i < count; ++i) {
    if (diag::hex_value(text[i]) < 0) {
      return std::nullopt;
    }
    v = v * 16 + static_cast<std::uint32_t>(diag::is_ascii_digit(text[i]) ? text[i] - '0'
                                                                          : diag::ascii_lower(text[i]) - 'a' + 10);
  }
  return v;
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

// One escape sequence after a backslash (s starts after the backslash); returns bytes consumed.
std::size_t unquote_escape(std::string_view text, std::string& out) {
  if (text.empty()) {
    return 0;
  }
  const char c = text[0];
  if (const char simple = simple_escape(c)) {
    out.push_back(simple);
    return 1;
  }
  if (c == 'x' || c == 'u' || c == 'U') {
    const std::size_t n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
    const auto v = read_hex(text.substr(1), n);
    if (!v || (c != 'x' && (*v > 0x10ffff || (*v >= 0xd800 && *v <= 0xdfff)))) {
      return 0;
    }
    if (c == 'x') {
      out.push_back(static_cast<char>(*v));
    } else {
      diag::append_utf8(out, *v);
    }
    return n + 1;
  }
  if (c >= '0' && c <= '7') {
    if (text.size() < 3 || text[1] < '0' || text[1] > '7' || text[2] < '0' || text[2] > '7') {
      return 0;
    }
    const int v = (c - '0') * 64 + (text[1] - '0') * 8 + (text[2] - '0');
    if (v > 255) {
      return 0;
    }
    out.push_back(static_cast<char>(v));
    return 3;
  }
  return 0;
}

std::optional<std::string> unquote_double(std::string_view body) {
  std::string out;
  out.reserve(body.size());
  for (std::size_t i = 0; i < body.size();) {
    const char c = body[i];
    if (c == '"' || c == '\n') {
      return std::nullopt;
    }
    if (c == '\\') {
      const std::size_t n = unquote_escape(body.substr(i + 1), out);
      if (n == 0) {
        return std::nullopt;
      }
      i += n + 1;
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      const diag::Decoded r = diag::decode(body.substr(i));
      diag::append_utf8(out, r.code_point);  // invalid UTF-8 becomes U+FFFD, as in Go
      i += r.length;
    } else {
      out.push_back(c);
      ++i;
    }
  }
  return out;
}

}  // namespace

std::optional<std::string> go_unquote(std::string_view text) {
  if (text.size() < 2 || text.front() != text.back()) {
    return std::nullopt;
  }
  const std::string_view body = text.substr(1, text.size() - 2);
  if (text.front() == '`') {
    if (body.find('`') != std::string_view::npos) {
      return std::nullopt;
    }
    std::string out;
    for (char c : body) {
      if (c != '\r') {
        out.push_back(c);
      }
    }
    return out;
  }
  if (text.front() != '"') {
    return std::nullopt;
  }
  return unquote_double(body);
}

}  // namespace telc::metricsql
