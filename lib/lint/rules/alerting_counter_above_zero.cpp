// The Datum alerting standard: `> 0` on an error counter pages on one event; use a ratio or an
// SLO burn rate instead.
#include <algorithm>
#include <span>

#include <fmt/format.h>

#include "lint/queries.hpp"
#include "lint/rule.hpp"
#include "lint/rule_helpers.hpp"

namespace telc::lint {
namespace {

using metricsql::Expr;

bool is_zero(const Expr* expr) {
  return expr != nullptr && expr->kind == metricsql::ExprKind::number &&
         metricsql::as<metricsql::NumberExpr>(*expr).value == 0;
}

/// Functions that turn a counter into its increase.
bool is_increase(std::string_view name) {
  return name == "rate" || name == "irate" || name == "increase" || name == "increase_pure" ||
         name == "increase_prometheus" || name == "rate_prometheus";
}

/// A declared counter (or a histogram's _count or _bucket) wherever it is read; an undeclared
/// series only by its name and only inside rate() or increase(): read raw, a `_count` or `_total`
/// name is as often a gauge (pg_stat_activity_count) as a counter.
bool is_counter(const Context& context, const std::string& name, std::span<const Expr* const> parents) {
  if (auto series = context.metrics.find(name))
    return series->definition->instrument_kind == "counter" || series->series != Series::value;
  const bool increase =
      std::any_of(parents.begin(), parents.end(), [](const Expr* parent) { return is_increase(call_name(*parent)); });
  return increase && (name.ends_with("_total") || name.ends_with("_count"));
}

/// The first counter the expression reads, if any.
std::optional<std::string> counter_in(const Context& context, const Expr& expr) {
  std::optional<std::string> found;
  walk(expr, [&](const Expr& node, std::span<const Expr* const> parents) {
    if (found || node.kind != metricsql::ExprKind::metric) return;
    if (auto name = metric_name(metricsql::as<metricsql::MetricExpr>(node));
        name && is_counter(context, *name, parents))
      found = name;
  });
  return found;
}

class CounterAboveZero final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"alerting/counter-above-zero",
                                  "an alert fires when a counter's increase is above zero", diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }

  void check(const Context& context, Reporter& out) const override {
    for_each_rule(context.model, [&](const model::RuleFile&, const model::RuleGroup&,
                                     const model::RecordingOrAlertingRule& rule) {
      const Expr* root = rule.alert ? rule.expr.root() : nullptr;
      if (root == nullptr || root->kind != metricsql::ExprKind::binary) return;
      const auto& b = metricsql::as<metricsql::BinaryExpr>(*root);
      if (b.op != ">" || !is_zero(b.right) || b.left == nullptr) return;
      if (auto counter = counter_in(context, *b.left))
        out.report(span_of(rule.expr, *root),
                   fmt::format("alert '{}' fires on any increase of counter '{}'", rule.alert->value, *counter))
            .hint("alert on an error ratio or an SLO burn rate, not on a single event");
    });
  }
};

}  // namespace

std::unique_ptr<Rule> make_alerting_counter_above_zero() { return std::make_unique<CounterAboveZero>(); }

}  // namespace telc::lint
