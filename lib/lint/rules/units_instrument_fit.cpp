// A name says what is measured; the instrument and unit must agree with it: a utilization is a
// gauge, a duration has a time unit.
#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "lint/rule.hpp"
#include "lint/rule_helpers.hpp"
#include "model/units.hpp"

namespace telc::lint {
namespace {

bool has_word(std::string_view name, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view word) {
    for (std::size_t at = name.find(word); at != std::string_view::npos; at = name.find(word, at + 1)) {
      const bool starts = at == 0 || name[at - 1] == '.' || name[at - 1] == '_';
      const std::size_t end = at + word.size();
      if (starts && (end == name.size() || name[end] == '.' || name[end] == '_')) return true;
    }
    return false;
  });
}

class InstrumentFit final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"units/instrument-fit",
                                  "a metric's unit or instrument does not fit what its name measures",
                                  diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }
  void check(const Context& context, Reporter& out) const override {
    for (const model::MetricDefinition* m : all_metrics(context.model)) {
      const model::MetricDefinition& d = *m;
      const std::string& name = d.name.value;
      const auto unit = model::find_unit(d.unit.value);
      if (d.instrument_kind == "counter" && has_word(name, {"utilization", "ratio", "percent", "usage"}))
        out.report(d.instrument.span, fmt::format("'{}' is a level, but it is declared as a counter", name))
            .hint("a utilization or ratio goes up and down: declare it as a gauge");
      if (has_word(name, {"duration", "latency", "time", "seconds", "elapsed"}) && (!unit || !unit->is_time) &&
          !has_word(name, {"timestamp"}))
        out.report(d.unit.span,
                   fmt::format("'{}' is a duration, but its unit '{}' is not a time unit", name, d.unit.value))
            .hint("use seconds (datum) or s (otel)");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_units_instrument_fit() { return std::make_unique<InstrumentFit>(); }

}  // namespace telc::lint
