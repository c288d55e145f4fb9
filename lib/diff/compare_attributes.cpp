// Registry attributes and their enum members, by Weaver's backwards-compatibility policy:
// attributes are never removed (deprecated ones stay), stable ones keep their stability and type,
// stable enum members keep their stability and value, and no member is removed.
#include <algorithm>

#include <fmt/format.h>

#include "diff/compare_internal.hpp"

namespace telc::diff::detail {
namespace {

using model::SemconvAttribute;
using model::SemconvEnumMember;

bool is_stable(const std::optional<model::Str>& stability) { return stability && stability->value == "stable"; }

/// Every registry metric of the baseline with `key` among its attributes: the series whose label
/// the change concerns.
void attribute_queries(Change& change, const std::string& key, const RegistryView& base, const Changes& out) {
  change.label = key;
  for (const auto& [name, metric] : base.metrics)
    if (std::any_of(metric->labels.begin(), metric->labels.end(),
                    [&](const model::MetricLabel& label) { return label.key.value == key; }))
      out.metric_names(change, *metric);
}

bool is_enum(const SemconvAttribute& attr) { return !attr.members.empty(); }

/// The type as Weaver's messages show it: "enum" for members, else as written.
std::string type_text(const SemconvAttribute& attr) { return is_enum(attr) ? "enum" : detail::shown(attr.type); }

/// Weaver's two type rules: a non-enum's type is compared as written; an enum's only when it
/// stops being one (members may be added).
bool type_changed(const SemconvAttribute& base, const SemconvAttribute& current) {
  if (is_enum(base)) return !is_enum(current);
  return is_enum(current) || shown(base.type) != shown(current.type);
}

void compare_members(const std::string& key, const SemconvAttribute& base, const SemconvAttribute& current,
                     const RegistryView& base_view, Changes& out) {
  if (!is_enum(base) || !is_enum(current)) return;
  for (const SemconvEnumMember& member : base.members) {
    const std::string name = key + "/" + member.id.value;
    auto found = std::find_if(current.members.begin(), current.members.end(),
                              [&](const SemconvEnumMember& each) { return each.id.value == member.id.value; });
    if (found == current.members.end()) {
      Change& change = out.add("diff/member-removed", "member", name, member.stability, "was removed",
                               "keep the member and mark it deprecated: values already recorded keep their meaning", {},
                               member.id.span);
      attribute_queries(change, key, base_view, out);
      continue;
    }
    if (!is_stable(base.stability)) continue;  // Weaver guards only the members of stable enums
    if (is_stable(member.stability) && !is_stable(found->stability))
      out.add("diff/member-changed", "member", name, member.stability,
              fmt::format("is no longer stable (was 'stable', now '{}')", shown(found->stability)),
              "a stable member stays stable: deprecate it and add a new member instead",
              span_or(found->stability, found->id.span), span_or(member.stability, member.id.span));
    const bool value_changed =
        shown(member.value) != shown(found->value) || (member.value && member.value_kind != found->value_kind);
    if (value_changed) {
      Change& change =
          out.add("diff/member-changed", "member", name, member.stability,
                  fmt::format("changed value (was '{}', now '{}')", shown(member.value), shown(found->value)),
                  "keep the value: add a new member with the new value and deprecate this one",
                  span_or(found->value, found->id.span), span_or(member.value, member.id.span));
      attribute_queries(change, key, base_view, out);
    }
  }
}

}  // namespace

void compare_attributes(const RegistryView& base, const RegistryView& current, Changes& out) {
  for (const auto& [key, base_attr] : base.attributes) {
    const SemconvAttribute& was = *base_attr;
    auto found = current.attributes.find(key);
    if (found == current.attributes.end()) {
      Change& change = out.add("diff/removed", "attribute", key, was.stability, "was removed",
                               "keep the attribute and mark it deprecated (deprecated: {reason: obsoleted}) instead",
                               {}, was.key().span);
      attribute_queries(change, key, base, out);
      continue;
    }
    const SemconvAttribute& now = *found->second;
    if (!renamed(was.deprecated) && renamed(now.deprecated)) {
      const model::Str& to = *now.deprecated->renamed_to;
      Change& change =
          out.add("diff/renamed", "attribute", key, was.stability, fmt::format("was renamed to '{}'", to.value),
                  fmt::format("queries and processors reading '{}' find nothing once producers switch: "
                              "update them to '{}', or emit both during the transition",
                              key, to.value),
                  to.span, was.key().span);
      attribute_queries(change, key, base, out);
      change.renamed_to = to.value;
    }
    if (is_stable(was.stability) && !is_stable(now.stability))
      out.add("diff/stability-downgraded", "attribute", key, was.stability,
              fmt::format("is no longer stable (was 'stable', now '{}')", shown(now.stability)),
              "a stable attribute stays stable: deprecate it and define a new one instead",
              span_or(now.stability, now.key().span), span_or(was.stability, was.key().span));
    if (is_stable(was.stability) && type_changed(was, now)) {
      Change& change = out.add("diff/type-changed", "attribute", key, was.stability,
                               fmt::format("changed type (was '{}', now '{}')", type_text(was), type_text(now)),
                               "a stable attribute keeps its type: define a new attribute and deprecate this one",
                               span_or(now.type, now.key().span), span_or(was.type, was.key().span));
      attribute_queries(change, key, base, out);
    }
    compare_members(key, was, now, base, out);
  }
}

}  // namespace telc::diff::detail
