// The `otel` namespace is reserved for names OpenTelemetry's specification defines: an event a
// project names `otel.*` may collide with one the specification adds later, and readers take it
// for an SDK's own telemetry. Applies in every profile.
#include <fmt/format.h>

#include "lint/events.hpp"
#include "lint/rule.hpp"

namespace telc::lint {
namespace {

class ReservedNamespace final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"events/reserved-namespace",
                                  "a registry event name is in the reserved otel namespace", diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }
  void check(const Context& context, Reporter& out) const override {
    for (const events::Event& e : events::registry_events(context.model)) {
      const std::string& name = e.name->value;
      if (name != "otel" && !name.starts_with("otel.")) continue;
      out.report(e.name->span, fmt::format("event name '{}' is in the reserved 'otel' namespace", name))
          .hint("'otel.*' names are the OpenTelemetry specification's; use the project's own prefix");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_events_reserved_namespace() { return std::make_unique<ReservedNamespace>(); }

}  // namespace telc::lint
