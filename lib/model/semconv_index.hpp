#pragma once
// How a semantic-convention registry resolves: attribute definitions by key, groups by id, and the
// attributes a group uses through its refs, `extends` and `ref_group`, as Weaver resolves them.
// Shared by the lint rules and the registry documentation.
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "model/model.hpp"

namespace telc::model::semconv {

/// Weaver's stability ranks, higher is more stable; 0 for a level it does not rank.
[[nodiscard]] inline int stability_rank(std::string_view level) {
  if (level == "development" || level == "experimental") return 1;
  if (level == "alpha") return 2;
  if (level == "beta") return 3;
  if (level == "release_candidate") return 4;
  return level == "stable" ? 5 : 0;
}

/// Every attribute definition of the registry by key; the first one wins (a second is a
/// `semconv/duplicate` error already).
using AttributeIndex = std::map<std::string, const SemconvAttribute*, std::less<>>;

[[nodiscard]] inline AttributeIndex attribute_index(const Model& model) {
  AttributeIndex out;
  for (const Registry& r : model.registries)
    for (const SemconvGroup& g : r.groups)
      for (const SemconvAttribute& a : g.attributes)
        if (a.id) out.emplace(a.id->value, &a);
  return out;
}

/// The definition an attribute entry stands for: itself, or what its `ref` names (nullptr when the
/// ref resolves to nothing, which validate reports).
[[nodiscard]] inline const SemconvAttribute* definition(const SemconvAttribute& attr, const AttributeIndex& index) {
  if (attr.id) return &attr;
  auto it = index.find(attr.ref->value);
  return it == index.end() ? nullptr : it->second;
}

/// Groups by id (v1 groups, v2 attribute groups), for `extends` and `ref_group`.
using GroupIndex = std::map<std::string, const SemconvGroup*, std::less<>>;

[[nodiscard]] inline GroupIndex group_index(const Model& model) {
  GroupIndex out;
  for (const Registry& r : model.registries)
    for (const SemconvGroup& g : r.groups)
      if (!g.id.value.empty()) out.emplace(g.id.value, &g);
  return out;
}

/// The registry look-ups of every declared document, built once per lint run (not per rule).
struct Declared {
  explicit Declared(const Model& model) : attributes(attribute_index(model)), groups(group_index(model)) {}
  AttributeIndex attributes;
  GroupIndex groups;
};

/// An attribute a group uses, and where the group brings it in: the entry itself, or the
/// `extends` / `ref_group` that inherits it (a finding about the group belongs there).
struct UsedAttribute {
  const SemconvAttribute* attribute;
  diag::SourceSpan where;
};

namespace detail {
inline void inherit(const SemconvGroup& group, const GroupIndex& groups, diag::SourceSpan where,
                    std::set<std::string, std::less<>>& seen_groups, std::set<std::string, std::less<>>& seen_keys,
                    std::vector<UsedAttribute>& out) {
  std::vector<const Str*> parents;
  if (group.extends) parents.push_back(&*group.extends);
  for (const Str& ref : group.group_refs) parents.push_back(&ref);
  for (const Str* parent : parents) {
    auto it = groups.find(parent->value);
    if (it == groups.end() || !seen_groups.insert(parent->value).second) continue;
    const diag::SourceSpan at = where.known() ? where : parent->span;
    for (const SemconvAttribute& a : it->second->attributes)
      if (seen_keys.insert(a.key().value).second) out.push_back({&a, at});
    inherit(*it->second, groups, at, seen_groups, seen_keys, out);
  }
}
}  // namespace detail

/// Every attribute `group` uses, as Weaver resolves it: its own entries first (they refine inherited
/// ones of the same key), then those of the groups it extends or references, transitively.
[[nodiscard]] inline std::vector<UsedAttribute> used_attributes(const SemconvGroup& group, const GroupIndex& groups) {
  std::vector<UsedAttribute> out;
  std::set<std::string, std::less<>> seen_groups{group.id.value}, seen_keys;
  for (const SemconvAttribute& a : group.attributes)
    if (seen_keys.insert(a.key().value).second) out.push_back({&a, a.key().span});
  detail::inherit(group, groups, {}, seen_groups, seen_keys, out);
  return out;
}

/// The name a signal goes by: a metric's or event's name, a v2 span's or entity's type. A v1 span
/// has no name of its own: its group id without the conventional `span.` prefix stands in, which is
/// the type Weaver gives it when the group moves to the v2 syntax (`span.faas.server` → `faas.server`).
[[nodiscard]] inline std::string signal_name(const SemconvGroup& group) {
  if (group.signal_name && !group.signal_name->value.empty()) return group.signal_name->value;
  const std::string prefix = group.type.value + ".";
  return group.id.value.starts_with(prefix) ? group.id.value.substr(prefix.size()) : group.id.value;
}

}  // namespace telc::model::semconv
