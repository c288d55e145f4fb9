// Datum profile: a metric is named <api-group>.<singular-resource>.<metric>, so its name says
// which resource it describes, and that must agree with spec.resource.
#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "diag/spelling.hpp"
#include "lint/rule.hpp"
#include "model/units.hpp"

namespace telc::lint {
namespace {

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char ch) { return std::tolower(ch); });
  return text;
}

class MetricPrefix final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"naming/metric-prefix",
                                  "a metric name does not start with its resource's <api-group>.<resource>.",
                                  diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }
  void check(const Context& context, Reporter& out) const override {
    if (context.profile != Profile::datum) return;
    for (const model::MetricDefinition& d : context.model.definitions) {
      const std::string prefix = d.resource_group.value + "." + lower(d.resource_kind.value) + ".";
      if (d.name.value.starts_with(prefix) && d.name.value.size() > prefix.size()) continue;
      out.report(d.name.span, fmt::format("metric '{}' does not start with '{}'", d.name.value, prefix))
          .hint(fmt::format("name it <api-group>.<singular-resource>.<metric>, as spec.resource says: '{}<metric>'",
                            prefix))
          .note(d.resource_group.span, "the resource is declared here");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_naming_metric_prefix() { return std::make_unique<MetricPrefix>(); }

}  // namespace telc::lint
