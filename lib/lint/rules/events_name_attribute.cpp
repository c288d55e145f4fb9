// An event's name travels in the LogRecord's `event_name` field; the `event.name` attribute is the
// deprecated way to carry it. An event that also declares the attribute sends the name twice, and
// consumers that read one or the other disagree. Applies in every profile.
#include <fmt/format.h>

#include "lint/events.hpp"
#include "lint/rule.hpp"
#include "lint/semconv.hpp"

namespace telc::lint {
namespace {

constexpr std::string_view kNameAttribute = "event.name";

class NameAttribute final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"events/name-attribute", "a registry event declares an 'event.name' attribute",
                                  diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }
  void check(const Context& context, Reporter& out) const override {
    for (const events::Event& e : events::registry_events(context.model))
      for (const semconv::UsedAttribute& used : semconv::used_attributes(*e.group, context.semconv.groups))
        if (used.attribute->key().value == kNameAttribute)
          out.report(used.where, fmt::format("event '{}' carries an 'event.name' attribute", e.name->value))
              .hint("the group's name is the event name (the LogRecord's event_name field); drop the attribute");
  }
};

}  // namespace

std::unique_ptr<Rule> make_events_name_attribute() { return std::make_unique<NameAttribute>(); }

}  // namespace telc::lint
