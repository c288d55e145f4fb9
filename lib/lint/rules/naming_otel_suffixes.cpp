// OTel naming (semantic-conventions naming.md): no '_total' and no unit word in names, because
// both come from the instrument and the unit field, and the Prometheus translation appends them.
#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "lint/rule.hpp"
#include "lint/rule_helpers.hpp"
#include "model/units.hpp"

namespace telc::lint {
namespace {

class OtelSuffixes final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"naming/otel-suffixes",
                                  "an OTel metric name (otel profile, or a registry metric) ends in total or its unit",
                                  diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }
  void check(const Context& context, Reporter& out) const override {
    for (const model::MetricDefinition* m : otel_named_metrics(context.model, context.profile == Profile::otel)) {
      const model::MetricDefinition& d = *m;
      const std::string_view word = last_word(d.name.value);
      if (word == "total")
        out.report(d.name.span, fmt::format("metric '{}' ends in 'total'", d.name.value))
            .hint("OTel names do not say 'total'; the Prometheus translation adds _total to monotonic counters itself");
      const auto unit = model::find_unit(d.unit.value);
      if (unit && !unit->prometheus.empty() && (word == unit->prometheus || word == unit->word || word == unit->ucum))
        out.report(d.name.span,
                   fmt::format("metric '{}' repeats its unit '{}' in the name", d.name.value, d.unit.value))
            .hint("OTel names leave the unit to the unit field; the Prometheus translation appends it");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_naming_otel_suffixes() { return std::make_unique<OtelSuffixes>(); }

}  // namespace telc::lint
