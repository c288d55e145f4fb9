// Metric label keys are snake_case; dotted keys are for log and resource attributes, and the
// two must not be normalised into each other.
#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "diag/spelling.hpp"
#include "lint/rule.hpp"
#include "lint/rule_helpers.hpp"
#include "model/units.hpp"

namespace telc::lint {
namespace {

std::string to_snake_case(std::string_view text) {
  std::string out;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isupper(u) && !out.empty() && out.back() != '_') out += '_';
    out += std::isalnum(u) ? static_cast<char>(std::tolower(u)) : '_';
  }
  return out;
}

class LabelKeyCase final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"naming/label-key-case", "a metric label key is not snake_case",
                                  diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }
  void check(const Context& context, Reporter& out) const override {
    for (const model::MetricDefinition& d : context.model.definitions)
      for (const model::MetricLabel& l : d.labels)
        if (!is_snake_case(l.key.value))
          out.report(l.key.span, fmt::format("label key '{}' is not snake_case", l.key.value))
              .hint(fmt::format(
                  "rename to '{}'; metric label keys are snake_case (log and resource attributes are dotted)",
                  to_snake_case(l.key.value)));
  }
};

}  // namespace

std::unique_ptr<Rule> make_naming_label_key_case() { return std::make_unique<LabelKeyCase>(); }

}  // namespace telc::lint
