// Every Datum metric names the resource it describes with resource_name, resource_namespace and
// resource_uid; without them a series cannot be joined to its resource or scoped to its owner.
#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "lint/rule.hpp"
#include "lint/rule_helpers.hpp"

namespace telc::lint {
namespace {

const model::MetricLabel* find(const model::MetricDefinition& definition, std::string_view key) {
  for (const model::MetricLabel& l : definition.labels)
    if (l.key.value == key) return &l;
  return nullptr;
}

diag::SourceSpan labels_span(const model::MetricDefinition& definition) {
  return definition.labels.empty() ? definition.name.span : definition.labels.front().key.span;
}

class IdentityLabels final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "definitions/identity-labels",
      "a definition lacks a required resource_name, resource_namespace or resource_uid label", diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }
  void check(const Context& context, Reporter& out) const override {
    for (const model::MetricDefinition& d : context.model.definitions)
      for (std::string_view key : kIdentityLabels) {
        const model::MetricLabel* l = find(d, key);
        if (l == nullptr)
          out.report(labels_span(d),
                     fmt::format("metric '{}' does not declare the identity label '{}'", d.name.value, key))
              .hint(fmt::format("add {{key: {}, required: true}}: every series must say which resource it belongs to",
                                key));
        else if (!l->required)
          out.report(l->key.span, fmt::format("identity label '{}' is not required", key)).hint("set required: true");
      }
  }
};

}  // namespace

std::unique_ptr<Rule> make_definitions_identity_labels() { return std::make_unique<IdentityLabels>(); }

}  // namespace telc::lint
