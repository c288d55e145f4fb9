// Go strconv behaviour, written from the Go language specification and strconv documentation.
#include "metricsql/go_strconv.hpp"

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>

#include "diag/utf8.hpp"
#include "metricsql/unicode.hpp"

namespace telc::metricsql {
namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_digit(c) || (lower(c) >= 'a' && lower(c) <= 'f'); }

std::size_t common_prefix_ignore_case(std::string_view s, std::string_view prefix) {
  std::size_t n = 0;
  while (n < s.size() && n < prefix.size() && lower(s[n]) == prefix[n]) {
    ++n;
  }
  return n;
}

// Go accepts "inf", "infinity" (signed or not) and unsigned "nan", in any case.
std::optional<double> parse_special(std::string_view s) {
  double sign = 1;
  std::string_view rest = s;
  if (!rest.empty() && (rest[0] == '+' || rest[0] == '-')) {
    sign = rest[0] == '-' ? -1 : 1;
    rest.remove_prefix(1);
  } else if (!rest.empty() && lower(rest[0]) == 'n') {
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
bool underscore_ok(std::string_view s) {
  char saw = '^';
  std::size_t i = 0;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    s.remove_prefix(1);
  }
  bool hex = false;
  if (s.size() >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
    i = 2;
    saw = '0';
    hex = lower(s[1]) == 'x';
  }
  for (; i < s.size(); ++i) {
    if (is_digit(s[i]) || (hex && lower(s[i]) >= 'a' && lower(s[i]) <= 'f')) {
      saw = '0';
    } else if (s[i] == '_') {
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

std::size_t scan_mantissa(std::string_view s, std::size_t i, bool hex, bool& digits, bool& underscores) {
  bool dot = false;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '_') {
      underscores = true;
    } else if (c == '.') {
      if (dot) {
        break;
      }
      dot = true;
    } else if (is_digit(c) || (hex && is_hex(c))) {
      digits = true;
    } else {
      break;
    }
  }
  return i;
}

// The syntax check of Go's readFloat; the whole string must be consumed.
FloatSyntax check_float_syntax(std::string_view s) {
  FloatSyntax out;
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
    ++i;
  }
  const bool hex = i + 2 < s.size() && s[i] == '0' && lower(s[i + 1]) == 'x';
  if (hex) {
    i += 2;
  }
  bool digits = false;
  i = scan_mantissa(s, i, hex, digits, out.underscores);
  if (!digits) {
    return out;
  }
  if (i < s.size() && lower(s[i]) == (hex ? 'p' : 'e')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
      ++i;
    }
    if (i >= s.size() || !is_digit(s[i])) {
      return out;
    }
    for (; i < s.size() && (is_digit(s[i]) || s[i] == '_'); ++i) {
      out.underscores |= s[i] == '_';
    }
  } else if (hex) {
    return out;
  }
  out.ok = i == s.size() && (!out.underscores || underscore_ok(s));
  return out;
}

}  // namespace

