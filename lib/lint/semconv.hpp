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

namespace telc::lint::semconv {

/// Every attribute definition of the registry by key; the first one wins (a second is a
/// `semconv/duplicate` error already).
using AttributeIndex = std::map<std::string, const model::SemconvAttribute*, std::less<>>;

[[nodiscard]] inline AttributeIndex attribute_index(const model::Model& model) {
  AttributeIndex out;
  for (const model::Registry& r : model.registries)
    for (const model::SemconvGroup& g : r.groups)
      for (const model::SemconvAttribute& a : g.attributes)
        if (a.id) out.emplace(a.id->value, &a);
  return out;
}

/// The definition an attribute entry stands for: itself, or what its `ref` names (nullptr when the
/// ref resolves to nothing, which validate reports).
[[nodiscard]] inline const model::SemconvAttribute* definition(const model::SemconvAttribute& attr,
                                                               const AttributeIndex& index) {
  if (attr.id) return &attr;
  auto it = index.find(attr.ref->value);
  return it == index.end() ? nullptr : it->second;
}

/// Groups by id (v1 groups, v2 attribute groups), for `extends` and `ref_group`.
using GroupIndex = std::map<std::string, const model::SemconvGroup*, std::less<>>;

[[nodiscard]] inline GroupIndex group_index(const model::Model& model) {
  GroupIndex out;
  for (const model::Registry& r : model.registries)
    for (const model::SemconvGroup& g : r.groups)
      if (!g.id.value.empty()) out.emplace(g.id.value, &g);
  return out;
}

/// The registry look-ups of every declared document, built once per lint run (not per rule).
struct Declared {
  explicit Declared(const model::Model& model) : attributes(attribute_index(model)), groups(group_index(model)) {}
  AttributeIndex attributes;
  GroupIndex groups;
};

/// An attribute a group uses, and where the group brings it in: the entry itself, or the
/// `extends` / `ref_group` that inherits it (a finding about the group belongs there).
struct UsedAttribute {
  const model::SemconvAttribute* attribute;
  diag::SourceSpan where;
};

namespace detail {
inline void inherit(const model::SemconvGroup& group, const GroupIndex& groups, diag::SourceSpan where,
                    std::set<std::string, std::less<>>& seen_groups, std::set<std::string, std::less<>>& seen_keys,
                    std::vector<UsedAttribute>& out) {
  std::vector<const model::Str*> parents;
  if (group.extends) parents.push_back(&*group.extends);
  for (const model::Str& ref : group.group_refs) parents.push_back(&ref);
  for (const model::Str* parent : parents) {
    auto it = groups.find(parent->value);
    if (it == groups.end() || !seen_groups.insert(parent->value).second) continue;
    const diag::SourceSpan at = where.known() ? where : parent->span;
    for (const model::SemconvAttribute& a : it->second->attributes)
      if (seen_keys.insert(a.key().value).second) out.push_back({&a, at});
    inherit(*it->second, groups, at, seen_groups, seen_keys, out);
  }
}
}  // namespace detail

/// Every attribute `group` uses, as Weaver resolves it: its own entries first (they refine inherited
/// ones of the same key), then those of the groups it extends or references, transitively.
[[nodiscard]] inline std::vector<UsedAttribute> used_attributes(const model::SemconvGroup& group,
                                                                const GroupIndex& groups) {
  std::vector<UsedAttribute> out;
  std::set<std::string, std::less<>> seen_groups{group.id.value}, seen_keys;
  for (const model::SemconvAttribute& a : group.attributes)
    if (seen_keys.insert(a.key().value).second) out.push_back({&a, a.key().span});
  detail::inherit(group, groups, {}, seen_groups, seen_keys, out);
  return out;
}

/// Weaver's stability ranks, higher is more stable; 0 for a level it does not rank.
[[nodiscard]] inline int stability_rank(std::string_view level) {
  if (level == "development" || level == "experimental") return 1;
  if (level == "alpha") return 2;
  if (level == "beta") return 3;
  if (level == "release_candidate") return 4;
  return level == "stable" ? 5 : 0;
}

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
