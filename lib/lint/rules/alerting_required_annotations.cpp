// The alerting standard's annotations beyond the runbook (alerting/runbook-url): a team that wants
// every alert to say what it means lists `summary` or `description` in `alerting.requiredAnnotations`.
#include <fmt/format.h>

#include "lint/queries.hpp"
#include "lint/rule.hpp"
#include "lint/rule_helpers.hpp"

namespace telc::lint {
namespace {

class RequiredAnnotations final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "alerting/required-annotations",
      "an alert lacks an annotation the alerting standard requires (none besides runbook_url "
      "unless configured)",
      diag::Severity::error};
  const RuleInfo& info() const override { return kInfo; }

  void check(const Context& context, Reporter& out) const override {
    for_each_rule(context.model, [&](const model::RuleFile&, const model::RuleGroup&,
                                     const model::RecordingOrAlertingRule& rule) {
      if (!rule.alert) return;
      for (const std::string& key : context.config.alert_annotations)
        if (annotation_of(rule, key) == nullptr)
          out.report(rule.alert->span, fmt::format("alert '{}' has no '{}' annotation", rule.alert->value, key))
              .hint(fmt::format("add '{}: ...' under the rule's annotations; the alerting standard requires it", key));
    });
  }
};

}  // namespace

std::unique_ptr<Rule> make_alerting_required_annotations() { return std::make_unique<RequiredAnnotations>(); }

}  // namespace telc::lint
