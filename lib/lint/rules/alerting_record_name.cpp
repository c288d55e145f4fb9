// Prometheus' naming practice for recording rules, level:metric:operations, tells a reader what
// was aggregated and how without opening the rule. A rule that only renames, relabels or scales a
// series (what telc generates for a MetricPolicy) has no operations to name, so it is exempt.
#include <fmt/format.h>
#include <re2/re2.h>

#include "lint/queries.hpp"
#include "lint/rule.hpp"

namespace telc::lint {
namespace {

/// True when the expression aggregates, or applies a rollup over a range (rate, increase, …).
bool computes(const model::RecordingOrAlertingRule& rule) {
  if (!rule.expr.parsed || !rule.expr.parsed->ok()) return true;
  bool found = false;
  walk(*rule.expr.parsed->root(), [&](const metricsql::Expr& node, std::span<const metricsql::Expr* const>) {
    found = found || node.kind == metricsql::ExprKind::aggregate || node.kind == metricsql::ExprKind::rollup ||
            (node.kind == metricsql::ExprKind::function && call_name(node) != "label_replace" &&
             call_name(node) != "label_join");
  });
  return found;
}

class RecordName final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"alerting/record-name", "a recording rule is not named level:metric:operations",
                                  diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }

  void check(const Context& context, Reporter& out) const override {
    static const RE2 shape("[a-zA-Z_][a-zA-Z0-9_]*:[a-zA-Z_][a-zA-Z0-9_]*:[a-zA-Z0-9_]+");
    for_each_rule(context.model, [&](const model::RuleFile&, const model::RuleGroup&,
                                     const model::RecordingOrAlertingRule& rule) {
      // A name that is no metric name at all is an error of validation (rule/invalid-record-name).
      if (!rule.record || RE2::FullMatch(rule.record->value, shape) || !computes(rule)) return;
      out.report(rule.record->span,
                 fmt::format("recording rule '{}' is not named level:metric:operations", rule.record->value))
          .hint("for example 'job:http_requests:rate5m': the labels kept, the metric, the operations newest first");
    });
  }
};

}  // namespace

std::unique_ptr<Rule> make_alerting_record_name() { return std::make_unique<RecordName>(); }

}  // namespace telc::lint
