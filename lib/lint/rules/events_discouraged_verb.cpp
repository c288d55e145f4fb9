// OpenTelemetry's event guides: one verb per outcome (`complete` for success, `fail` for failure,
// `cancel` and `abort` for termination) in the present tense. Synonyms and tenses (`error`,
// `failed`, `finish`, `started`) split one kind of occurrence across names, so a query or alert
// on `*.fail` misses `*.error`. Runs in the otel profile, whose guides these are; a verb the project
// lists in `naming.events.verbs` is its own choice and never reported.
#include <algorithm>

#include <fmt/format.h>

#include "lint/events.hpp"
#include "lint/rule.hpp"

namespace telc::lint {
namespace {

class DiscouragedVerb final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"events/discouraged-verb",
                                  "a registry event name ends with a synonym or tense the event guides replace",
                                  diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }
  void check(const Context& context, Reporter& out) const override {
    if (context.profile != Profile::otel) return;
    const std::vector<std::string>& verbs = context.config.event_verbs;
    for (const events::Event& e : events::registry_events(context.model)) {
      const auto use = events::discouraged_use(e.name->value);
      if (!use || std::find(verbs.begin(), verbs.end(), use->verb->word) != verbs.end()) continue;
      out.report(e.name->span, fmt::format("event name '{}' ends with the verb '{}'", e.name->value, use->verb->word))
          .hint(fmt::format("write '{}'; one verb per outcome keeps every such event under one name", use->suggestion));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_events_discouraged_verb() { return std::make_unique<DiscouragedVerb>(); }

}  // namespace telc::lint
