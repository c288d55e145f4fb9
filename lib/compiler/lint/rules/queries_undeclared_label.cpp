// A matcher on a label the metric's definition does not declare matches nothing (or everything,
// for `!=`): the label is misspelt or the definition is incomplete. Platform labels are allowed.
#include <fmt/format.h>

#include "compiler/lint/queries.hpp"
#include "compiler/lint/rule.hpp"
#include "compiler/lint/rule_helpers.hpp"
#include "diag/spelling.hpp"

namespace telc::compiler::lint {
namespace {

constexpr RuleInfo kInfo{"queries/undeclared-label", "a query matches on a label the metric's definition does not declare",
                         diag::Severity::warning};

class UndeclaredLabel final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Context& context, Reporter& out) const override {
    for_each_query_node(context.model, !context.metrics.names().empty(),
                        [&](const model::Rule& r, const metricsql::Expr& node, auto) {
      if (node.kind != metricsql::ExprKind::metric) return;
      const auto& m = metricsql::as<metricsql::MetricExpr>(node);
      const auto name = metric_name(m);
      const auto declared = name ? context.metrics.find(*name) : std::nullopt;
      if (!declared) return;
      for (const auto& group : m.groups)
        for (const metricsql::LabelMatcher& f : group) check_matcher(context, r, *declared, *name, f, out);
    });
  }

 private:
  static void check_matcher(const Context& context, const model::Rule& r, const DeclaredSeries& s, const std::string& name,
                            const metricsql::LabelMatcher& f, Reporter& out) {
    const std::string label(f.label);
    if (context.metrics.declares_label(s, label)) return;
    const auto near = diag::closest(label, context.metrics.label_names(s));
    out.report(r.expr.text.where.span(f.begin, f.end), fmt::format("metric '{}' has no label '{}'", name, label))
        .hint(near ? fmt::format("did you mean '{}'?", *near)
                   : "declare the label in the MetricDefinition, or add it to platform.labels in .telc.yaml")
        .note(s.definition->name.span, "the metric is defined here");
  }
};

}  // namespace

std::unique_ptr<Rule> make_queries_undeclared_label() { return std::make_unique<UndeclaredLabel>(); }

}  // namespace telc::compiler::lint
