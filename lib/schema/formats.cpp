#include "schema/formats.hpp"

#include <cctype>
#include <charconv>
#include <limits>

namespace telc::schema {
namespace {

struct Unit {
  std::string_view name;
  double nanoseconds;
};
constexpr Unit kUnits[] = {{"ns", 1},   {"us", 1e3}, {"\xC2\xB5s", 1e3}, {"\xCE\xBCs", 1e3},
                           {"ms", 1e6}, {"s", 1e9},  {"m", 60e9},        {"h", 3600e9}};

std::optional<double> unit_of(std::string_view& text) {
  std::size_t n = 0;
  while (n < text.size() && !std::isdigit(static_cast<unsigned char>(text[n])) && text[n] != '.') ++n;
  const std::string_view name = text.substr(0, n);
  for (const Unit& u : kUnits)
    if (u.name == name) return text.remove_prefix(n), u.nanoseconds;
  return std::nullopt;
}

/// A number beyond a double is infinite (so the total is too large); one too small for a double
/// is 0, as Go reads "0.000…1s".
double out_of_range_value(std::string_view digits) {
  const std::string_view whole = digits.substr(0, digits.find('.'));
  const bool above_one = whole.find_first_not_of('0') != std::string_view::npos;
  return above_one ? std::numeric_limits<double>::infinity() : 0.0;
}

std::optional<double> number_of(std::string_view& text) {
  std::size_t n = 0;
  while (n < text.size() && (std::isdigit(static_cast<unsigned char>(text[n])) || text[n] == '.')) ++n;
  const std::string_view digits = text.substr(0, n);
  if (digits.empty() || digits == "." || digits.find('.') != digits.rfind('.')) return std::nullopt;
  text.remove_prefix(n);
  double value = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec == std::errc::result_out_of_range) return out_of_range_value(digits);
  if (ec != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  return value;
}

constexpr double kMaxNanoseconds = 9.2e18;  // Go's limit is about 290 years

/// Magnitude of a duration in nanoseconds (unbounded), or nullopt when it is malformed.
std::optional<double> magnitude_of(std::string_view text) {
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) text.remove_prefix(1);
  if (text == "0") return 0;
  if (text.empty()) return std::nullopt;
  double total = 0;
  while (!text.empty()) {
    auto value = number_of(text);
    if (!value) return std::nullopt;
    auto unit = unit_of(text);
    if (!unit) return std::nullopt;
    total += *value * *unit;
  }
  return total;
}

}  // namespace

std::optional<DurationError> go_duration_error(std::string_view text) {
  const auto magnitude = magnitude_of(text);
  if (!magnitude) return DurationError::malformed;
  if (*magnitude > kMaxNanoseconds) return DurationError::too_large;
  return std::nullopt;
}

std::optional<std::int64_t> parse_go_duration(std::string_view text) {
  const auto magnitude = magnitude_of(text);
  if (!magnitude || *magnitude > kMaxNanoseconds) return std::nullopt;
  const bool negative = !text.empty() && text[0] == '-';
  return static_cast<std::int64_t>(negative ? -*magnitude : *magnitude);
}

std::optional<std::string> url_problem(std::string_view text) {
  const std::size_t scheme_end = text.find("://");
  if (scheme_end == std::string_view::npos) return "it has no scheme; write https://host/path";
  const std::string_view scheme = text.substr(0, scheme_end);
  if (scheme != "http" && scheme != "https")
    return "the scheme must be http or https, not '" + std::string(scheme) + "'";
  std::string_view rest = text.substr(scheme_end + 3);
  const std::string_view authority = rest.substr(0, rest.find_first_of("/?#"));
  if (authority.find('@') != std::string_view::npos) return "it carries credentials; put them in a secret";
  std::string_view host = authority;
  if (const std::size_t colon = authority.rfind(':'); colon != std::string_view::npos && authority.back() != ']') {
    host = authority.substr(0, colon);
    unsigned port = 0;
    const std::string_view digits = authority.substr(colon + 1);
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), port);
    if (ec != std::errc() || end != digits.data() + digits.size() || port == 0 || port > 65535)
      return "the port '" + std::string(digits) + "' is not a number from 1 to 65535";
  }
  if (host.empty()) return "it has no host";
  for (char c : text)
    if (std::isspace(static_cast<unsigned char>(c))) return "it contains white space";
  return std::nullopt;
}

