// The alerting standard: every alert is routed by its labels (`team`, `service` and `severity` in
// the Datum standard; `alerting.requiredLabels` in .telc.yaml).
#include <fmt/format.h>

#include "lint/queries.hpp"
#include "lint/rule.hpp"
#include "lint/rule_helpers.hpp"

namespace telc::lint {
namespace {

class RequiredLabels final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"alerting/required-labels",
                                  "an alert lacks a label the alerting standard requires (team, service, severity)",
                                  diag::Severity::error};
  const RuleInfo& info() const override { return kInfo; }

  void check(const Context& context, Reporter& out) const override {
    for_each_rule(context.model, [&](const model::RuleFile&, const model::RuleGroup& group,
                                     const model::RecordingOrAlertingRule& rule) {
      if (!rule.alert) return;
      for (const std::string& key : context.config.alert_labels)
        if (label_of(group, rule, key) == nullptr)
          out.report(rule.alert->span, fmt::format("alert '{}' has no '{}' label", rule.alert->value, key))
              .hint(fmt::format("add '{}: ...' under the rule's labels (or the group's); routing depends on it", key));
    });
  }
};

}  // namespace

std::unique_ptr<Rule> make_alerting_required_labels() { return std::make_unique<RequiredLabels>(); }

}  // namespace telc::lint
