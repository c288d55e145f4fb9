// Token scanners. They follow the reference lexer (lexer.go) rule for rule, including its
// quirks (`:` as an identifier character, `5m-m` scanning as one duration), because the
// canonical output and the accept/reject verdicts depend on them.
#include "metricsql/lexer.hpp"

#include "metricsql/go_strconv.hpp"

namespace telc::metricsql {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }

int from_hex(char c) {
  if (is_digit(c)) {
    return c - '0';
  }
  if (lower(c) >= 'a' && lower(c) <= 'f') {
    return lower(c) - 'a' + 10;
  }
  return -1;
}

// Go's toHex works on a byte and wraps; kept so escapes of large code points match.
char to_hex(unsigned n) {
  n &= 0xff;
  return static_cast<char>(n < 10 ? '0' + n : static_cast<unsigned char>('a' + n - 10));
}

std::size_t scan_hex_escape(std::string_view s, std::size_t digits, char32_t& value) {
  if (s.size() < digits + 1) {
    return 0;
  }
  value = 0;
  for (std::size_t i = 1; i <= digits; ++i) {
    const int h = from_hex(s[i]);
    if (h < 0) {
      return 0;
    }
    value = (value << 4) | static_cast<char32_t>(h);
  }
  return digits + 1;
}

}  // namespace

bool is_first_ident_char(char32_t r) { return is_letter(r) || r == '_' || r == ':'; }

bool is_ident_char(char32_t r) { return is_first_ident_char(r) || (r >= '0' && r <= '9') || r == '.'; }

diag::Decoded decode_escape(std::string_view s) {
  constexpr diag::Decoded kNoEscape{diag::kReplacementCharacter, 0, false};
  if (s.empty()) {
    return kNoEscape;
  }
  if (s[0] == 'x' || s[0] == 'X' || s[0] == 'u' || s[0] == 'U') {
    char32_t value = 0;
    const std::size_t n = scan_hex_escape(s, (s[0] == 'x' || s[0] == 'X') ? 2 : 4, value);
    return n == 0 ? kNoEscape : diag::Decoded{value, n, true};
  }
  const diag::Decoded r = diag::decode(s);
  if (r.code_point != diag::kReplacementCharacter && is_print(r.code_point)) {
    return r;
  }
  return kNoEscape;
}

bool is_ident_prefix(std::string_view s) {
  if (s.empty()) {
    return false;
  }
  const char32_t first = diag::decode(s).code_point;
  if (first == '\\') {
    return decode_escape(s.substr(1)).valid;
  }
  return is_first_ident_char(first);
}

std::size_t scan_trivia(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    if (is_space(s[i])) {
      ++i;
    } else if (s[i] == '#') {
      const std::size_t nl = s.find('\n', i);
      i = nl == std::string_view::npos ? s.size() : nl + 1;
    } else {
      break;
    }
  }
  return i;
}

std::size_t scan_ident(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const diag::Decoded r = diag::decode(s.substr(i));
    if (i == 0 ? is_first_ident_char(r.code_point) : is_ident_char(r.code_point)) {
      i += r.length;
      continue;
    }
    if (r.code_point != '\\') {
      break;
    }
    const diag::Decoded esc = decode_escape(s.substr(i + 1));
    if (!esc.valid) {
      break;
    }
    i += 1 + esc.length;
  }
  return i;
}

std::size_t scan_string(std::string_view s) {
  if (s.size() < 2) {
    return 0;
  }
  const char quote = s[0];
  for (std::size_t i = 1;;) {
    const std::size_t n = s.find(quote, i);
    if (n == std::string_view::npos) {
      return 0;
    }
    std::size_t backslashes = 0;
    while (backslashes < n && s[n - backslashes - 1] == '\\') {
      ++backslashes;
    }
    if (backslashes % 2 == 0) {
      return n + 1;
    }
    i = n + 1;
  }
}

std::size_t scan_binary_op(std::string_view s) {
  if (s.empty()) {
    return 0;
  }
  const bool eq_next = s.size() > 1 && s[1] == '=';
  switch (s[0]) {
    case '+':
    case '-':
    case '*':
    case '/':
    case '%':
    case '^': return 1;
    case '=':
    case '!': return eq_next ? 2 : 0;
    case '<':
    case '>': return eq_next ? 2 : 1;
    default: return 0;
  }
}

