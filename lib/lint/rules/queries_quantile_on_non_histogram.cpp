// histogram_quantile() needs the buckets of a histogram; on anything else it returns NaN or
// silently wrong values.
#include <fmt/format.h>

#include "lint/queries.hpp"
#include "lint/rule.hpp"
#include "lint/rule_helpers.hpp"

namespace telc::lint {
namespace {

class QuantileOnNonHistogram final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"queries/quantile-on-non-histogram",
                                  "histogram_quantile over series that are not histogram buckets",
                                  diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }

  void check(const Context& context, Reporter& out) const override {
    for_each_query_node(
        context.model, !context.metrics.names().empty(),
        [&](const model::RecordingOrAlertingRule& rule, const metricsql::Expr& node, auto parents) {
          if (node.kind != metricsql::ExprKind::metric || !inside_quantile(parents)) return;
          const auto name = metric_name(metricsql::as<metricsql::MetricExpr>(node));
          const auto declared = name ? context.metrics.find(*name) : std::nullopt;
          if (!declared || declared->series == Series::bucket) return;
          const auto& d = *declared->definition;
          out.report(span_of(rule.expr, node),
                     fmt::format("histogram_quantile() over '{}', which is not a histogram's buckets", *name))
              .hint(d.instrument_kind == "histogram"
                        ? "read the metric's _bucket series"
                        : fmt::format("'{}' is a {}; quantiles need a histogram", d.name.value, d.instrument_kind))
              .note(d.instrument.span, "declared here");
        });
  }

 private:
  static bool inside_quantile(std::span<const metricsql::Expr* const> parents) {
    return std::any_of(parents.begin(), parents.end(),
                       [](const metricsql::Expr* expr) { return call_name(*expr) == "histogram_quantile"; });
  }
};

}  // namespace

std::unique_ptr<Rule> make_queries_quantile_on_non_histogram() { return std::make_unique<QuantileOnNonHistogram>(); }

}  // namespace telc::lint
