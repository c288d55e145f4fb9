// A series under a service's prefix that no MetricDefinition declares is a typo or a metric that
// was never defined: the rule would match nothing and alert on nothing, and an ExportPolicy
// selector would export nothing.
#include <fmt/format.h>

#include "diag/spelling.hpp"
#include "lint/queries.hpp"
#include "lint/rule.hpp"
#include "lint/rule_helpers.hpp"

namespace telc::lint {
namespace {

constexpr RuleInfo kInfo{"queries/unknown-metric",
                         "a query reads a metric of a declared service that no definition declares",
                         diag::Severity::warning};

class UnknownMetric final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Context& context, Reporter& out) const override {
    const bool any = !context.metrics.names().empty();
    for_each_query_node(context.model, any,
                        [&](const model::RecordingOrAlertingRule& rule, const metricsql::Expr& node, auto) {
                          if (node.kind != metricsql::ExprKind::metric) return;
                          if (const auto name = metric_name(metricsql::as<metricsql::MetricExpr>(node)))
                            check_name(context, *name, span_of(rule.expr, node), out);
                        });
    for_each_export_selector(context.model, any,
                             [&](const model::MetricsQuery& query, const metricsql::Selector& selector) {
                               if (selector.metric_name)
                                 check_name(context, *selector.metric_name, name_span(query, selector), out);
                             });
  }

 private:
  /// The name's own filter (the first of every or-group), else the whole selector.
  static diag::SourceSpan name_span(const model::MetricsQuery& query, const metricsql::Selector& selector) {
    const bool named = !selector.or_groups.empty() && !selector.or_groups.front().empty() &&
                       selector.or_groups.front().front().label == "__name__";
    const auto& f = named ? selector.or_groups.front().front() : metricsql::LabelFilter{};
    return named ? query.text.where.span(f.begin, f.end) : query.text.where.span(selector.begin, selector.end);
  }

  static void check_name(const Context& context, const std::string& name, diag::SourceSpan span, Reporter& out) {
    if (context.metrics.find(name) || !context.metrics.under_declared_service(name)) return;
    const auto near = diag::closest(name, context.metrics.names());
    out.report(span, fmt::format("no MetricDefinition or registry metric declares '{}'", name))
        .hint(near ? fmt::format("did you mean '{}'?", *near) : "declare the metric, or fix the name");
  }
};

}  // namespace

std::unique_ptr<Rule> make_queries_unknown_metric() { return std::make_unique<UnknownMetric>(); }

}  // namespace telc::lint
