// rate(), irate() and increase() assume a monotonic counter: on a gauge every decrease reads as a
// counter reset and the result is nonsense.
#include <fmt/format.h>

#include "lint/queries.hpp"
#include "lint/rule.hpp"
#include "lint/rule_helpers.hpp"

namespace telc::lint {
namespace {

bool is_counter_function(std::string_view field) { return field == "rate" || field == "irate" || field == "increase"; }

class RateOnGauge final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"queries/rate-on-gauge", "rate, irate or increase applied to a gauge",
                                  diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }

  void check(const Context& context, Reporter& out) const override {
    for_each_query_node(
        context.model, !context.metrics.names().empty(),
        [&](const model::RecordingOrAlertingRule& rule, const metricsql::Expr& node, auto) {
          if (node.kind != metricsql::ExprKind::function || !is_counter_function(call_name(node))) return;
          for (const metricsql::Expr* arg : metricsql::as<metricsql::FuncExpr>(node).args) {
            const auto* m = arg != nullptr ? selector_of(*arg) : nullptr;
            const auto name = m != nullptr ? metric_name(*m) : std::nullopt;
            const auto declared = name ? context.metrics.find(*name) : std::nullopt;
            if (!declared || declared->series != Series::value) continue;
            const std::string& kind = declared->definition->instrument_kind;
            if (kind != "gauge" && kind != "updowncounter") continue;
            out.report(span_of(rule.expr, node), fmt::format("{}() of '{}', which is a{} {}", call_name(node), *name,
                                                             kind == "gauge" ? "" : "n", kind))
                .hint("use delta() or deriv() for the change of a gauge, or avg_over_time() for its level")
                .note(declared->definition->instrument.span, "declared here");
          }
        });
  }
};

}  // namespace

std::unique_ptr<Rule> make_queries_rate_on_gauge() { return std::make_unique<RateOnGauge>(); }

}  // namespace telc::lint
