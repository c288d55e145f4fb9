#include "schema/formats.hpp"

#include <cctype>
#include <charconv>

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

std::optional<double> number_of(std::string_view& text) {
  std::size_t n = 0;
  while (n < text.size() && (std::isdigit(static_cast<unsigned char>(text[n])) || text[n] == '.')) ++n;
  const std::string_view digits = text.substr(0, n);
  if (digits.empty() || digits == "." || digits.find('.') != digits.rfind('.')) return std::nullopt;
  text.remove_prefix(n);
  return std::stod(std::string(digits[0] == '.' ? "0" : "") + std::string(digits));
}

}  // namespace

std::optional<std::int64_t> parse_go_duration(std::string_view text) {
  bool negative = false;
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) negative = text[0] == '-', text.remove_prefix(1);
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
  if (total > 9.2e18) return std::nullopt;  // Go's limit is about 290 years
  return static_cast<std::int64_t>(negative ? -total : total);
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

}  // namespace telc::schema
