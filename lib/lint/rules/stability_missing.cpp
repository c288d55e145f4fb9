// Weaver's built-in check: every attribute a v1 registry defines, and every member of its enums,
// states its stability. Without one, readers and generated code cannot tell a settled attribute from
// an experiment. v2 files need no rule here: their schema requires an attribute's stability, and
// Weaver does not ask it of v2 enum members. Only the otel profile asks for it: the datum profile's
// registries describe the platform's own fields, whose stability is the platform's release.
#include <fmt/format.h>

#include "lint/rule.hpp"
#include "lint/semconv.hpp"

namespace telc::lint {
namespace {

class MissingStability final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"stability/missing", "a registry attribute or enum member has no stability",
                                  diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }
  void check(const Context& context, Reporter& out) const override {
    if (context.profile != Profile::otel) return;
    for (const model::Registry& r : context.model.registries) {
      if (r.v2) continue;
      for (const model::SemconvGroup& g : r.groups)
        for (const model::SemconvAttribute& a : g.attributes) {
          if (!a.id) continue;
          if (!a.stability)
            out.report(a.id->span, fmt::format("attribute '{}' has no stability", a.id->value))
                .hint("add 'stability: development' (or the level it has reached)");
          for (const model::SemconvEnumMember& m : a.members)
            if (!m.stability)
              out.report(m.id.span, fmt::format("member '{}' of enum '{}' has no stability", m.id.value, a.id->value))
                  .hint("add 'stability: development' (or the level it has reached) to the member");
        }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_stability_missing() { return std::make_unique<MissingStability>(); }

}  // namespace telc::lint
