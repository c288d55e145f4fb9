// Weaver's naming_conventions package: an attribute key has a namespace (`service.name`, not
// `name`). A bare key collides with every other project's bare key once telemetry is merged, and
// says nothing about what it describes. Deprecated attributes are left alone (some old ones have
// none, and renaming them is what deprecation is for). Only the otel profile asks for it: the
// datum profile's standard log fields (`operation`, `error`) are bare on purpose. The characters
// of a key are naming/attribute-key's business, so a key with a namespace in the wrong case is
// reported there, not here.
#include <fmt/format.h>

#include "lint/rule.hpp"
#include "lint/semconv.hpp"

namespace telc::lint {
namespace {

/// A namespace, a '.', and a name after it.
bool has_namespace(std::string_view key) {
  const std::size_t dot = key.find('.');
  return dot != 0 && dot != std::string_view::npos && key.back() != '.';
}

class SemconvNamespace final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"naming/semconv-namespace", "a registry attribute key has no namespace",
                                  diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }
  void check(const Context& context, Reporter& out) const override {
    if (context.profile != Profile::otel) return;
    for (const model::Registry& r : context.model.registries)
      for (const model::SemconvGroup& g : r.groups)
        for (const model::SemconvAttribute& a : g.attributes)
          if (a.id && !a.deprecated && !has_namespace(a.id->value))
            out.report(a.id->span, fmt::format("attribute key '{}' has no {}", a.id->value,
                                               a.id->value.ends_with('.') ? "name after its namespace" : "namespace"))
                .hint("prefix it with the namespace it belongs to, e.g. 'http.' or 'my_app.', in lowercase");
  }
};

}  // namespace

std::unique_ptr<Rule> make_naming_semconv_namespace() { return std::make_unique<SemconvNamespace>(); }

}  // namespace telc::lint
