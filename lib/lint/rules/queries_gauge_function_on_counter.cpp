// delta(), idelta(), deriv() and predict_linear() assume a gauge: on a counter they see resets as
// huge drops. Counters want rate() or increase().
#include <fmt/format.h>

#include "lint/queries.hpp"
#include "lint/rule.hpp"
#include "lint/rule_helpers.hpp"

namespace telc::lint {
namespace {

bool is_gauge_function(std::string_view field) {
  return field == "delta" || field == "idelta" || field == "deriv" || field == "predict_linear" ||
         field == "holt_winters" || field == "double_exponential_smoothing";
}

bool is_counter(const DeclaredSeries& series) {
  return series.series != Series::value || series.definition->instrument_kind == "counter";
}

class GaugeFunctionOnCounter final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"queries/gauge-function-on-counter",
                                  "a gauge function such as delta or deriv applied to a counter",
                                  diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }

  void check(const Context& context, Reporter& out) const override {
    for_each_query_node(context.model, !context.metrics.names().empty(),
                        [&](const model::RecordingOrAlertingRule& rule, const metricsql::Expr& node, auto) {
                          if (node.kind != metricsql::ExprKind::function || !is_gauge_function(call_name(node))) return;
                          const auto& args = metricsql::as<metricsql::FuncExpr>(node).args;
                          const auto* m = !args.empty() && args[0] != nullptr ? selector_of(*args[0]) : nullptr;
                          const auto name = m != nullptr ? metric_name(*m) : std::nullopt;
                          const auto declared = name ? context.metrics.find(*name) : std::nullopt;
                          if (!declared || !is_counter(*declared)) return;
                          out.report(span_of(rule.expr, node),
                                     fmt::format("{}() of '{}', which is a counter", call_name(node), *name))
                              .hint("use rate() or increase(), which handle counter resets")
                              .note(declared->definition->instrument.span, "declared here");
                        });
  }
};

}  // namespace

std::unique_ptr<Rule> make_queries_gauge_function_on_counter() { return std::make_unique<GaugeFunctionOnCounter>(); }

}  // namespace telc::lint
