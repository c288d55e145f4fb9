// Weaver's stability package: a signal is no more stable than the attributes it requires. A stable
// metric whose attribute is still in development can lose or change that attribute, which breaks
// the metric's stability promise; an `opt_in` attribute is the way to offer it meanwhile.
#include <fmt/format.h>

#include "lint/rule.hpp"
#include "lint/semconv.hpp"

namespace telc::lint {
namespace {

/// The kind Weaver names the check after (`metric_lower_stability_attribute`); empty when the
/// group is not judged (v1 attribute groups and v2 internal ones).
std::string kind(const model::SemconvGroup& group) {
  if (semconv::is_signal(group)) return group.type.value;
  const bool public_group =
      group.type.value == "attribute_group" && group.visibility && group.visibility->value == "public";
  return public_group ? "attribute_group" : "";
}

/// The attribute's stability: a reference's refinement, else its definition's.
const model::Str* stability(const model::SemconvAttribute& attr, const semconv::AttributeIndex& index) {
  if (attr.stability) return &*attr.stability;
  const model::SemconvAttribute* d = semconv::definition(attr, index);
  return d != nullptr && d->stability ? &*d->stability : nullptr;
}

class LowerStabilityAttribute final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"stability/lower-stability-attribute",
                                  "a signal is more stable than an attribute it uses", diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }
  void check(const Context& context, Reporter& out) const override {
    const semconv::AttributeIndex& index = context.semconv.attributes;
    const semconv::GroupIndex& groups = context.semconv.groups;
    for (const model::Registry& r : context.model.registries)
      for (const model::SemconvGroup& g : r.groups) {
        const std::string k = kind(g);
        if (k.empty() || !g.stability || semconv::excepted(g, "stability", k + "_lower_stability_attribute")) continue;
        for (const semconv::UsedAttribute& used : semconv::used_attributes(g, groups))
          check_attribute(g, k, used, index, out);
      }
  }

 private:
  static void check_attribute(const model::SemconvGroup& group, const std::string& signal_kind,
                              const semconv::UsedAttribute& used, const semconv::AttributeIndex& index, Reporter& out) {
    const model::SemconvAttribute& a = *used.attribute;
    const model::Str* level = stability(a, index);
    const int rank = level != nullptr ? semconv::stability_rank(level->value) : 0;
    if (a.opt_in || rank == 0 || semconv::stability_rank(group.stability->value) <= rank) return;
    const std::string name = group.signal_name ? group.signal_name->value : group.id.value;
    const std::string shown = signal_kind == "attribute_group" ? "attribute group" : signal_kind;
    Finding finding = out.report(used.where, fmt::format("attribute '{}' is {} but {} '{}' is {}", a.key().value,
                                                         level->value, shown, name, group.stability->value));
    finding.note(group.stability->span, fmt::format("the {}'s stability", shown));
    if (used.where.begin.line != a.key().span.begin.line || used.where.file != a.key().span.file)
      finding.note(a.key().span, "the attribute is inherited from here");
    finding.hint(
        fmt::format("make it 'requirement_level: opt_in', stabilise the attribute, or list "
                    "'{}_lower_stability_attribute' in annotations.stability.policy_exceptions",
                    signal_kind));
  }
};

}  // namespace

std::unique_ptr<Rule> make_stability_lower_stability_attribute() { return std::make_unique<LowerStabilityAttribute>(); }

}  // namespace telc::lint
