// The Datum alerting standard: Alertmanager routes on `cluster`, so an alert's expression must
// keep it through every aggregation.
#include <algorithm>

#include <fmt/format.h>

#include "lint/queries.hpp"
#include "lint/rule.hpp"
#include "lint/rule_helpers.hpp"

namespace telc::lint {
namespace {

constexpr RuleInfo kInfo{"alerting/aggregation-drops-cluster", "an alert's aggregation drops the cluster label",
                         diag::Severity::warning};

/// Aggregations that return input series unchanged keep every label.
bool keeps_labels(std::string_view name) {
  return name.starts_with("topk") || name.starts_with("bottomk") || name.starts_with("limitk") ||
         name.starts_with("outliers");
}

bool drops_cluster(const metricsql::AggrExpr& aggregate) {
  const auto& args = aggregate.modifier.args;
  const bool listed = std::find(args.begin(), args.end(), "cluster") != args.end();
  if (aggregate.modifier.op == "by") return !listed;
  if (aggregate.modifier.op == "without") return listed;
  return !keeps_labels(aggregate.name);
}

class AggregationDropsCluster final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Context& context, Reporter& out) const override {
    for_each_rule(context.model, [&](const model::RuleFile&, const model::RuleGroup&,
                                     const model::RecordingOrAlertingRule& rule) {
      if (!rule.alert || rule.expr.root() == nullptr) return;
      walk(*rule.expr.root(), [&](const metricsql::Expr& node, auto) {
        if (node.kind != metricsql::ExprKind::aggregate) return;
        const auto& a = metricsql::as<metricsql::AggrExpr>(node);
        if (drops_cluster(a))
          out.report(span_of(rule.expr, node),
                     fmt::format("'{}' drops the 'cluster' label that alerts are routed on", std::string(a.name)))
              .hint(a.modifier.op == "without" ? "remove 'cluster' from without(...)" : "add 'cluster' to by(...)");
      });
    });
  }
};

}  // namespace

std::unique_ptr<Rule> make_alerting_aggregation_drops_cluster() { return std::make_unique<AggregationDropsCluster>(); }

}  // namespace telc::lint
