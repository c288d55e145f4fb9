// Token scanners. They follow the reference lexer (lexer.go) rule for rule, including its
// quirks (`:` as an identifier character, `5m-m` scanning as one duration), because the
// canonical output and the accept/reject verdicts depend on them.
#include "metricsql/lexer.hpp"

#include "diag/ascii.hpp"
#include "diag/utf8.hpp"
#include "metricsql/go_strconv.hpp"

namespace telc::metricsql {
namespace {

/// An ASCII character other than the escape: one byte, one code point.
bool is_plain_ascii(char ch) { return static_cast<unsigned char>(ch) < 0x80 && ch != '\\'; }

/// is_first_ident_char / is_ident_char for an ASCII byte, without the Unicode tables.
bool is_ascii_ident(char ch, bool first) {
  if (diag::is_ascii_alpha(ch) || ch == '_' || ch == ':') {
    return true;
  }
  return !first && (diag::is_ascii_digit(ch) || ch == '.');
}

bool is_space(char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\v' || ch == '\f' || ch == '\r'; }

// Go's toHex works on a byte and wraps; kept so escapes of large code points match.
char to_hex(unsigned count) {
  count &= 0xff;
  return static_cast<char>(count < 10 ? '0' + count : static_cast<unsigned char>('a' + count - 10));
}

std::size_t scan_hex_escape(std::string_view text, std::size_t digits, char32_t& value) {
  if (text.size() < digits + 1) {
    return 0;
  }
  value = 0;
  for (std::size_t i = 1; i <= digits; ++i) {
    const int h = diag::hex_value(text[i]);
    if (h < 0) {
      return 0;
    }
    value = (value << 4) | static_cast<char32_t>(h);
  }
  return digits + 1;
}

}  // namespace

bool is_first_ident_char(char32_t code_point) {
  return diag::is_letter(code_point) || code_point == '_' || code_point == ':';
}

bool is_ident_char(char32_t code_point) {
  return is_first_ident_char(code_point) || (code_point >= '0' && code_point <= '9') || code_point == '.';
}

diag::Decoded decode_escape(std::string_view text) {
  constexpr diag::Decoded kNoEscape{diag::kReplacementCharacter, 0, false};
  if (text.empty()) {
    return kNoEscape;
  }
  if (text[0] == 'x' || text[0] == 'X' || text[0] == 'u' || text[0] == 'U') {
    char32_t value = 0;
    const std::size_t n = scan_hex_escape(text, (text[0] == 'x' || text[0] == 'X') ? 2 : 4, value);
    return n == 0 ? kNoEscape : diag::Decoded{value, n, true};
  }
  const diag::Decoded r = diag::decode(text);
  if (r.code_point != diag::kReplacementCharacter && diag::is_print(r.code_point)) {
    return r;
  }
  return kNoEscape;
}

bool is_ident_prefix(std::string_view text) {
  if (text.empty()) {
    return false;
  }
  if (is_plain_ascii(text[0])) {
    return is_ascii_ident(text[0], true);
  }
  const char32_t first = diag::decode(text).code_point;
  if (first == '\\') {
    return decode_escape(text.substr(1)).valid;
  }
  return is_first_ident_char(first);
}

std::size_t scan_trivia(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (is_space(text[i])) {
      ++i;
    } else if (text[i] == '#') {
      const std::size_t nl = text.find('\n', i);
      i = nl == std::string_view::npos ? text.size() : nl + 1;
    } else {
      break;
    }
  }
  return i;
}

std::size_t scan_ident(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (is_plain_ascii(text[i])) {  // most identifiers: no decoding
      if (!is_ascii_ident(text[i], i == 0)) {
        break;
      }
      ++i;
      continue;
    }
    const diag::Decoded r = diag::decode(text.substr(i));
    if (i == 0 ? is_first_ident_char(r.code_point) : is_ident_char(r.code_point)) {
      i += r.length;
      continue;
    }
    if (r.code_point != '\\') {
      break;
    }
    const diag::Decoded esc = decode_escape(text.substr(i + 1));
    if (!esc.valid) {
      break;
    }
    i += 1 + esc.length;
  }
  return i;
}

