// A series name one typo away from a declared metric: the query matches nothing, so a recording
// rule records nothing and an alert never fires, and nothing says so. An error by default: unlike
// a metric defined elsewhere (queries/unknown-metric), a near miss is almost always a mistake.
#include <fmt/format.h>

#include "lint/queries.hpp"
#include "lint/rule.hpp"

namespace telc::lint {
namespace {

class MisspeltMetric final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"queries/misspelt-metric",
                                  "a query reads a metric whose name is a near miss of a declared one",
                                  diag::Severity::error};
  const RuleInfo& info() const override { return kInfo; }

  void check(const Context& context, Reporter& out) const override {
    for_each_undeclared_metric(
        context.model, context.metrics, [&](const std::string& name, diag::SourceSpan span, const auto& closest) {
          if (!closest) return;  // queries/unknown-metric
          out.report(span, fmt::format("no MetricDefinition or registry metric declares '{}'", name))
              .hint(fmt::format("did you mean '{}'?", *closest));
        });
  }
};

}  // namespace

std::unique_ptr<Rule> make_queries_misspelt_metric() { return std::make_unique<MisspeltMetric>(); }

}  // namespace telc::lint
