// A reviewer cannot judge a label's cardinality when nothing says what its values are. A note, not
// a warning: nothing is known to be wrong, only undocumented.
#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "lint/rule.hpp"

namespace telc::lint {
namespace {

class UndescribedLabel final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"cardinality/undescribed-label", "a label has neither a description nor a bound",
                                  diag::Severity::note};
  const RuleInfo& info() const override { return kInfo; }
  void check(const Context& context, Reporter& out) const override {
    for (const model::MetricDefinition& d : context.model.definitions)
      for (const model::MetricLabel& l : d.labels)
        if (!l.description && l.values.empty() && !l.max_cardinality)
          out.report(l.key.span, fmt::format("label '{}' of metric '{}' has neither a description nor a bound",
                                             l.key.value, d.name.value))
              .hint("say what the values are (description), or list them (values) or cap them (maxCardinality)");
  }
};

}  // namespace

std::unique_ptr<Rule> make_cardinality_undescribed_label() { return std::make_unique<UndescribedLabel>(); }

}  // namespace telc::lint
