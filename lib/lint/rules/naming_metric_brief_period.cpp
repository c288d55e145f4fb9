// Weaver's naming_conventions package: a registry metric's brief is a sentence ending with a
// period. Briefs become the metric's description in generated code, docs and backends, which
// print them as they are; an empty brief is left alone (other checks ask for one).
#include <fmt/format.h>

#include "lint/rule.hpp"
#include "lint/semconv.hpp"

namespace telc::lint {
namespace {

class MetricBriefPeriod final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"naming/metric-brief-period", "a registry metric's brief does not end with a period",
                                  diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }
  void check(const Context& context, Reporter& out) const override {
    for (const model::Registry& r : context.model.registries)
      for (const model::SemconvGroup& g : r.groups) {
        if (!g.metric) continue;
        const std::string& brief = g.brief.value;
        const std::size_t last = brief.find_last_not_of(" \n");
        if (last == std::string::npos || brief[last] == '.') continue;
        out.report(g.brief.span,
                   fmt::format("the brief of metric '{}' does not end with a period", g.metric->name.value))
            .hint("write the brief as one sentence ending with '.'");
      }
  }
};

}  // namespace

std::unique_ptr<Rule> make_naming_metric_brief_period() { return std::make_unique<MetricBriefPeriod>(); }

}  // namespace telc::lint
