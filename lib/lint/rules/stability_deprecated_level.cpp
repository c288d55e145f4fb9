// Weaver's built-in check: `stability: deprecated` is not a stability level. Deprecation is stated
// with `deprecated: {reason: ...}` beside the level the element had reached, so tools know both
// what replaces it and what promise it was made under.
#include <fmt/format.h>

#include "lint/rule.hpp"
#include "lint/semconv.hpp"

namespace telc::lint {
namespace {

void check_level(const std::optional<model::Str>& level, std::string_view what, Reporter& out) {
  if (!level || level->value != "deprecated") return;
  out.report(level->span, fmt::format("{} has 'stability: deprecated', which is not a stability level", what))
      .hint(
          "keep the level it had (e.g. 'development') and add 'deprecated: {reason: obsoleted}' (or renamed, with "
          "renamed_to)");
}

class DeprecatedLevel final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"stability/deprecated-level",
                                  "'stability: deprecated' is used instead of the deprecated field",
                                  diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }
  void check(const Context& context, Reporter& out) const override {
    for (const model::Registry& r : context.model.registries)
      for (const model::SemconvGroup& g : r.groups) {
        const std::string name = g.signal_name ? g.signal_name->value : g.id.value;
        if (!name.empty()) check_level(g.stability, fmt::format("{} '{}'", g.type.value, name), out);
        for (const model::SemconvAttribute& a : g.attributes) {
          check_level(a.stability, fmt::format("attribute '{}'", a.key().value), out);
          for (const model::SemconvEnumMember& m : a.members)
            check_level(m.stability, fmt::format("member '{}' of enum '{}'", m.id.value, a.key().value), out);
        }
      }
  }
};

}  // namespace

std::unique_ptr<Rule> make_stability_deprecated_level() { return std::make_unique<DeprecatedLevel>(); }

}  // namespace telc::lint
