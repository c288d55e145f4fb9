// The Datum alerting standard: whoever is paged gets a runbook.
#include <fmt/format.h>

#include "lint/queries.hpp"
#include "lint/rule.hpp"
#include "lint/rule_helpers.hpp"

namespace telc::lint {
namespace {

bool is_url(std::string_view text) {
  return text.starts_with("https://") || text.starts_with("http://") || text.find("{{") != text.npos;
}

class RunbookUrl final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"alerting/runbook-url", "an alert has no runbook_url annotation",
                                  diag::Severity::error};
  const RuleInfo& info() const override { return kInfo; }

  void check(const Context& context, Reporter& out) const override {
    for_each_rule(context.model, [&](const model::RuleFile&, const model::RuleGroup&,
                                     const model::RecordingOrAlertingRule& rule) {
      if (!rule.alert) return;
      const model::Str* url = annotation_of(rule, "runbook_url");
      if (url == nullptr)
        out.report(rule.alert->span, fmt::format("alert '{}' has no 'runbook_url' annotation", rule.alert->value))
            .hint("add annotations: {runbook_url: https://...} pointing at what to do when it fires");
      else if (!is_url(url->value))
        out.report(url->span, fmt::format("runbook_url '{}' is not a URL", url->value)).hint("write an https:// link");
    });
  }
};

}  // namespace

std::unique_ptr<Rule> make_alerting_runbook_url() { return std::make_unique<RunbookUrl>(); }

}  // namespace telc::lint
