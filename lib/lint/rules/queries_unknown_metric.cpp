// A series under a service's prefix that no MetricDefinition declares, and that is not a near miss
// of a declared one (queries/misspelt-metric): a metric that was never defined, or one defined
// outside the inputs. The rule would match nothing and alert on nothing.
#include <fmt/format.h>

#include "lint/queries.hpp"
#include "lint/rule.hpp"

namespace telc::lint {
namespace {

class UnknownMetric final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"queries/unknown-metric",
                                  "a query reads a metric of a declared service that no definition declares",
                                  diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }

  void check(const Context& context, Reporter& out) const override {
    for_each_undeclared_metric(
        context.model, context.metrics, [&](const std::string& name, diag::SourceSpan span, const auto& closest) {
          if (closest) return;  // queries/misspelt-metric
          out.report(span, fmt::format("no MetricDefinition or registry metric declares '{}'", name))
              .hint("declare the metric, or fix the name");
        });
  }
};

}  // namespace

std::unique_ptr<Rule> make_queries_unknown_metric() { return std::make_unique<UnknownMetric>(); }

}  // namespace telc::lint
