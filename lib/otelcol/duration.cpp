#include "otelcol/duration.hpp"

#include <charconv>
#include <utility>

#include <fmt/format.h>

#include "diag/ascii.hpp"

namespace telc::otelcol {
namespace {

// Longest spellings first, so "ms" is not read as "m" followed by garbage.
constexpr std::pair<std::string_view, double> kUnits[] = {
    {"ns", 1.0}, {"us", 1e3}, {"\xC2\xB5s", 1e3}, {"\xCE\xBCs", 1e3},
    {"ms", 1e6}, {"s", 1e9},  {"m", 60e9},        {"h", 3600e9},
};

/// "12.5" at the front of `text`: digits, an optional fraction, at least one digit in all.
std::optional<double> take_number(std::string_view& text) {
  std::size_t n = 0, digits = 0;
  while (n < text.size() && diag::is_ascii_digit(text[n])) ++n, ++digits;
  if (n < text.size() && text[n] == '.')
    for (++n; n < text.size() && diag::is_ascii_digit(text[n]); ++n) ++digits;
  if (digits == 0) return std::nullopt;
  double value = 0;
  for (char c : text.substr(0, n))
    if (c != '.') value = value * 10 + (c - '0');
  const auto dot = text.substr(0, n).find('.');
  if (dot != std::string_view::npos)
    for (std::size_t i = dot + 1; i < n; ++i) value /= 10;
  text.remove_prefix(n);
  return value;
}

std::optional<double> take_unit(std::string_view& text) {
  for (const auto& [name, scale] : kUnits) {
    if (text.substr(0, name.size()) != name) continue;
    text.remove_prefix(name.size());
    return scale;
  }
  return std::nullopt;
}

}  // namespace

std::optional<double> parse_go_duration(std::string_view text) {
  double sign = 1;
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
    sign = text.front() == '-' ? -1 : 1;
    text.remove_prefix(1);
  }
  if (text == "0") return 0.0;
  if (text.empty()) return std::nullopt;
  double total = 0;
  while (!text.empty()) {
    const auto number = take_number(text);
    const auto unit = number ? take_unit(text) : std::nullopt;
    if (!unit) return std::nullopt;
    total += *number * *unit;
  }
  return sign * total;
}

std::optional<double> parse_prom_duration(std::string_view text) {
  // Largest unit first; a unit may follow only a larger one (prometheus/common model/time.go).
  constexpr std::pair<std::string_view, double> kPromUnits[] = {
      {"y", 365 * 86400e9}, {"w", 7 * 86400e9}, {"d", 86400e9}, {"h", 3600e9}, {"ms", 1e6}, {"m", 60e9}, {"s", 1e9},
  };
  constexpr int kRank[] = {0, 1, 2, 3, 6, 4, 5};  // "ms" is listed before "m" but comes last
  if (text == "0") return 0.0;
  if (text.empty()) return std::nullopt;
  double total = 0;
  int last = -1;
  while (!text.empty()) {
    std::size_t n = 0;
    while (n < text.size() && diag::is_ascii_digit(text[n])) ++n;
    if (n == 0) return std::nullopt;
    double count = 0;
    for (char c : text.substr(0, n)) count = count * 10 + (c - '0');
    text.remove_prefix(n);
    bool matched = false;
    for (std::size_t u = 0; u < std::size(kPromUnits) && !matched; ++u) {
      if (text.substr(0, kPromUnits[u].first.size()) != kPromUnits[u].first || kRank[u] <= last) continue;
      text.remove_prefix(kPromUnits[u].first.size());
      total += count * kPromUnits[u].second;
      last = kRank[u];
      matched = true;
    }
    if (!matched) return std::nullopt;
  }
  return total;
}

std::string go_spelling(std::string_view text) {
  unsigned long long count = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), count);
  if (ec != std::errc() || end == text.data() || end + 1 != text.data() + text.size()) return {};
  if (*end == 'd') return fmt::format("{}h", count * 24);
  if (*end == 'w') return fmt::format("{}h", count * 24 * 7);
  return {};
}

}  // namespace telc::otelcol
