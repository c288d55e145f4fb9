// CamelCase instrument types (Counter, UpDownCounter) are accepted, because the MetricDefinition
// design spells them both ways; the lowercase form is canonical.
#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "diag/spelling.hpp"
#include "lint/rule.hpp"
#include "model/units.hpp"

namespace telc::lint {
namespace {

class InstrumentCasing final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"naming/instrument-casing",
                                  "an instrument type is not written in its canonical lowercase form",
                                  diag::Severity::note};
  const RuleInfo& info() const override { return kInfo; }
  void check(const Context& context, Reporter& out) const override {
    for (const model::MetricDefinition& d : context.model.definitions)
      if (d.instrument.value != d.instrument_kind)
        out.report(d.instrument.span,
                   fmt::format("instrument type '{}' is accepted, but the canonical spelling is '{}'",
                               d.instrument.value, d.instrument_kind))
            .hint(fmt::format("write type: {}", d.instrument_kind));
  }
};

}  // namespace

std::unique_ptr<Rule> make_naming_instrument_casing() { return std::make_unique<InstrumentCasing>(); }

}  // namespace telc::lint
