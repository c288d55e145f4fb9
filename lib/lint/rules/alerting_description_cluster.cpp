// The Datum alerting standard: the description says which cluster is affected.
#include <fmt/format.h>
#include <re2/re2.h>

#include "lint/queries.hpp"
#include "lint/rule.hpp"
#include "lint/rule_helpers.hpp"

namespace telc::lint {
namespace {

class DescriptionCluster final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"alerting/description-cluster",
                                  "an alert's description does not mention {{ $labels.cluster }}",
                                  diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }

  void check(const Context& context, Reporter& out) const override {
    static const RE2 mention(R"(\{\{-?\s*(\$labels|\.Labels)\.cluster\s*-?\}\})");
    for_each_rule(context.model, [&](const model::RuleFile&, const model::RuleGroup&,
                                     const model::RecordingOrAlertingRule& rule) {
      if (!rule.alert) return;
      const model::Str* description = annotation_of(rule, "description");
      if (description == nullptr)
        out.report(rule.alert->span, fmt::format("alert '{}' has no 'description' annotation", rule.alert->value))
            .hint("add a description that names the cluster: '... in {{ $labels.cluster }}'");
      else if (!RE2::PartialMatch(description->value, mention))
        out.report(description->span, "the description does not mention {{ $labels.cluster }}")
            .hint("say where it happens: '... in cluster {{ $labels.cluster }}'");
    });
  }
};

}  // namespace

std::unique_ptr<Rule> make_alerting_description_cluster() { return std::make_unique<DescriptionCluster>(); }

}  // namespace telc::lint
