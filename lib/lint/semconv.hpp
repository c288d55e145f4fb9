#pragma once
// Look-ups shared by the rules over semantic-convention registries (Weaver's policy packages as
// lint rules): attribute definitions by key, stability ranks, policy exceptions, name formats.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "model/model.hpp"
#include "model/semconv_index.hpp"

namespace telc::lint::semconv {

using model::semconv::AttributeIndex;
using model::semconv::Declared;
using model::semconv::definition;
using model::semconv::GroupIndex;
using model::semconv::stability_rank;
using model::semconv::used_attributes;
using model::semconv::UsedAttribute;

/// True when the signal lists `exception` under `annotations.<package>.policy_exceptions`.
[[nodiscard]] inline bool excepted(const model::SemconvGroup& group, std::string_view package,
                                   std::string_view exception) {
  return std::any_of(group.policy_exceptions.begin(), group.policy_exceptions.end(), [&](const std::string& entry) {
    return entry.size() == package.size() + 1 + exception.size() && entry.starts_with(package) &&
           entry.ends_with(exception);
  });
}

/// Weaver's name format: lowercase alphanumeric words separated by single '.' or '_', starting
/// with a letter (`foo.bar`, `foo.1_bar`; not `1foo`, `foo..bar`, `foo._bar`, `foo.`).
[[nodiscard]] inline bool good_name(std::string_view name) {
  if (name.empty() || name[0] < 'a' || name[0] > 'z') return false;
  bool after_separator = false;
  for (char c : name) {
    const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!word && c != '.' && c != '_') return false;
    if (!word && after_separator) return false;
    after_separator = !word;
  }
  return !after_separator;
}

/// The name in Weaver's format, for a hint: lowercased, other characters made '_', runs of
/// separators collapsed to their first, separators at either end dropped.
[[nodiscard]] inline std::string suggested_name(std::string_view name) {
  std::string out;
  for (char c : name) {
    char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    const bool word = (lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9');
    if (!word && lower != '.') lower = '_';
    if (!word && (out.empty() || out.back() == '.' || out.back() == '_')) continue;
    out += lower;
  }
  while (!out.empty() && (out.back() == '.' || out.back() == '_')) out.pop_back();
  return out;
}

/// The constant name generated code gives a name: its dots made underscores.
[[nodiscard]] inline std::string constant_name(std::string_view name) {
  std::string out(name);
  std::replace(out.begin(), out.end(), '.', '_');
  return out;
}

/// The signal kinds Weaver's policies judge; v1 groups of other types (and v2 top-level
/// attributes) are not signals.
[[nodiscard]] inline bool is_signal(const model::SemconvGroup& group) {
  const std::string& t = group.type.value;
  return t == "metric" || t == "event" || t == "span" || t == "entity";
}

}  // namespace telc::lint::semconv