namespace {

bool is_hex(char ch) { return std::isxdigit(static_cast<unsigned char>(ch)) != 0; }

/// Every '%' starts a two-digit escape, as Go's unescape demands of a path (the query is not read).
bool escapes_valid(std::string_view text) {
  for (std::size_t at = text.find('%'); at != std::string_view::npos; at = text.find('%', at + 1))
    if (at + 2 >= text.size() || !is_hex(text[at + 1]) || !is_hex(text[at + 2])) return false;
  return true;
}

/// Go's parseAuthority and parseHost, in outline: userinfo before '@', a bracketed IPv6 host, a
/// port of digits only.
std::optional<std::string> authority_problem(std::string_view authority) {
  if (const std::size_t at = authority.rfind('@'); at != std::string_view::npos) authority.remove_prefix(at + 1);
  std::string_view port;
  if (authority.starts_with('[')) {
    const std::size_t close = authority.find(']');
    if (close == std::string_view::npos) return "its IPv6 host has no closing ']'";
    port = authority.substr(close + 1);
    if (!port.empty() && !port.starts_with(':')) return "text follows the IPv6 host";
  } else if (const std::size_t colon = authority.find(':'); colon != std::string_view::npos) {
    port = authority.substr(colon);
  }
  if (port.starts_with(':') && port.substr(1).find_first_not_of("0123456789") != std::string_view::npos)
    return "the port '" + std::string(port.substr(1)) + "' is not a number";
  return std::nullopt;
}

}  // namespace

std::optional<std::string> request_uri_problem(std::string_view text) {
  if (text.empty()) return "it is empty";
  for (char ch : text)
    if (static_cast<unsigned char>(ch) < 0x20 || ch == 0x7f) return "it contains a control character";
  if (!escapes_valid(text.substr(0, text.find('?')))) return "a '%' is not followed by two hex digits";
  if (text.starts_with('/')) return std::nullopt;  // an absolute path
  const std::size_t colon = text.find(':');
  const std::string_view scheme = text.substr(0, colon);
  const bool scheme_ok =
      colon != std::string_view::npos && !scheme.empty() && std::isalpha(static_cast<unsigned char>(scheme[0])) != 0 &&
      scheme.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.") ==
          std::string_view::npos;
  if (!scheme_ok) return "it is neither an absolute URL (scheme://host/path) nor an absolute path";
  const std::string_view rest = text.substr(colon + 1);
  if (!rest.starts_with("//")) return std::nullopt;  // a path or opaque text after the scheme
  const std::string_view after = rest.substr(2);
  return authority_problem(after.substr(0, after.find('/')));
}

std::string redacted_url(std::string_view url) {
  const std::size_t scheme = url.find("://");
  const std::size_t host = scheme == std::string_view::npos ? 0 : scheme + 3;
  const std::size_t end = url.find_first_of("/?#", host);
  const std::string_view authority = url.substr(host, end == std::string_view::npos ? end : end - host);
  const std::size_t at = authority.rfind('@');
  if (at == std::string_view::npos) return std::string(url);
  const std::string_view user_info = authority.substr(0, at);
  const std::size_t colon = user_info.find(':');
  const std::string kept = colon == std::string_view::npos ? "****" : std::string(user_info.substr(0, colon)) + ":****";
  return std::string(url.substr(0, host)) + kept + std::string(url.substr(host + at));
}

}  // namespace telc::schema
