// Literal tokens to values: numbers (range checked) and strings/bytes (escapes decoded, each
// bad escape reported at its own column).
#include <charconv>
#include <cstdint>
#include <limits>
#include <string>
#include "diag/utf8.hpp"

#include "cel/builder.hpp"
#include "cel/syntax_error.hpp"

namespace telc::cel {
namespace {

std::unique_ptr<Literal> literal_at(std::string_view token, std::size_t at) {
  auto e = std::make_unique<Literal>();
  e->begin = at;
  e->end = at + token.size() - 1;
  return e;
}

/// A decimal exponent below zero: an out-of-range token that underflows rather than overflows.
bool negative_exponent(std::string_view token) {
  const std::size_t e = token.find_first_of("eE");
  return e != std::string_view::npos && e + 1 < token.size() && token[e + 1] == '-';
}

ExprPtr make_double(std::string_view token, std::size_t at) {
  double d = 0;
  auto [ptr, ec] = std::from_chars(token.data(), token.data() + token.size(), d);
  // Too small to represent is zero, as Go's ParseFloat (cel-go) reads 1e-400; too large is an error.
  if (ec == std::errc::result_out_of_range && negative_exponent(token)) {
    d = token.front() == '-' ? -0.0 : 0.0;
    ec = std::errc();
  }
  if (ec != std::errc() || ptr != token.data() + token.size()) {
    throw SyntaxError(at, at + token.size() - 1, "double literal out of range");
  }
  auto e = literal_at(token, at);
  e->type = LiteralKind::dbl;
  e->value = d;
  return e;
}

/// The magnitude of an integer token without sign and suffix, or nothing on overflow.
std::optional<std::uint64_t> magnitude(std::string_view digits) {
  int base = 10;
  if (digits.size() > 2 && digits[0] == '0' && digits[1] == 'x') {
    base = 16;
    digits.remove_prefix(2);
  }
  std::uint64_t v = 0;
  const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v, base);
  if (ec != std::errc() || ptr != digits.data() + digits.size()) return std::nullopt;
  return v;
}

}  // namespace

ExprPtr make_number(std::string_view token, std::size_t at, bool is_uint, bool is_float) {
  if (is_float) return make_double(token, at);
  const bool negative = !token.empty() && token.front() == '-';
  std::string_view digits = token.substr(negative ? 1 : 0, token.size() - (negative ? 1 : 0) - (is_uint ? 1 : 0));
  const auto m = magnitude(digits);
  constexpr std::uint64_t kIntMax = std::numeric_limits<std::int64_t>::max();
  auto e = literal_at(token, at);
  if (is_uint && m) {
    e->type = LiteralKind::uint64;
    e->value = *m;
    return e;
  }
  if (!m || *m > kIntMax + (negative ? 1 : 0)) {
    throw SyntaxError(
        at, e->end, is_uint ? "uint literal out of range" : "int literal out of range",
        is_uint ? std::nullopt
                : std::optional<std::string>("an int is 64 bits; use a double such as 1e19 for larger values"));
  }
  e->type = LiteralKind::int64;
  e->value = negative ? static_cast<std::int64_t>(0 - *m) : static_cast<std::int64_t>(*m);
  return e;
}

namespace {

int digit_value(char ch, int base) {
  int v = base;
  if (ch >= '0' && ch <= '9') v = ch - '0';
  if (ch >= 'a' && ch <= 'f') v = ch - 'a' + 10;
  if (ch >= 'A' && ch <= 'F') v = ch - 'A' + 10;
  return v < base ? v : -1;
}

/// Decodes the escapes of one string or bytes body; `at` is the body's offset in the expression.
class EscapeDecoder {
 public:
  EscapeDecoder(std::string_view body, std::size_t at, bool bytes) : body_(body), at_(at), bytes_(bytes) {}

  std::string decode() {
    std::string out;
    out.reserve(body_.size());
    while (i_ < body_.size()) {
      if (body_[i_] != '\\') {
        out += body_[i_++];
        continue;
      }
      escape(out);
    }
    return out;
  }

 private:
  [[noreturn]] void fail(std::size_t start, std::size_t length, const std::string& message) const {
    const std::size_t last = std::min(start + length, body_.size()) - 1;
    throw SyntaxError(at_ + start, at_ + last, message);
  }

  std::uint32_t digits(std::size_t start, std::size_t count, int base) {
    std::uint32_t v = 0;
    for (std::size_t k = 0; k < count; ++k) {
      const int d = i_ < body_.size() ? digit_value(body_[i_], base) : -1;
      if (d < 0)
        fail(start, i_ - start + 1,
             "invalid escape sequence '" + std::string(body_.substr(start, i_ - start + 1)) + "'");
      v = v * static_cast<std::uint32_t>(base) + static_cast<std::uint32_t>(d);
      ++i_;
    }
    return v;
  }

  void code_point(std::string& out, std::size_t start, std::uint32_t cp, bool unicode_form) {
    if (bytes_ && !unicode_form) {
      out += static_cast<char>(cp);
      return;
    }
    if (bytes_) fail(start, i_ - start, "'\\u' and '\\U' escapes are not allowed in bytes literals");
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      fail(start, i_ - start,
           "escape '" + std::string(body_.substr(start, i_ - start)) + "' is not a valid Unicode code point");
    }
    diag::append_utf8(out, cp);
  }

  void escape(std::string& out) {
    const std::size_t start = i_++;
    if (i_ >= body_.size()) fail(start, 1, "a backslash at the end of a string must be escaped as '\\\\'");
    const char c = body_[i_++];
    switch (c) {
      case 'a': out += '\a'; return;
      case 'b': out += '\b'; return;
      case 'f': out += '\f'; return;
      case 'n': out += '\n'; return;
      case 'r': out += '\r'; return;
      case 't': out += '\t'; return;
      case 'v': out += '\v'; return;
      case '\\':
      case '?':
      case '"':
      case '\'':
      case '`': out += c; return;
      case 'x':
      case 'X': code_point(out, start, digits(start, 2, 16), false); return;
      case 'u': code_point(out, start, digits(start, 4, 16), true); return;
      case 'U': code_point(out, start, digits(start, 8, 16), true); return;
      default: break;
    }
    if (c >= '0' && c <= '3') {
      --i_;
      code_point(out, start, digits(start, 3, 8), false);
      return;
    }
    fail(start, 2, "invalid escape sequence '\\" + std::string(1, c) + "'");
  }

  std::string_view body_;
  std::size_t at_;
  bool bytes_;
  std::size_t i_ = 0;
};

}  // namespace

ExprPtr make_string(std::string_view token, std::size_t at, bool is_bytes) {
  std::size_t i = is_bytes ? 1 : 0;
  const bool raw = token[i] == 'r' || token[i] == 'R';
  if (raw) ++i;
  const char q = token[i];
  const bool triple = token.size() >= i + 6 && token[i + 1] == q && token[i + 2] == q;
  const std::size_t quote = triple ? 3 : 1;
  const std::string_view body = token.substr(i + quote, token.size() - i - 2 * quote);
  auto e = literal_at(token, at);
  e->type = is_bytes ? LiteralKind::bytes : LiteralKind::string;
  e->value = raw ? std::string(body) : EscapeDecoder(body, at + i + quote, is_bytes).decode();
  return e;
}

}  // namespace telc::cel
