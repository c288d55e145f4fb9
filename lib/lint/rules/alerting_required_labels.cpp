// The Datum alerting standard: every alert is routed by `team`, `service` and `severity`.
#include <fmt/format.h>

#include "lint/queries.hpp"
#include "lint/rule.hpp"
#include "lint/rule_helpers.hpp"

namespace telc::lint {
namespace {

constexpr RuleInfo kInfo{"alerting/required-labels", "an alert lacks the team, service or severity label",
                         diag::Severity::error};
constexpr std::string_view kRequired[] = {"team", "service", "severity"};

class RequiredLabels final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Context& context, Reporter& out) const override {
    for_each_rule(context.model, [&](const model::RuleFile&, const model::RuleGroup& group,
                                     const model::RecordingOrAlertingRule& rule) {
      if (!rule.alert) return;
      for (std::string_view key : kRequired)
        if (label_of(group, rule, key) == nullptr)
          out.report(rule.alert->span, fmt::format("alert '{}' has no '{}' label", rule.alert->value, key))
              .hint(fmt::format("add '{}: ...' under the rule's labels (or the group's); routing depends on it", key));
    });
  }
};

}  // namespace

std::unique_ptr<Rule> make_alerting_required_labels() { return std::make_unique<RequiredLabels>(); }

}  // namespace telc::lint
