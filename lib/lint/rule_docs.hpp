#pragma once
// The rule documentation pages (docs/rules/<group>/<name>.md), embedded at build time.
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace telc::lint {

struct RuleDoc {
  std::string_view code;  // group/name, from the page's path
  std::string_view text;  // the Markdown page
};
extern const RuleDoc kRuleDocs[];
extern const std::size_t kRuleDocCount;

[[nodiscard]] inline std::span<const RuleDoc> rule_docs() { return {kRuleDocs, kRuleDocCount}; }

[[nodiscard]] inline std::optional<std::string_view> rule_doc(std::string_view code) {
  for (const RuleDoc& d : rule_docs())
    if (d.code == code) return d.text;
  return std::nullopt;
}

}  // namespace telc::lint
