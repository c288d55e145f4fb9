// Weaver's entity_associations package: a metric's, span's or event's `entity_associations` names
// entities of the registry. An unknown one is a typo or a removed entity, and generated code and
// backends then attach the signal to nothing.
#include <set>

#include <fmt/format.h>

#include "lint/rule.hpp"
#include "lint/semconv.hpp"

namespace telc::lint {
namespace {

class UnknownAssociation final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"entities/unknown-association",
                                  "a signal's entity_associations names an entity the registry does not define",
                                  diag::Severity::error};
  const RuleInfo& info() const override { return kInfo; }
  void check(const Context& context, Reporter& out) const override {
    // Entities may come from a dependency telc does not fetch.
    if (context.declared.registry_has_dependencies) return;
    std::set<std::string, std::less<>> entities;
    for (const model::Registry& r : context.declared.registries)
      for (const model::SemconvGroup& g : r.groups)
        if (g.type.value == "entity" && g.signal_name) entities.insert(g.signal_name->value);
    for (const model::Registry& r : context.model.registries)
      for (const model::SemconvGroup& g : r.groups)
        for (const model::Str& e : g.entity_associations)
          if (!entities.contains(e.value))
            out.report(e.span, fmt::format("{} '{}' is associated with entity '{}', which the registry does not define",
                                           g.type.value, g.signal_name ? g.signal_name->value : g.id.value, e.value))
                .hint("name an entity type the registry defines, or define it");
  }
};

}  // namespace

std::unique_ptr<Rule> make_entities_unknown_association() { return std::make_unique<UnknownAssociation>(); }

}  // namespace telc::lint