namespace {

std::size_t scan_single_duration(std::string_view s, bool can_be_negative) {
  if (s.empty()) {
    return 0;
  }
  std::size_t i = 0;
  if (s[0] == '-' && can_be_negative) {
    ++i;
  }
  if (s.substr(i) == "$__interval") {
    return i + 11;
  }
  while (i < s.size() && is_digit(s[i])) {
    ++i;
  }
  if (i == 0 || i == s.size()) {
    return 0;
  }
  if (s[i] == '.') {
    const std::size_t j = i++;
    while (i < s.size() && is_digit(s[i])) {
      ++i;
    }
    if (i == j || i == s.size()) {
      return 0;
    }
  }
  switch (lower(s[i])) {
    case 'm':
      if (i + 1 < s.size()) {
        const char next = lower(s[i + 1]);
        if (next == 's') {
          return i + 2;
        }
        if (next == 'i' || next == 'b') {
          return 0;  // Mi / MB are number suffixes
        }
      }
      return s[i] == 'm' ? i + 1 : 0;  // a lone upper-case M means mega
    case 's':
    case 'h':
    case 'd':
    case 'w':
    case 'y':
    case 'i': return i + 1;
    default: return 0;
  }
}

std::size_t scan_multiplier(std::string_view s) {
  const char a = s.empty() ? 0 : lower(s[0]);
  if (a != 'k' && a != 'm' && a != 'g' && a != 't') {
    return 0;
  }
  const char b = s.size() > 1 ? lower(s[1]) : 0;
  if (b == 'i') {
    return (s.size() > 2 && lower(s[2]) == 'b') ? 3 : 2;
  }
  return b == 'b' ? 2 : 1;
}

std::size_t scan_special_integer_prefix(std::string_view s, bool& hex) {
  hex = false;
  if (s.size() < 2 || s[0] != '0') {
    return 0;
  }
  const char c = lower(s[1]);
  if (is_digit(c)) {
    return 1;
  }
  hex = c == 'x';
  return (c == 'x' || c == 'o' || c == 'b') ? 2 : 0;
}

std::size_t scan_digits(std::string_view s, std::size_t i, bool underscores) {
  while (i < s.size() && (is_digit(s[i]) || (underscores && s[i] == '_'))) {
    ++i;
  }
  return i;
}

std::size_t scan_exponent(std::string_view s, std::size_t i, bool& error) {
  ++i;  // 'e' or 'E'
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) {
    ++i;
  }
  const std::size_t j = scan_digits(s, i, false);
  error = j == i;
  return error ? 0 : j;
}

}  // namespace

std::size_t scan_duration(std::string_view s) {
  std::size_t n = scan_single_duration(s, false);
  if (n == 0) {
    return 0;
  }
  while (const std::size_t part = scan_single_duration(s.substr(n), true)) {
    n += part;
  }
  return n;
}

bool is_number_prefix(std::string_view s) {
  return !s.empty() && (is_digit(s[0]) || (s[0] == '.' && s.size() > 1 && is_digit(s[1])));
}

std::size_t scan_number(std::string_view s, bool& error) {
  error = false;
  bool hex = false;
  std::size_t i = scan_special_integer_prefix(s, hex);
  if (hex) {
    while (i < s.size() && from_hex(s[i]) >= 0) {
      ++i;
    }
    return i;
  }
  i = scan_digits(s, i, true);
  if (i == s.size()) {
    return i;
  }
  if (const std::size_t m = scan_multiplier(s.substr(i))) {
    return i + m;
  }
  if (s[i] == '.') {
    i = scan_digits(s, i + 1, true);
    if (i == s.size()) {
      return i;
    }
    if (const std::size_t m = scan_multiplier(s.substr(i))) {
      return i + m;
    }
  }
  if (s[i] != 'e' && s[i] != 'E') {
    return i;
  }
  return scan_exponent(s, i, error);
}

