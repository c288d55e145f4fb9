// `sum by (resource_namspace) (...)` groups by a label no input series has: every series falls in
// one group and the result looks plausible. The labels an aggregation can see are at most those of
// the metrics below it, so a label none of them declares is a typo.
#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "diag/spelling.hpp"
#include "lint/queries.hpp"
#include "lint/rule.hpp"
#include "lint/rule_helpers.hpp"

namespace telc::lint {
namespace {

/// Functions that make labels of their own: below them the declared labels are not the whole set.
bool makes_labels(std::string_view field) {
  return field.starts_with("label") || field == "count_values" || field == "prometheus_buckets" ||
         field == "histogram_over_time" || field == "alias";
}

/// The declared series below `node`, or nullopt when a series is not declared or a label may come
/// from elsewhere (then nothing can be said).
std::optional<std::vector<DeclaredSeries>> series_below(const Context& context, const metricsql::Expr& node) {
  std::vector<DeclaredSeries> out;
  bool known = true;
  walk(node, [&](const metricsql::Expr& expr, auto) {
    if (expr.kind == metricsql::ExprKind::with || makes_labels(call_name(expr))) known = false;
    if (expr.kind != metricsql::ExprKind::metric) return;
    const auto name = metric_name(metricsql::as<metricsql::MetricExpr>(expr));
    const auto s = name ? context.metrics.find(*name) : std::nullopt;
    if (s)
      out.push_back(*s);
    else
      known = false;
  });
  if (!known || out.empty()) return std::nullopt;
  return out;
}

class UndeclaredGroupingLabel final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"queries/undeclared-grouping-label",
                                  "by(...) or without(...) names a label that none of the aggregated metrics declares",
                                  diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }

  void check(const Context& context, Reporter& out) const override {
    for_each_query_node(context.model, !context.metrics.names().empty(),
                        [&](const model::RecordingOrAlertingRule& rule, const metricsql::Expr& node, auto parents) {
                          if (node.kind != metricsql::ExprKind::aggregate) return;
                          const auto& a = metricsql::as<metricsql::AggrExpr>(node);
                          if (a.modifier.op != "by" && a.modifier.op != "without") return;
                          const auto series = series_below(context, node);
                          if (!series) return;
                          // Under histogram_quantile a missing `le` means the wrong series was read, which
                          // queries/quantile-on-non-histogram reports; once is enough.
                          const bool quantile = std::any_of(
                              parents.begin(), parents.end(),
                              [](const metricsql::Expr* expr) { return call_name(*expr) == "histogram_quantile"; });
                          for (const auto& label : a.modifier.args)
                            if (!(quantile && label == "le"))
                              check_label(context, rule, a, *series, std::string(label), out);
                        });
  }

 private:
  static void check_label(const Context& context, const model::RecordingOrAlertingRule& rule,
                          const metricsql::AggrExpr& aggregate, const std::vector<DeclaredSeries>& series,
                          const std::string& label, Reporter& out) {
    if (std::any_of(series.begin(), series.end(),
                    [&](const DeclaredSeries& series) { return context.metrics.declares_label(series, label); }))
      return;
    std::vector<std::string> names;
    for (const DeclaredSeries& s : series)
      for (std::string& n : context.metrics.label_names(s)) names.push_back(std::move(n));
    const auto near = diag::closest(label, names);
    const auto [begin, end] = grouping_label_range(rule.expr.text.text.value, aggregate, label);
    out.report(rule.expr.text.where.span(begin, end),
               fmt::format("'{} {}' names '{}', a label none of the aggregated metrics has",
                           std::string(aggregate.name), std::string(aggregate.modifier.op), label))
        .hint(near ? fmt::format("did you mean '{}'?", *near)
                   : "declare the label in the metric's definition, or add it to platform.labels in .telc.yaml")
        .note(series.front().definition->name.span, "the metric is defined here");
  }
};

}  // namespace

std::unique_ptr<Rule> make_queries_undeclared_grouping_label() { return std::make_unique<UndeclaredGroupingLabel>(); }

}  // namespace telc::lint
