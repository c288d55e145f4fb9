// The description is what dashboards, docs and the registry show; a sentence reads well in all of
// them.
#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "lint/rule.hpp"

namespace telc::lint {
namespace {

bool is_sentence(std::string_view text) {
  return !text.empty() && std::isupper(static_cast<unsigned char>(text.front())) &&
         (text.back() == '.' || text.back() == ')');
}

class Description final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"definitions/description", "a metric's description is empty or not a sentence",
                                  diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }
  void check(const Context& context, Reporter& out) const override {
    for (const model::MetricDefinition& d : context.model.definitions) {
      const std::string& text = d.description.value;
      if (text.find_first_not_of(" \t\n") == std::string::npos)
        out.report(d.description.span, fmt::format("metric '{}' has an empty description", d.name.value))
            .hint("say what one series measures, in one sentence");
      else if (!is_sentence(text))
        out.report(d.description.span, "the description is not a sentence")
            .hint("start with a capital letter and end with a period");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_definitions_description() { return std::make_unique<Description>(); }

}  // namespace telc::lint
