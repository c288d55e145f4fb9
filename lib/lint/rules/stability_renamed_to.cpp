// Weaver's stability package (deprecation): `deprecated: {reason: renamed, renamed_to: X}` sends
// users, and the tools that migrate them, to X. X must exist, must not itself be deprecated, must
// be of the same kind (an attribute, a metric, a member of the same enum) and, for an attribute,
// hold the same type of value, or the migration silently changes the data.
#include <map>

#include <fmt/format.h>

#include "lint/rule.hpp"
#include "lint/semconv.hpp"

namespace telc::lint {
namespace {

const model::Str* renamed_to(const std::optional<model::SemconvDeprecation>& deprecation) {
  return deprecation && deprecation->reason && deprecation->reason->value == "renamed" && deprecation->renamed_to
             ? &*deprecation->renamed_to
             : nullptr;
}

/// What an enum's values are, as the type check compares them: string, number or bool.
std::string member_kind(const model::SemconvAttribute& attr) {
  const std::string& k = attr.members.front().value_kind;
  return k == "int" || k == "double" ? "number" : k;
}

/// Weaver's rule: same primitive type; a string may become an enum of strings and an int an enum
/// of numbers, and back; enums keep the kind of their values.
bool same_type(const model::SemconvAttribute& old_attr, const model::SemconvAttribute& new_attr) {
  const bool old_enum = !old_attr.members.empty(), new_enum = !new_attr.members.empty();
  const std::string old_type = old_attr.type ? old_attr.type->value : "";
  const std::string new_type = new_attr.type ? new_attr.type->value : "";
  if (!old_enum && !new_enum) return old_type == new_type;
  if (old_enum && new_enum) return member_kind(old_attr) == member_kind(new_attr);
  if (new_enum)
    return !(old_type == "string" && member_kind(new_attr) != "string") &&
           !(old_type == "int" && member_kind(new_attr) != "number");
  return !(member_kind(old_attr) == "string" && new_type != "string") &&
         !(member_kind(old_attr) == "number" && new_type != "int");
}

std::string type_of(const model::SemconvAttribute& attr) {
  if (!attr.members.empty()) return fmt::format("enum of {}s", member_kind(attr));
  return attr.type ? attr.type->value : "(none)";
}

void check_attribute(const model::SemconvAttribute& attr, const semconv::AttributeIndex& index, Reporter& out) {
  const model::Str* to = renamed_to(attr.deprecated);
  if (to == nullptr) return;
  auto it = index.find(to->value);
  if (it == index.end() || it->second->deprecated) {
    out.report(to->span, fmt::format("attribute '{}' is renamed to '{}', which {}", attr.key().value, to->value,
                                     it == index.end() ? "does not exist" : "is deprecated too"))
        .hint("point renamed_to at the attribute that replaces it");
  } else if (!same_type(attr, *it->second)) {
    out.report(to->span, fmt::format("attribute '{}' ({}) is renamed to '{}', which is of type {}", attr.key().value,
                                     type_of(attr), to->value, type_of(*it->second)))
        .note(it->second->key().span, fmt::format("'{}' is defined here", to->value))
        .hint("a renamed attribute keeps its type; deprecate it as obsoleted if the replacement holds other values");
  }
}

void check_members(const model::SemconvAttribute& attr, Reporter& out) {
  for (const model::SemconvEnumMember& m : attr.members) {
    const model::Str* to = renamed_to(m.deprecated);
    if (to == nullptr) continue;
    const bool found = std::any_of(
        attr.members.begin(), attr.members.end(),
        [&](const model::SemconvEnumMember& other) { return other.id.value == to->value && !other.deprecated; });
    if (!found)
      out.report(to->span, fmt::format("member '{}' of '{}' is renamed to '{}', which is not a current member of the "
                                       "same enum",
                                       m.id.value, attr.key().value, to->value))
          .hint("point renamed_to at the member id that replaces it");
  }
}

class RenamedTo final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"stability/renamed-to",
                                  "renamed_to names nothing, a deprecated element, or an attribute of another type",
                                  diag::Severity::error};
  const RuleInfo& info() const override { return kInfo; }
  void check(const Context& context, Reporter& out) const override {
    const semconv::AttributeIndex& index = context.semconv.attributes;
    std::map<std::string, const model::SemconvGroup*> signals;  // "<kind>/<name>", not deprecated
    for (const model::Registry& r : context.declared.registries)
      for (const model::SemconvGroup& g : r.groups)
        if (semconv::is_signal(g) && g.signal_name && !g.deprecated)
          signals.emplace(g.type.value + "/" + g.signal_name->value, &g);
    for (const model::Registry& r : context.model.registries)
      for (const model::SemconvGroup& g : r.groups) {
        check_signal(g, signals, out);
        for (const model::SemconvAttribute& a : g.attributes)
          if (a.id) {
            check_attribute(a, index, out);
            check_members(a, out);
          }
      }
  }

 private:
  static void check_signal(const model::SemconvGroup& group,
                           const std::map<std::string, const model::SemconvGroup*>& signals, Reporter& out) {
    const model::Str* to = renamed_to(group.deprecated);
    if (to == nullptr || !semconv::is_signal(group) || !group.signal_name ||
        signals.contains(group.type.value + "/" + to->value))
      return;
    out.report(to->span, fmt::format("{} '{}' is renamed to '{}', which is not a current {}", group.type.value,
                                     group.signal_name->value, to->value, group.type.value))
        .hint(fmt::format("point renamed_to at the {} that replaces it", group.type.value));
  }
};

}  // namespace

std::unique_ptr<Rule> make_stability_renamed_to() { return std::make_unique<RenamedTo>(); }

}  // namespace telc::lint
