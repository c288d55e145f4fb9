// The alerting standard's severities (critical, warning and info in the Datum standard;
// `alerting.severities` in .telc.yaml): anything else routes nowhere.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "diag/spelling.hpp"
#include "lint/queries.hpp"
#include "lint/rule.hpp"
#include "lint/rule_helpers.hpp"

namespace telc::lint {
namespace {

/// The Datum standard says what its severities mean; a team's own are named only.
std::string what_they_mean(const std::vector<std::string>& allowed) {
  if (allowed == std::vector<std::string>{"critical", "warning", "info"})
    return "critical pages now, warning is for the same working day, info never pages";
  return "use one of the severities the alerting standard routes (alerting.severities in .telc.yaml)";
}

class SeverityValue final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"alerting/severity-value",
                                  "an alert's severity is not one of the standard's (critical, warning, info)",
                                  diag::Severity::error};
  const RuleInfo& info() const override { return kInfo; }

  void check(const Context& context, Reporter& out) const override {
    const std::vector<std::string>& allowed = context.config.alert_severities;
    for_each_rule(context.model, [&](const model::RuleFile&, const model::RuleGroup& group,
                                     const model::RecordingOrAlertingRule& rule) {
      const model::Str* severity = rule.alert ? label_of(group, rule, "severity") : nullptr;
      if (severity == nullptr || std::find(allowed.begin(), allowed.end(), severity->value) != allowed.end()) return;
      const auto near = diag::closest(severity->value, allowed);
      out.report(severity->span,
                 fmt::format("severity '{}' is not one of {}", severity->value, fmt::join(allowed, ", ")))
          .hint(near ? fmt::format("did you mean '{}'?", *near) : what_they_mean(allowed));
    });
  }
};

}  // namespace

std::unique_ptr<Rule> make_alerting_severity_value() { return std::make_unique<SeverityValue>(); }

}  // namespace telc::lint
