// The Datum alerting standard has three severities; anything else routes nowhere.
#include <fmt/format.h>

#include "diag/spelling.hpp"
#include "lint/queries.hpp"
#include "lint/rule.hpp"
#include "lint/rule_helpers.hpp"

namespace telc::lint {
namespace {

constexpr RuleInfo kInfo{"alerting/severity-value", "an alert's severity is not critical, warning or info",
                         diag::Severity::error};

class SeverityValue final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Context& context, Reporter& out) const override {
    const std::vector<std::string> allowed{"critical", "warning", "info"};
    for_each_rule(context.model, [&](const model::RuleFile&, const model::RuleGroup& group,
                                     const model::RecordingOrAlertingRule& rule) {
      const model::Str* severity = rule.alert ? label_of(group, rule, "severity") : nullptr;
      if (severity == nullptr || std::find(allowed.begin(), allowed.end(), severity->value) != allowed.end()) return;
      const auto near = diag::closest(severity->value, allowed);
      out.report(severity->span, fmt::format("severity '{}' is not critical, warning or info", severity->value))
          .hint(near ? fmt::format("did you mean '{}'?", *near)
                     : "critical pages now, warning is for the same working day, info never pages");
    });
  }
};

}  // namespace

std::unique_ptr<Rule> make_alerting_severity_value() { return std::make_unique<SeverityValue>(); }

}  // namespace telc::lint
