#include "model/naming.hpp"

#include <cctype>
#include <vector>

#include "model/units.hpp"

namespace telc::model {
namespace {

bool is_word_char(char ch) { return std::isalnum(static_cast<unsigned char>(ch)) != 0; }

/// Splits on every character that is not a letter or digit, as the translator does, so runs of
/// separators collapse and leading or trailing ones vanish.
std::vector<std::string> tokens(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  for (char c : text) {
    if (is_word_char(c))
      current += c;
    else if (!current.empty())
      out.push_back(std::move(current)), current.clear();
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "_") + p;
  return out;
}

/// Appends `suffix`'s tokens unless the name already ends with them.
void append_suffix(std::vector<std::string>& name, const std::string& suffix) {
  const auto add = tokens(suffix);
  if (add.empty()) return;
  if (name.size() >= add.size() && std::equal(add.begin(), add.end(), name.end() - static_cast<long>(add.size())))
    return;
  name.insert(name.end(), add.begin(), add.end());
}

std::string per_unit(std::string_view unit) {
  static constexpr std::pair<std::string_view, std::string_view> kPer[] = {
      {"s", "second"}, {"m", "minute"}, {"min", "minute"}, {"h", "hour"},
      {"d", "day"},    {"w", "week"},   {"mo", "month"},   {"y", "year"}};
  for (const auto& [code, word] : kPer)
    if (unit == code) return std::string(word);
  if (auto info = find_unit(unit); info && !info->prometheus.empty()) return std::string(info->prometheus);
  return "";
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::string unit_suffix(std::string_view unit) {
  if (auto info = find_unit(unit)) return std::string(info->prometheus);  // words and UCUM codes
  const std::size_t slash = unit.find('/');
  std::string_view main = unit.substr(0, slash);
  if (!main.empty() && main.front() == '{') main = {};  // annotations say nothing about the unit
  std::string out;
  if (auto info = find_unit(main); info && !info->prometheus.empty()) out = std::string(info->prometheus);
  if (slash != std::string_view::npos)
    if (std::string per = per_unit(unit.substr(slash + 1)); !per.empty()) out += (out.empty() ? "per_" : "_per_") + per;
  return out;
}

std::string prometheus_name(std::string_view otel_name, std::string_view instrument, std::string_view unit,
                            PrometheusNaming mode) {
  if (mode == PrometheusNaming::dotted) return std::string(otel_name);
  auto name = tokens(otel_name);
  if (mode == PrometheusNaming::underscore_suffixes) {
    const std::string kind = lower(instrument);
    append_suffix(name, unit_suffix(unit));
    if (kind == "gauge" && unit == "1") append_suffix(name, "ratio");
    if (kind == "counter") append_suffix(name, "total");
  }
  std::string out = join(name);
  if (!out.empty() && std::isdigit(static_cast<unsigned char>(out.front()))) out.insert(0, "_");
  return out;
}

std::string prometheus_label(std::string_view key, PrometheusNaming mode) {
  if (mode == PrometheusNaming::dotted) return std::string(key);
  std::string out(key);
  for (char& c : out)
    if (!is_word_char(c) && c != '_') c = '_';
  if (!out.empty() && std::isdigit(static_cast<unsigned char>(out.front()))) out.insert(0, "key_");
  return out;
}

}  // namespace telc::model