namespace {

struct IdentMemo {
  const char* at = nullptr;
  std::size_t size = 0;
  std::size_t length = 0;
};
thread_local IdentMemo ident_memo;  // parses run on several threads, each on its own query

}  // namespace

std::size_t scan_ident_token(std::string_view text) {
  IdentMemo& memo = ident_memo;
  if (text.data() == memo.at && text.size() == memo.size) {
    return memo.length;
  }
  const std::size_t length = is_ident_prefix(text) ? scan_ident(text) : 0;
  memo = {text.data(), text.size(), length};
  return length;
}

void forget_ident_token() { ident_memo = {}; }

std::size_t scan_string(std::string_view text) {
  if (text.size() < 2) {
    return 0;
  }
  const char quote = text[0];
  for (std::size_t i = 1;;) {
    const std::size_t n = text.find(quote, i);
    if (n == std::string_view::npos) {
      return 0;
    }
    std::size_t backslashes = 0;
    while (backslashes < n && text[n - backslashes - 1] == '\\') {
      ++backslashes;
    }
    if (backslashes % 2 == 0) {
      return n + 1;
    }
    i = n + 1;
  }
}

std::size_t scan_binary_op(std::string_view text) {
  if (text.empty()) {
    return 0;
  }
  const bool eq_next = text.size() > 1 && text[1] == '=';
  switch (text[0]) {
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

std::size_t scan_single_duration(std::string_view text, bool can_be_negative) {
  if (text.empty()) {
    return 0;
  }
  std::size_t i = 0;
  if (text[0] == '-' && can_be_negative) {
    ++i;
  }
  if (text.substr(i) == "$__interval") {
    return i + 11;
  }
  while (i < text.size() && diag::is_ascii_digit(text[i])) {
    ++i;
  }
  if (i == 0 || i == text.size()) {
    return 0;
  }
  if (text[i] == '.') {
    const std::size_t j = i++;
    while (i < text.size() && diag::is_ascii_digit(text[i])) {
      ++i;
    }
    if (i == j || i == text.size()) {
      return 0;
    }
  }
  switch (diag::ascii_lower(text[i])) {
    case 'm':
      if (i + 1 < text.size()) {
        const char next = diag::ascii_lower(text[i + 1]);
        if (next == 's') {
          return i + 2;
        }
        if (next == 'i' || next == 'b') {
          return 0;  // Mi / MB are number suffixes
        }
      }
      return text[i] == 'm' ? i + 1 : 0;  // a lone upper-case M means mega
    case 's':
    case 'h':
    case 'd':
    case 'w':
    case 'y':
    case 'i': return i + 1;
    default: return 0;
  }
}

std::size_t scan_multiplier(std::string_view text) {
  const char a = text.empty() ? 0 : diag::ascii_lower(text[0]);
  if (a != 'k' && a != 'm' && a != 'g' && a != 't') {
    return 0;
  }
  const char b = text.size() > 1 ? diag::ascii_lower(text[1]) : 0;
  if (b == 'i') {
    return (text.size() > 2 && diag::ascii_lower(text[2]) == 'b') ? 3 : 2;
  }
  return b == 'b' ? 2 : 1;
}

std::size_t scan_special_integer_prefix(std::string_view text, bool& hex) {
  hex = false;
  if (text.size() < 2 || text[0] != '0') {
    return 0;
  }
  const char c = diag::ascii_lower(text[1]);
  if (diag::is_ascii_digit(c)) {
    return 1;
  }
  hex = c == 'x';
  return (c == 'x' || c == 'o' || c == 'b') ? 2 : 0;
}

std::size_t scan_digits(std::string_view text, std::size_t index, bool underscores) {
  while (index < text.size() && (diag::is_ascii_digit(text[index]) || (underscores && text[index] == '_'))) {
    ++index;
  }
  return index;
}

std::size_t scan_exponent(std::string_view text, std::size_t index, bool& error) {
  ++index;  // 'e' or 'E'
  if (index < text.size() && (text[index] == '-' || text[index] == '+')) {
    ++index;
  }
  const std::size_t j = scan_digits(text, index, false);
  error = j == index;
  return error ? 0 : j;
}

}  // namespace

std::size_t scan_duration(std::string_view text) {
  std::size_t n = scan_single_duration(text, false);
  if (n == 0) {
    return 0;
  }
  while (const std::size_t part = scan_single_duration(text.substr(n), true)) {
    n += part;
  }
  return n;
}

bool is_number_prefix(std::string_view text) {
  return !text.empty() &&
         (diag::is_ascii_digit(text[0]) || (text[0] == '.' && text.size() > 1 && diag::is_ascii_digit(text[1])));
}

std::size_t scan_number(std::string_view text, bool& error) {
  error = false;
  bool hex = false;
  std::size_t i = scan_special_integer_prefix(text, hex);
  if (hex) {
    while (i < text.size() && diag::hex_value(text[i]) >= 0) {
      ++i;
    }
    return i;
  }
  i = scan_digits(text, i, true);
  if (i == text.size()) {
    return i;
  }
  if (const std::size_t m = scan_multiplier(text.substr(i))) {
    return i + m;
  }
  if (text[i] == '.') {
    i = scan_digits(text, i + 1, true);
    if (i == text.size()) {
      return i;
    }
    if (const std::size_t m = scan_multiplier(text.substr(i))) {
      return i + m;
    }
  }
  if (text[i] != 'e' && text[i] != 'E') {
    return i;
  }
  return scan_exponent(text, i, error);
}

std::size_t scan_interval_var(std::string_view text) {
  if (text.starts_with("$__interval")) {
    return 11;
  }
  return text.starts_with("$__rate_interval") ? 16 : 0;
}

std::string unescape_ident(std::string_view text) {
  std::size_t n = text.find('\\');
  if (n == std::string_view::npos) {
    return std::string(text);
  }
  std::string out;
  out.reserve(text.size());
  while (n != std::string_view::npos) {
    out.append(text.substr(0, n));
    text.remove_prefix(n + 1);
    const diag::Decoded r = decode_escape(text);
    if (!r.valid) {
      out.push_back('\\');
    } else {
      diag::append_utf8(out, r.code_point);
      text.remove_prefix(r.length);
    }
    n = text.find('\\');
  }
  out.append(text);
  return out;
}

void append_escaped_ident(std::string& out, std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const diag::Decoded r = diag::decode(text.substr(i));
    const char32_t c = r.code_point;
    if (i == 0 ? is_first_ident_char(c) : is_ident_char(c)) {
      diag::append_utf8(out, c);
    } else {
      out.push_back('\\');
      if (diag::is_print(c)) {
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

bool is_special_integer_prefix(std::string_view text) {
  bool hex = false;
  return scan_special_integer_prefix(text, hex) > 0;
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

std::optional<double> parse_positive_number(std::string_view text) {
  if (is_special_integer_prefix(text)) {
    const auto n = go_parse_int(text);
    return n ? std::optional<double>(static_cast<double>(*n)) : std::nullopt;
  }
  std::string low(text);
  for (char& c : low) {
    c = diag::ascii_lower(c);
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

bool is_valid_duration(std::string_view text) {
  if (text.empty()) {
    return false;
  }
  const char last = text.back();
  if ((diag::is_ascii_digit(last) || last == '.') && go_parse_float(text)) {
    return true;
  }
  while (!text.empty()) {
    const std::size_t n = scan_single_duration(text, true);
    if (n == 0) {
      return false;
    }
    std::string_view part = text.substr(0, n);
    text.remove_prefix(n);
    if (part == "$__interval" || part == "-$__interval") {
      continue;
    }
    std::string_view num = part.substr(0, part.size() - 1);
    if (!num.empty() && diag::ascii_lower(num.back()) == 'm') {
      num.remove_suffix(1);
    }
    if (!go_parse_float(num)) {
      return false;
    }
  }
  return true;
}

bool is_positive_duration(std::string_view text) {
  if (text == "$__interval") {
    return true;
  }
  return !text.empty() && scan_duration(text) == text.size();
}

bool iequals_ascii(std::string_view left, std::string_view lower_b) {
  if (left.size() != lower_b.size()) {
    return false;
  }
  for (std::size_t i = 0; i < left.size(); ++i) {
    if (diag::ascii_lower(left[i]) != lower_b[i]) {
      return false;
    }
  }
  return true;
}

}  // namespace telc::metricsql
