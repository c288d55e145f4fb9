// A series under a service's prefix that no MetricDefinition declares is a typo or a metric that
// was never defined: the rule would match nothing and alert on nothing.
#include <fmt/format.h>

#include "compiler/lint/queries.hpp"
#include "compiler/lint/rule.hpp"
#include "compiler/lint/rule_helpers.hpp"
#include "diag/spelling.hpp"

namespace telc::compiler::lint {
namespace {

constexpr RuleInfo kInfo{"queries/unknown-metric", "a query reads a metric of a declared service that no definition declares",
                         diag::Severity::warning};

class UnknownMetric final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Context& context, Reporter& out) const override {
    for_each_query_node(context.model, !context.metrics.names().empty(),
                        [&](const model::Rule& r, const metricsql::Expr& node, auto) {
      if (node.kind != metricsql::ExprKind::metric) return;
      const auto name = metric_name(metricsql::as<metricsql::MetricExpr>(node));
      if (!name || context.metrics.find(*name) || !context.metrics.under_declared_service(*name)) return;
      const auto near = diag::closest(*name, context.metrics.names());
      out.report(span_of(r.expr, node), fmt::format("no MetricDefinition or registry metric declares '{}'", *name))
          .hint(near ? fmt::format("did you mean '{}'?", *near) : "declare the metric, or fix the name");
    });
  }
};

}  // namespace

std::unique_ptr<Rule> make_queries_unknown_metric() { return std::make_unique<UnknownMetric>(); }

}  // namespace telc::compiler::lint
