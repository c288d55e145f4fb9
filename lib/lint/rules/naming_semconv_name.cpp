// Weaver's naming_conventions package: metric and event names, span and entity types, and enum
// member ids are lowercase alphanumeric words separated by single '.' or '_'. Generated code and
// every backend derive identifiers from them, so one odd name breaks the scheme for all.
#include <fmt/format.h>

#include "lint/rule.hpp"
#include "lint/semconv.hpp"

namespace telc::lint {
namespace {

const char* what(const model::SemconvGroup& group) {
  if (group.type.value == "metric") return "metric name";
  if (group.type.value == "event") return "event name";
  return group.type.value == "span" ? "span type" : "entity type";
}

/// `subject` names the element in the message: "metric name 'X'", "member id 'X' of enum 'Y'".
void check_name(const model::Str& name, const std::string& subject, Reporter& out) {
  if (semconv::good_name(name.value)) return;
  out.report(name.span, fmt::format("{} is not lowercase words separated by '.' or '_'", subject))
      .hint(fmt::format("write '{}'; a name starts with a letter and uses a-z, 0-9 and single '.' or '_' separators",
                        semconv::suggested_name(name.value)));
}

class SemconvName final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"naming/semconv-name",
                                  "a registry metric, event, span, entity or enum member is misnamed",
                                  diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }
  void check(const Context& context, Reporter& out) const override {
    for (const model::Registry& r : context.model.registries)
      for (const model::SemconvGroup& g : r.groups) {
        if (semconv::is_signal(g) && g.signal_name)
          check_name(*g.signal_name, fmt::format("{} '{}'", what(g), g.signal_name->value), out);
        for (const model::SemconvAttribute& a : g.attributes)
          for (const model::SemconvEnumMember& m : a.members)
            check_name(m.id, fmt::format("member id '{}' of enum '{}'", m.id.value, a.key().value), out);
      }
  }
};

}  // namespace

std::unique_ptr<Rule> make_naming_semconv_name() { return std::make_unique<SemconvName>(); }

}  // namespace telc::lint
