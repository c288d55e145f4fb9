// Event names follow the pattern <prefix>.<entity>[.<thing>].<verb>: lowercase snake_case segments,
// at least an entity and a verb after the project's prefix. A name is a schema identifier that
// filters, alerts and dashboards select on, so every event of a project has the same shape. The
// prefixes and the closed list of verbs come from `naming.events` in `.telc.yaml`; names Weaver's
// format rejects are left to naming/semconv-name.
#include <algorithm>

#include <fmt/format.h>

#include "diag/spelling.hpp"
#include "lint/events.hpp"
#include "lint/rule.hpp"
#include "lint/rule_helpers.hpp"
#include "lint/semconv.hpp"

namespace telc::lint {
namespace {

/// OpenTelemetry's one-word event name for a recorded exception; the guides require it as it is.
constexpr std::string_view kException = "exception";

std::string listed(const std::vector<std::string>& words) { return fmt::format("{}", fmt::join(words, ", ")); }

/// The name without the prefix it starts with; nullopt when prefixes are required and none matches.
std::optional<std::string_view> without_prefix(std::string_view name, const std::vector<std::string>& prefixes) {
  if (prefixes.empty()) return name;
  for (const std::string& p : prefixes)
    if (name.size() > p.size() + 1 && name.starts_with(p) && name[p.size()] == '.') return name.substr(p.size() + 1);
  return std::nullopt;
}

class NameFormat final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"events/name-format",
                                  "a registry event name does not follow <prefix>.<entity>[.<thing>].<verb>",
                                  diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }
  void check(const Context& context, Reporter& out) const override {
    for (const events::Event& e : events::registry_events(context.model))
      if (semconv::good_name(e.name->value) && e.name->value != kException) check_name(context, *e.name, out);
  }

 private:
  static void check_name(const Context& context, const model::Str& name, Reporter& out) {
    const std::vector<std::string>& prefixes = context.config.event_prefixes;
    const auto rest = without_prefix(name.value, prefixes);
    if (!rest) {
      out.report(name.span, fmt::format("event name '{}' does not start with the project prefix", name.value))
          .hint(fmt::format("write '{}.{}'; event names start with one of: {} (naming.events.prefixes)", prefixes[0],
                            name.value, listed(prefixes)));
      return;
    }
    const auto parts = events::segments(*rest);
    for (std::string_view part : parts)
      if (!is_snake_case(part)) {
        out.report(name.span, fmt::format("segment '{}' of event name '{}' is not a snake_case word", part, name.value))
            .hint("each segment starts with a letter and uses a-z, 0-9 and '_'");
        return;
      }
    if (parts.size() < 2) {
      out.report(name.span, fmt::format("event name '{}' names no entity and verb", name.value))
          .hint("name the entity, then what happened to it, e.g. 'pipeline.run.start'");
      return;
    }
    check_verb(context, name, parts.back(), out);
  }

  /// A verb outside the project's list; a discouraged one is events/discouraged-verb's (otel profile).
  static void check_verb(const Context& context, const model::Str& name, std::string_view verb, Reporter& out) {
    const std::vector<std::string>& verbs = context.config.event_verbs;
    if (verbs.empty() || std::find(verbs.begin(), verbs.end(), verb) != verbs.end()) return;
    if (context.profile == Profile::otel && events::discouraged_use(name.value)) return;
    Finding f = out.report(
        name.span,
        fmt::format("event name '{}' ends with '{}', which is not one of the project's verbs", name.value, verb));
    if (const auto near = diag::closest(verb, verbs))
      f.hint(fmt::format("did you mean '{}'? (naming.events.verbs)", *near));
    else
      f.hint(fmt::format("end the name with one of: {} (naming.events.verbs)", listed(verbs)));
  }
};

}  // namespace

std::unique_ptr<Rule> make_events_name_format() { return std::make_unique<NameFormat>(); }

}  // namespace telc::lint
