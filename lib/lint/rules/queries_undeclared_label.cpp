// A matcher on a label the metric's definition does not declare matches nothing (or everything,
// for `!=`): the label is misspelt or the definition is incomplete. Platform labels are allowed.
#include <fmt/format.h>

#include "diag/spelling.hpp"
#include "lint/queries.hpp"
#include "lint/rule.hpp"
#include "lint/rule_helpers.hpp"

namespace telc::lint {
namespace {

class UndeclaredLabel final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"queries/undeclared-label",
                                  "a query matches on a label the metric's definition does not declare",
                                  diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }

  void check(const Context& context, Reporter& out) const override {
    const bool any = !context.metrics.names().empty();
    for_each_query_node(context.model, any,
                        [&](const model::RecordingOrAlertingRule& rule, const metricsql::Expr& node, auto) {
                          if (node.kind != metricsql::ExprKind::metric) return;
                          const auto& m = metricsql::as<metricsql::MetricExpr>(node);
                          const auto name = metric_name(m);
                          const auto declared = name ? context.metrics.find(*name) : std::nullopt;
                          if (!declared) return;
                          for (const auto& group : m.groups)
                            for (const metricsql::LabelMatcher& f : group)
                              check_label(context, *declared, *name, std::string(f.label),
                                          rule.expr.text.where.span(f.begin, f.end), out);
                        });
    for_each_export_selector(
        context.model, any, [&](const model::MetricsQuery& query, const metricsql::Selector& selector) {
          const auto declared = selector.metric_name ? context.metrics.find(*selector.metric_name) : std::nullopt;
          if (!declared) return;
          for (const auto& group : selector.or_groups)
            for (const metricsql::LabelFilter& f : group)
              check_label(context, *declared, *selector.metric_name, f.label, query.text.where.span(f.begin, f.end),
                          out);
        });
  }

 private:
  static void check_label(const Context& context, const DeclaredSeries& series, const std::string& name,
                          const std::string& label, diag::SourceSpan span, Reporter& out) {
    if (context.metrics.declares_label(series, label)) return;
    const auto near = diag::closest(label, context.metrics.label_names(series));
    out.report(span, fmt::format("metric '{}' has no label '{}'", name, label))
        .hint(near ? fmt::format("did you mean '{}'?", *near)
                   : "declare the label in the MetricDefinition, or add it to platform.labels in .telc.yaml")
        .note(series.definition->name.span, "the metric is defined here");
  }
};

}  // namespace

std::unique_ptr<Rule> make_queries_undeclared_label() { return std::make_unique<UndeclaredLabel>(); }

}  // namespace telc::lint
