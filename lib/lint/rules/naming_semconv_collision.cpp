// Weaver's naming_conventions package: registry names that generated code, or a reader, cannot
// tell apart. Code generators turn '.' into '_', so `a.b_c` and `a.b.c` become one constant; an
// attribute or metric whose name is also another's namespace (`hw.battery` beside
// `hw.battery.charge`) cannot become both a value and a namespace; an enum's members need unique
// ids, values and constants. Each element of a collision is reported, so each can be fixed or
// excepted where it stands.
#include <map>
#include <set>

#include <fmt/format.h>

#include "lint/rule.hpp"
#include "lint/semconv.hpp"

namespace telc::lint {
namespace {

struct Named {
  const model::Str* name;
  const model::SemconvGroup* group;  // nullptr for attributes
  bool excluded_from_codegen;
  bool deprecated;
  bool judged;  // of a document lint judges; the others (context files) are only collided with
};

/// Names that map to one constant, within one kind (attributes, metrics, events, entities).
void constant_collisions(const std::vector<Named>& names, std::string_view kind, Reporter& out) {
  std::map<std::string, std::vector<const Named*>> by_constant;
  for (const Named& n : names)
    if (!n.excluded_from_codegen) by_constant[semconv::constant_name(n.name->value)].push_back(&n);
  for (const auto& [constant, same] : by_constant)
    for (const Named* n : same)
      for (const Named* other : same)
        if (n->judged && other->name->value != n->name->value) {
          out.report(n->name->span, fmt::format("{} '{}' has the same constant name '{}' as '{}'", kind, n->name->value,
                                                constant, other->name->value))
              .note(other->name->span, fmt::format("'{}' is defined here", other->name->value))
              .hint("rename one of them, or exclude one from code generation (annotations.code_generation.exclude)");
          break;
        }
}

/// A name that is the namespace of another (both not deprecated), unless either signal lists
/// the `<kind>_namespace_collision` exception (Weaver lets metrics do so).
void namespace_collisions(const std::vector<Named>& names, std::string_view kind, Reporter& out) {
  const std::string exception = fmt::format("{}_namespace_collision", kind);
  const auto excepted = [&](const Named& named) {
    return named.group != nullptr && semconv::excepted(*named.group, "naming_conventions", exception);
  };
  for (const Named& n : names) {
    if (n.deprecated || !n.judged) continue;
    for (const Named& other : names)
      if (!other.deprecated && other.name->value.starts_with(n.name->value + ".") && !excepted(n) && !excepted(other)) {
        out.report(n.name->span, fmt::format("{} '{}' is also the namespace of {} '{}'", kind, n.name->value, kind,
                                             other.name->value))
            .note(other.name->span, fmt::format("'{}' is defined here", other.name->value))
            .hint(fmt::format("rename one of them, or list '{}' in annotations.naming_conventions.policy_exceptions",
                              exception));
        break;
      }
  }
}

void member_collisions(const model::SemconvAttribute& attr, Reporter& out) {
  const auto& ms = attr.members;
  for (std::size_t i = 0; i < ms.size(); ++i) {
    const model::SemconvEnumMember& m = ms[i];
    for (std::size_t j = 0; j < ms.size(); ++j) {
      if (i == j) continue;
      const model::SemconvEnumMember& o = ms[j];
      std::string what;
      if (o.id.value == m.id.value)
        what = fmt::format("member id '{}'", m.id.value);
      else if (!m.codegen_excluded && !o.codegen_excluded &&
               semconv::constant_name(o.id.value) == semconv::constant_name(m.id.value))
        what = fmt::format("member constant name '{}'", semconv::constant_name(m.id.value));
      else if (!m.deprecated && !o.deprecated && m.value && o.value && m.value->value == o.value->value &&
               m.value_kind == o.value_kind)
        what = fmt::format("member value '{}'", m.value->value);
      if (what.empty()) continue;
      out.report(m.id.span, fmt::format("{} is used twice in enum attribute '{}'", what, attr.key().value))
          .note(o.id.span, "the other member is here")
          .hint("enum members need unique ids, values and constant names ('.' becomes '_')");
      break;
    }
  }
}

class SemconvCollision final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"naming/semconv-collision",
                                  "registry names collide as constants, as namespaces or within an enum",
                                  diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }
  void check(const Context& context, Reporter& out) const override {
    std::set<std::pair<diag::FileId, std::size_t>> judged;  // registry documents lint judges
    for (const model::Registry& r : context.model.registries) {
      judged.emplace(r.origin.file, r.origin.document);
      for (const model::SemconvGroup& g : r.groups)
        for (const model::SemconvAttribute& a : g.attributes) member_collisions(a, out);
    }
    std::map<std::string, std::vector<Named>> by_kind;  // attribute, metric, event, entity
    for (const model::Registry& r : context.declared.registries) {
      const bool is_judged = judged.contains({r.origin.file, r.origin.document});
      for (const model::SemconvGroup& g : r.groups) {
        if (semconv::is_signal(g) && g.signal_name && g.type.value != "span")
          by_kind[g.type.value].push_back(
              {&*g.signal_name, &g, g.codegen_excluded, g.deprecated.has_value(), is_judged});
        for (const model::SemconvAttribute& a : g.attributes)
          if (a.id)
            by_kind["attribute"].push_back({&*a.id, nullptr, a.codegen_excluded, a.deprecated.has_value(), is_judged});
      }
    }
    for (const auto& [kind, names] : by_kind) constant_collisions(names, kind, out);
    namespace_collisions(by_kind["attribute"], "attribute", out);
    namespace_collisions(by_kind["metric"], "metric", out);
  }
};

}  // namespace

std::unique_ptr<Rule> make_naming_semconv_collision() { return std::make_unique<SemconvCollision>(); }

}  // namespace telc::lint
