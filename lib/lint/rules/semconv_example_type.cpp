// Weaver's built-in check: an attribute's examples hold values of its type. Examples are copied
// into documentation and generated code; an int attribute with string examples teaches users to
// send the wrong type. A primitive type takes one value or a list of them; an array type (`T[]`)
// one list of T or a list of such lists; `template[T]` is T's. Enums and `any` are not judged, and
// an int example is fine for a double.
#include <algorithm>

#include <fmt/format.h>

#include "lint/rule.hpp"
#include "lint/semconv.hpp"

namespace telc::lint {
namespace {

/// The attribute's type with a `template[...]` unwrapped; empty when examples are not judged.
std::string judged_type(const model::SemconvAttribute& attr) {
  if (!attr.type || !attr.members.empty()) return {};
  std::string type = attr.type->value;
  if (type.starts_with("template[") && type.ends_with("]")) type = type.substr(9, type.size() - 10);
  static constexpr std::string_view kKnown[] = {"string",   "int",   "double",   "boolean",
                                                "string[]", "int[]", "double[]", "boolean[]"};
  return std::find(std::begin(kKnown), std::end(kKnown), type) != std::end(kKnown) ? type : std::string();
}

/// Whether a value of `kind` (SemconvExample's names) is a value of the scalar type `type`.
bool fits(std::string_view kind, std::string_view type) {
  if (type == "boolean") return kind == "bool";
  if (type == "double") return kind == "double" || kind == "int";
  return kind == type;
}

class ExampleType final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"semconv/example-type", "a registry attribute's examples are not of its type",
                                  diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }
  void check(const Context& context, Reporter& out) const override {
    for (const model::Registry& r : context.model.registries)
      for (const model::SemconvGroup& g : r.groups)
        for (const model::SemconvAttribute& a : g.attributes)
          if (a.id) check_attribute(a, out);
  }

 private:
  static void check_attribute(const model::SemconvAttribute& attr, Reporter& out) {
    const std::string type = judged_type(attr);
    if (type.empty() || attr.examples.empty()) return;
    const bool array = type.ends_with("[]");
    const std::string item = array ? type.substr(0, type.size() - 2) : type;
    // An array type's examples are one list of items, or a list of such lists.
    const bool one_list = array && attr.examples_listed &&
                          std::all_of(attr.examples.begin(), attr.examples.end(),
                                      [](const model::SemconvExample& each) { return !each.kind.ends_with("[]"); });
    for (const model::SemconvExample& example : attr.examples) {
      const bool good = array && !one_list ? example.kind.ends_with("[]") &&
                                                 fits(example.kind.substr(0, example.kind.size() - 2), item)
                                           : fits(example.kind, item);
      if (good) continue;
      out.report(example.span,
                 fmt::format("example of attribute '{}' is {}, not {}", attr.id->value, describe(example.kind), type))
          .hint(fmt::format("give examples of type {}{}", type,
                            array ? " (a list of values, or a list of such lists)" : ""));
      return;
    }
  }

  static std::string describe(const std::string& kind) {
    if (kind.ends_with("[]")) return fmt::format("a list of {}s", kind.substr(0, kind.size() - 2));
    return kind == "int" ? "an int" : kind == "object" ? "a mapping" : fmt::format("a {}", kind);
  }
};

}  // namespace

std::unique_ptr<Rule> make_semconv_example_type() { return std::make_unique<ExampleType>(); }

}  // namespace telc::lint
