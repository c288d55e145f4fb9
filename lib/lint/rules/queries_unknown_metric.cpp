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
                        [&](const model::RecordingOrAlertingRule& r, const metricsql::Expr& node, auto) {
                          if (node.kind != metricsql::ExprKind::metric) return;
                          if (const auto name = metric_name(metricsql::as<metricsql::MetricExpr>(node)))
                            check_name(context, *name, span_of(r.expr, node), out);
                        });
    for_each_export_selector(context.model, any, [&](const model::MetricsQuery& q, const metricsql::Selector& s) {
      if (s.metric_name) check_name(context, *s.metric_name, name_span(q, s), out);
    });
  }

 private:
  /// The name's own filter (the first of every or-group), else the whole selector.
  static diag::SourceSpan name_span(const model::MetricsQuery& q, const metricsql::Selector& s) {
    const bool named =
        !s.or_groups.empty() && !s.or_groups.front().empty() && s.or_groups.front().front().label == "__name__";
    const auto& f = named ? s.or_groups.front().front() : metricsql::LabelFilter{};
    return named ? q.text.where.span(f.begin, f.end) : q.text.where.span(s.begin, s.end);
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
