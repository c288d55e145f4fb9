// OTel naming: a metric name is pluralised only when its unit counts discrete things ({fault},
// {request}); 'http.server.request.durations' is wrong, 'system.processes.count' is not plural.
#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "lint/rule.hpp"
#include "lint/rule_helpers.hpp"
#include "model/units.hpp"

namespace telc::lint {
namespace {

/// A crude English plural: ends in 's' but not in 'ss', 'us' or 'is' (status, bus, analysis).
bool looks_plural(std::string_view word) {
  return word.size() > 3 && word.ends_with("s") && !word.ends_with("ss") && !word.ends_with("us") &&
         !word.ends_with("is");
}

/// A unit written into the name (`_ms`, `_bytes`, `.seconds`): a plural there is the unit's, and
/// naming/otel-suffixes reports the unit in the name.
bool is_unit_word(std::string_view word) {
  const auto units = model::all_units();
  return std::any_of(units.begin(), units.end(), [&](const model::UnitInfo& unit) {
    return word == unit.word || word == unit.ucum || word == unit.prometheus;
  });
}

class OtelPlural final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "naming/otel-plural", "an OTel metric name (otel profile, or a registry metric) is plural without a count unit",
      diag::Severity::note};
  const RuleInfo& info() const override { return kInfo; }
  void check(const Context& context, Reporter& out) const override {
    for (const model::MetricDefinition* m : otel_named_metrics(context.model, context.profile == Profile::otel)) {
      const model::MetricDefinition& d = *m;
      const std::string_view word = last_word(d.name.value);
      const bool countable = d.unit.value.starts_with("{");
      if (!looks_plural(word) || countable || is_unit_word(word)) continue;
      out.report(d.name.span, fmt::format("metric '{}' is pluralised but its unit '{}' does not count things",
                                          d.name.value, d.unit.value))
          .hint("OTel names are singular unless the unit is a count annotation such as {request}");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_naming_otel_plural() { return std::make_unique<OtelPlural>(); }

}  // namespace telc::lint
