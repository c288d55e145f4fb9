#include "backends/resource_metrics_policy/metric_names.hpp"

#include <algorithm>
#include <cctype>

namespace telc::backends::resource_metrics {
namespace {

constexpr std::size_t kMaxPrefix = 32;  // the CRD's maxLength of spec.metricNamePrefix

/// The first character of a family or prefix name (the CRD's ^[a-zA-Z_:]).
bool starts_name(std::string_view text) {
  return !text.empty() && (std::isalpha(static_cast<unsigned char>(text.front())) != 0 || text.front() == ':');
}

std::vector<std::string_view> words(std::string_view name) {
  std::vector<std::string_view> out;
  for (std::size_t at = 0;;) {
    const std::size_t end = name.find('_', at);
    out.push_back(name.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at));
    if (end == std::string_view::npos) return out;
    at = end + 1;
  }
}

std::string join(const std::vector<std::string_view>& parts, std::size_t count) {
  std::string out;
  for (std::size_t i = 0; i < count; ++i) out += (i == 0 ? "" : "_") + std::string(parts[i]);
  return out;
}

/// How many leading words of `first` every name shares while leaving each a family of at least one
/// word that starts as a name must.
std::size_t shared_words(const std::vector<std::string>& names) {
  const std::vector<std::string_view> first = words(names.front());
  std::size_t n = first.size() - 1;
  for (const std::string& name : names) {
    const std::vector<std::string_view> w = words(name);
    std::size_t k = 0;
    while (k < n && k + 1 < w.size() && w[k] == first[k] && (k > 0 || starts_name(w[0]))) ++k;
    while (k > 0 && !starts_name(w[k])) --k;  // the family would start with a digit
    n = k;
  }
  return n;
}

}  // namespace

std::string emitted_name(std::string_view prefix, std::string_view family) {
  if (prefix.empty()) return std::string(family);
  while (!prefix.empty() && prefix.back() == '_') prefix.remove_suffix(1);
  while (!family.empty() && family.front() == '_') family.remove_prefix(1);
  return std::string(prefix) + "_" + std::string(family);
}

std::string policy_prefix(const std::string& configured, const std::vector<std::string>& names) {
  if (!configured.empty() || names.empty()) return configured;
  const std::vector<std::string_view> first = words(names.front());
  std::size_t n = shared_words(names);
  while (n > 0 && join(first, n).size() > kMaxPrefix) --n;
  return join(first, std::max<std::size_t>(n, 1));
}

std::optional<std::string> family_name(std::string_view prefix, const std::string& name) {
  std::string_view base = prefix;
  while (!base.empty() && base.back() == '_') base.remove_suffix(1);
  if (base.empty() || base.size() > kMaxPrefix || name.size() <= base.size() + 1 ||
      name.compare(0, base.size(), base) != 0 || name[base.size()] != '_')
    return std::nullopt;
  std::string family = name.substr(base.size() + 1);
  if (!starts_name(family) || emitted_name(prefix, family) != name) return std::nullopt;
  return family;
}

}  // namespace telc::backends::resource_metrics