std::optional<double> go_parse_float(std::string_view s) {
  if (auto special = parse_special(s)) {
    return special;
  }
  const FloatSyntax syntax = check_float_syntax(s);
  if (!syntax.ok) {
    return std::nullopt;
  }
  std::string clean;
  clean.reserve(s.size());
  for (char c : s) {
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

std::optional<std::uint64_t> parse_uint_digits(std::string_view s, unsigned base, bool& underscores) {
  if (s.empty()) {
    return std::nullopt;
  }
  std::uint64_t n = 0;
  for (char c : s) {
    if (c == '_') {
      underscores = true;
      continue;
    }
    unsigned d = 0;
    if (is_digit(c)) {
      d = static_cast<unsigned>(c - '0');
    } else if (lower(c) >= 'a' && lower(c) <= 'z') {
      d = static_cast<unsigned>(lower(c) - 'a' + 10);
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

std::optional<std::int64_t> go_parse_int(std::string_view s) {
  const std::string_view whole = s;
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  if (s.empty()) {
    return std::nullopt;
  }
  unsigned base = 10;
  if (s[0] == '0') {
    if (s.size() >= 3 && lower(s[1]) == 'b') {
      base = 2, s.remove_prefix(2);
    } else if (s.size() >= 3 && lower(s[1]) == 'o') {
      base = 8, s.remove_prefix(2);
    } else if (s.size() >= 3 && lower(s[1]) == 'x') {
      base = 16, s.remove_prefix(2);
    } else {
      base = 8, s.remove_prefix(1);
      if (s.empty()) {
        return 0;
      }
    }
  }
  bool underscores = false;
  const auto n = parse_uint_digits(s, base, underscores);
  if (!n || (underscores && !underscore_ok(whole))) {
    return std::nullopt;
  }
  const std::uint64_t limit = negative ? (1ULL << 63) : (1ULL << 63) - 1;
  if (*n > limit) {
    return std::nullopt;
  }
  return negative ? static_cast<std::int64_t>(0 - *n) : static_cast<std::int64_t>(*n);
}

std::optional<std::int64_t> go_atoi(std::string_view s) {
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  if (s.empty()) {
    return std::nullopt;
  }
  std::uint64_t n = 0;
  for (char c : s) {
    if (!is_digit(c) || n > ((1ULL << 63) - static_cast<unsigned>(c - '0')) / 10) {
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

void go_append_float(std::string& out, double v) {
  if (std::isnan(v)) {
    out += "NaN";
    return;
  }
  if (std::isinf(v)) {
    out += v > 0 ? "+Inf" : "-Inf";
    return;
  }
  char buf[64];
  const auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
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

void append_hex(std::string& out, char prefix, std::uint32_t v, int width) {
  out.push_back('\\');
  out.push_back(prefix);
  for (int shift = (width - 1) * 4; shift >= 0; shift -= 4) {
    out.push_back(kHexDigits[(v >> shift) & 0xf]);
  }
}

void append_quoted_rune(std::string& out, char32_t r) {
  switch (r) {
    case '\a': out += "\\a"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    case '\v': out += "\\v"; return;
    default: break;
  }
  if (r < ' ' || r == 0x7f) {
    append_hex(out, 'x', r, 2);
  } else if (r < 0x10000) {
    append_hex(out, 'u', r, 4);
  } else {
    append_hex(out, 'U', r, 8);
  }
}

}  // namespace

void go_append_quote(std::string& out, std::string_view s) {
  out.push_back('"');
  for (std::size_t i = 0; i < s.size();) {
    const diag::Decoded r = diag::decode(s.substr(i));
    if (!r.valid) {
      append_hex(out, 'x', static_cast<unsigned char>(s[i]), 2);
    } else if (r.code_point == '"' || r.code_point == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(r.code_point));
    } else if (is_print(r.code_point)) {
      out.append(s.substr(i, r.length));
    } else {
      append_quoted_rune(out, r.code_point);
    }
    i += r.length;
  }
  out.push_back('"');
}

namespace {

std::optional<std::uint32_t> read_hex(std::string_view s, std::size_t n) {
  if (s.size() < n) {
    return std::nullopt;
  }
  std::uint32_t v = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (!is_hex(s[i])) {
      return std::nullopt;
    }
    v = v * 16 + static_cast<std::uint32_t>(is_digit(s[i]) ? s[i] - '0' : lower(s[i]) - 'a' + 10);
  }
  return v;
}

char simple_escape(char c) {
  switch (c) {
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
std::size_t unquote_escape(std::string_view s, std::string& out) {
  if (s.empty()) {
    return 0;
  }
  const char c = s[0];
  if (const char simple = simple_escape(c)) {
    out.push_back(simple);
    return 1;
  }
  if (c == 'x' || c == 'u' || c == 'U') {
    const std::size_t n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
    const auto v = read_hex(s.substr(1), n);
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
    if (s.size() < 3 || s[1] < '0' || s[1] > '7' || s[2] < '0' || s[2] > '7') {
      return 0;
    }
    const int v = (c - '0') * 64 + (s[1] - '0') * 8 + (s[2] - '0');
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

std::optional<std::string> go_unquote(std::string_view s) {
  if (s.size() < 2 || s.front() != s.back()) {
    return std::nullopt;
  }
  const std::string_view body = s.substr(1, s.size() - 2);
  if (s.front() == '`') {
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
  if (s.front() != '"') {
    return std::nullopt;
  }
  return unquote_double(body);
}

}  // namespace telc::metricsql