std::size_t scan_interval_var(std::string_view s) {
  if (s.starts_with("$__interval")) {
    return 11;
  }
  return s.starts_with("$__rate_interval") ? 16 : 0;
}

std::string unescape_ident(std::string_view s) {
  std::size_t n = s.find('\\');
  if (n == std::string_view::npos) {
    return std::string(s);
  }
  std::string out;
  out.reserve(s.size());
  while (n != std::string_view::npos) {
    out.append(s.substr(0, n));
    s.remove_prefix(n + 1);
    const diag::Decoded r = decode_escape(s);
    if (!r.valid) {
      out.push_back('\\');
    } else {
      diag::append_utf8(out, r.code_point);
      s.remove_prefix(r.length);
    }
    n = s.find('\\');
  }
  out.append(s);
  return out;
}

void append_escaped_ident(std::string& out, std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const diag::Decoded r = diag::decode(s.substr(i));
    const char32_t c = r.code_point;
    if (i == 0 ? is_first_ident_char(c) : is_ident_char(c)) {
      diag::append_utf8(out, c);
    } else {
      out.push_back('\\');
      if (is_print(c)) {
        diag::append_utf8(out, c);
      } else if (c < 256) {
        out += {'x', to_hex(c >> 4), to_hex(c & 0xf)};
      } else {
        out += {'u', to_hex(c >> 12), to_hex((c >> 8) & 0xf), to_hex(c >> 4), to_hex(c & 0xf)};
      }
    }
    i += r.length;
  }
}

bool is_special_integer_prefix(std::string_view s) {
  bool hex = false;
  return scan_special_integer_prefix(s, hex) > 0;
}

namespace {

struct Suffix {
  std::string_view text;
  double multiplier;
};

// Order matters: the longest suffix of each family is tried first.
constexpr Suffix kSuffixes[] = {
    {"kib", 1024.0},          {"ki", 1024.0},          {"kb", 1e3},  {"k", 1e3},
    {"mib", 1048576.0},       {"mi", 1048576.0},       {"mb", 1e6},  {"m", 1e6},
    {"gib", 1073741824.0},    {"gi", 1073741824.0},    {"gb", 1e9},  {"g", 1e9},
    {"tib", 1099511627776.0}, {"ti", 1099511627776.0}, {"tb", 1e12}, {"t", 1e12},
};

}  // namespace

std::optional<double> parse_positive_number(std::string_view s) {
  if (is_special_integer_prefix(s)) {
    const auto n = go_parse_int(s);
    return n ? std::optional<double>(static_cast<double>(*n)) : std::nullopt;
  }
  std::string low(s);
  for (char& c : low) {
    c = lower(c);
  }
  double multiplier = 1;
  for (const Suffix& suffix : kSuffixes) {
    if (std::string_view(low).ends_with(suffix.text)) {
      low.resize(low.size() - suffix.text.size());
      multiplier = suffix.multiplier;
      break;
    }
  }
  const auto v = go_parse_float(low);
  return v ? std::optional<double>(*v * multiplier) : std::nullopt;
}

bool is_valid_duration(std::string_view s) {
  if (s.empty()) {
    return false;
  }
  const char last = s.back();
  if ((is_digit(last) || last == '.') && go_parse_float(s)) {
    return true;
  }
  while (!s.empty()) {
    const std::size_t n = scan_single_duration(s, true);
    if (n == 0) {
      return false;
    }
    std::string_view part = s.substr(0, n);
    s.remove_prefix(n);
    if (part == "$__interval" || part == "-$__interval") {
      continue;
    }
    std::string_view num = part.substr(0, part.size() - 1);
    if (!num.empty() && lower(num.back()) == 'm') {
      num.remove_suffix(1);
    }
    if (!go_parse_float(num)) {
      return false;
    }
  }
  return true;
}

bool is_positive_duration(std::string_view s) {
  if (s == "$__interval") {
    return true;
  }
  return !s.empty() && scan_duration(s) == s.size();
}

bool iequals_ascii(std::string_view a, std::string_view lower_b) {
  if (a.size() != lower_b.size()) {
    return false;
  }
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (lower(a[i]) != lower_b[i]) {
      return false;
    }
  }
  return true;
}

}  // namespace telc::metricsql
