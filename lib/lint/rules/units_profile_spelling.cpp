// The datum profile spells units out (seconds, bytes), the otel profile uses UCUM (s, By). Both
// are accepted, since one unit table maps between them; one project uses one, so that definitions,
// dashboards and generated rules agree.
#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "lint/rule.hpp"
#include "lint/rule_helpers.hpp"
#include "model/units.hpp"

namespace telc::lint {
namespace {

class ProfileSpelling final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"units/profile-spelling", "a unit is not spelled the way the naming profile wants",
                                  diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }
  void check(const Context& context, Reporter& out) const override {
    const bool datum = context.profile == Profile::datum;
    for (const model::MetricDefinition& d : context.model.definitions) {
      const auto unit = model::find_unit(d.unit.value);
      if (!unit || unit->word == unit->ucum) continue;
      const std::string_view wanted = datum ? unit->word : unit->ucum;
      if (d.unit.value == wanted) continue;
      out.report(d.unit.span, fmt::format("unit '{}' is written '{}' in the {} profile", d.unit.value, wanted,
                                          datum ? "datum" : "otel"))
          .hint(datum ? "the datum profile spells units out (seconds, bytes); set naming.profile: otel for UCUM"
                      : "the otel profile uses UCUM codes (s, By); set naming.profile: datum for spelled-out units");
    }
    // Registry metrics are OpenTelemetry semantic conventions whatever the profile: UCUM, as Weaver
    // and every OTel SDK read them.
    for (const model::MetricDefinition* d : registry_metrics(context.model)) {
      const auto unit = model::find_unit(d->unit.value);
      if (!unit || unit->word == unit->ucum || d->unit.value == unit->ucum) continue;
      out.report(d->unit.span, fmt::format("unit '{}' of registry metric '{}' is written '{}'", d->unit.value,
                                           d->name.value, unit->ucum))
          .hint("semantic-convention registries use UCUM codes (s, By) in every naming profile");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_units_profile_spelling() { return std::make_unique<ProfileSpelling>(); }

}  // namespace telc::lint
