// The Datum alerting standard: `for:` must outlive known bursts, so an alert without one pages on
// a single evaluation.
#include <fmt/format.h>

#include "lint/queries.hpp"
#include "lint/rule.hpp"

namespace telc::lint {
namespace {

bool is_zero(std::string_view text) {
  return text.find_first_not_of("0ywdhms") == std::string_view::npos && text.find_first_not_of('0') != 0;
}

class MissingFor final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"alerting/missing-for", "an alert has no 'for' duration", diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }

  void check(const Context& context, Reporter& out) const override {
    for_each_rule(context.model, [&](const model::RuleFile&, const model::RuleGroup&,
                                     const model::RecordingOrAlertingRule& rule) {
      if (!rule.alert) return;
      if (!rule.for_duration)
        out.report(rule.alert->span, fmt::format("alert '{}' has no 'for' duration", rule.alert->value))
            .hint("add 'for: 5m' (longer than the bursts the condition sees) so one evaluation does not page");
      else if (is_zero(rule.for_duration->value))
        out.report(rule.for_duration->span, fmt::format("alert '{}' fires on the first evaluation", rule.alert->value))
            .hint("use a 'for' longer than the bursts the condition sees");
    });
  }
};

}  // namespace

std::unique_ptr<Rule> make_alerting_missing_for() { return std::make_unique<MissingFor>(); }

}  // namespace telc::lint
