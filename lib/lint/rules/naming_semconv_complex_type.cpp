// Weaver's naming_conventions package: attributes of type `any` or `template[any]` (maps, nested
// values) belong on events and spans only. Metric attributes become series labels, entity
// attributes identify or describe a resource, and public attribute groups feed both: backends
// store them as flat strings, so a complex value there is lost or explodes cardinality.
#include <fmt/format.h>

#include "lint/rule.hpp"
#include "lint/semconv.hpp"

namespace telc::lint {
namespace {

bool complex_type(const model::SemconvAttribute* definition) {
  return definition != nullptr && definition->type &&
         (definition->type->value == "any" || definition->type->value == "template[any]");
}

/// Where complex attributes are not allowed: metrics, entities and (v2) public attribute groups.
std::optional<std::string> restricted(const model::SemconvGroup& group) {
  if (group.type.value == "metric" || group.type.value == "entity")
    return fmt::format("{} '{}'", group.type.value, group.signal_name ? group.signal_name->value : group.id.value);
  if (group.type.value == "attribute_group" && group.visibility && group.visibility->value == "public")
    return fmt::format("attribute group '{}'", group.id.value);
  return std::nullopt;
}

class SemconvComplexType final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"naming/semconv-complex-type",
                                  "a complex (any) attribute is used on a metric, entity or attribute group",
                                  diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }
  void check(const Context& context, Reporter& out) const override {
    const semconv::AttributeIndex& index = context.semconv.attributes;
    const semconv::GroupIndex& groups = context.semconv.groups;
    for (const model::Registry& r : context.model.registries)
      for (const model::SemconvGroup& g : r.groups) {
        const auto where = restricted(g);
        if (!where) continue;
        for (const semconv::UsedAttribute& used : semconv::used_attributes(g, groups)) {
          const model::SemconvAttribute& a = *used.attribute;
          const model::SemconvAttribute* definition = semconv::definition(a, index);
          if (!complex_type(definition)) continue;
          out.report(used.where, fmt::format("attribute '{}' has type '{}' and is used on {}", a.key().value,
                                             definition->type->value, *where))
              .hint("complex attributes are allowed on events and spans only; use a primitive type here");
        }
      }
  }
};

}  // namespace

std::unique_ptr<Rule> make_naming_semconv_complex_type() { return std::make_unique<SemconvComplexType>(); }

}  // namespace telc::lint
