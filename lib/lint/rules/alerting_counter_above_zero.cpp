// The Datum alerting standard: `> 0` on an error counter pages on one event; use a ratio or an
// SLO burn rate instead.
#include <fmt/format.h>

#include "lint/queries.hpp"
#include "lint/rule.hpp"
#include "lint/rule_helpers.hpp"

namespace telc::lint {
namespace {

constexpr RuleInfo kInfo{"alerting/counter-above-zero", "an alert fires when a counter's increase is above zero",
                         diag::Severity::warning};

using metricsql::Expr;

bool is_zero(const Expr* expr) {
  return expr != nullptr && expr->kind == metricsql::ExprKind::number &&
         metricsql::as<metricsql::NumberExpr>(*expr).value == 0;
}

bool is_counter(const Context& context, const std::string& name) {
  if (auto s = context.metrics.find(name))
    return s->definition->instrument_kind == "counter" || s->series != Series::value;
  return name.ends_with("_total") || name.ends_with("_count");
}

/// The first counter the expression reads, if any.
std::optional<std::string> counter_in(const Context& context, const Expr& expr) {
  std::optional<std::string> found;
  walk(expr, [&](const Expr& node, auto) {
    if (found || node.kind != metricsql::ExprKind::metric) return;
    if (auto name = metric_name(metricsql::as<metricsql::MetricExpr>(node)); name && is_counter(context, *name))
      found = name;
  });
  return found;
}

class CounterAboveZero final : public Rule {
 public:
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
