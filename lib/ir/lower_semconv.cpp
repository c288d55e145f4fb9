// Registries → IR for documentation. Runs after validation, so every ref resolves (or names a
// dependency, which documentation leaves out).
#include <algorithm>
#include <map>
#include <tuple>

#include "ir/lower.hpp"
#include "model/semconv_index.hpp"

namespace telc::ir {
namespace {

/// YAML's folded and literal blocks keep their line breaks; documentation wants one line.
std::string one_line(std::string_view text) {
  std::string out;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string text(const std::optional<model::Str>& value) { return value ? one_line(value->value) : std::string(); }

std::optional<SemconvDeprecation> deprecation(const std::optional<model::SemconvDeprecation>& from) {
  if (!from) return std::nullopt;
  return SemconvDeprecation{text(from->reason), text(from->renamed_to), text(from->note)};
}

std::string root_namespace(const std::string& name) { return name.substr(0, name.find('.')); }

SemconvAttribute lower_attribute(const model::SemconvAttribute& attr, const std::string& file) {
  SemconvAttribute out{attr.id->value,
                       text(attr.type),
                       text(attr.brief),
                       text(attr.stability),
                       {},
                       {},
                       deprecation(attr.deprecated),
                       file};
  for (const model::SemconvExample& e : attr.examples) out.examples.push_back(e.text);
  for (const model::SemconvEnumMember& m : attr.members)
    out.members.push_back({m.id.value, text(m.value), text(m.brief), text(m.stability), deprecation(m.deprecated)});
  return out;
}

/// The use's own requirement level and stability refine the definition's.
SemconvAttributeUse lower_use(const model::SemconvAttribute& entry, const model::SemconvAttribute* definition) {
  const model::SemconvAttribute& def = definition != nullptr ? *definition : entry;
  SemconvAttributeUse out{entry.key().value,
                          !entry.requirement.empty() ? entry.requirement
                          : def.requirement.empty()  ? std::string("recommended")
                                                     : def.requirement,
                          text(entry.requirement_text ? entry.requirement_text : def.requirement_text),
                          text(entry.stability ? entry.stability : def.stability),
                          def.deprecated.has_value(),
                          entry.identifying};
  return out;
}

std::vector<SemconvAttributeUse> uses(const model::SemconvGroup& group, const model::semconv::Declared& declared) {
  std::vector<SemconvAttributeUse> out;
  for (const model::semconv::UsedAttribute& used : model::semconv::used_attributes(group, declared.groups))
    out.push_back(lower_use(*used.attribute, model::semconv::definition(*used.attribute, declared.attributes)));
  std::sort(out.begin(), out.end(), [](const SemconvAttributeUse& left, const SemconvAttributeUse& right) {
    return std::tie(right.identifying, left.key) < std::tie(left.identifying, right.key);
  });
  return out;
}

bool is_signal(const std::string& type) {
  return std::find(std::begin(kSignalKinds), std::end(kSignalKinds), type) != std::end(kSignalKinds);
}

SemconvSignal lower_signal(const model::SemconvGroup& group, const model::semconv::Declared& declared,
                           const std::string& file) {
  SemconvSignal out{group.type.value,
                    model::semconv::signal_name(group),
                    one_line(group.brief.value),
                    text(group.stability),
                    {},
                    {},
                    text(group.span_kind),
                    deprecation(group.deprecated),
                    uses(group, declared),
                    {},
                    {},
                    file};
  if (group.metric) {
    out.instrument = group.metric->instrument.value;
    out.unit = group.metric->unit.value;
  }
  for (const model::Str& e : group.entity_associations) out.entity_associations.push_back(e.value);
  return out;
}

std::size_t kind_rank(const std::string& kind) {
  return static_cast<std::size_t>(std::find(std::begin(kSignalKinds), std::end(kSignalKinds), kind) -
                                  std::begin(kSignalKinds));
}

void sort_namespace(SemconvNamespace& ns) {
  std::sort(ns.attributes.begin(), ns.attributes.end(),
            [](const SemconvAttribute& left, const SemconvAttribute& right) { return left.key < right.key; });
  std::sort(ns.signals.begin(), ns.signals.end(), [](const SemconvSignal& left, const SemconvSignal& right) {
    return std::make_tuple(kind_rank(left.kind), std::cref(left.name)) <
           std::make_tuple(kind_rank(right.kind), std::cref(right.name));
  });
  for (SemconvSignal& s : ns.signals)
    std::sort(s.refinements.begin(), s.refinements.end(),
              [](const SemconvRefinement& left, const SemconvRefinement& right) { return left.id < right.id; });
}

}  // namespace

SemconvRegistry lower_semconv(const model::Model& model, const SourceNames& names) {
  const model::semconv::Declared declared(model);
  std::map<std::string, SemconvNamespace> namespaces;
  std::vector<std::pair<const model::SemconvGroup*, std::string>> refinements;
  SemconvRegistry out;
  for (const model::Registry& r : model.registries) {
    const std::string file = names(r.origin.file);
    for (const model::Str& i : r.imports) out.imports.push_back(i.value);
    for (const model::SemconvGroup& g : r.groups) {
      for (const model::SemconvAttribute& a : g.attributes)
        if (a.id) namespaces[root_namespace(a.id->value)].attributes.push_back(lower_attribute(a, file));
      if (g.refines) refinements.emplace_back(&g, file);
      if (!is_signal(g.type.value)) continue;
      SemconvSignal signal = lower_signal(g, declared, file);
      namespaces[root_namespace(signal.name)].signals.push_back(std::move(signal));
    }
  }
  for (const auto& [g, file] : refinements) {
    const std::string kind = g->type.value.substr(0, g->type.value.find('_'));
    auto ns = namespaces.find(root_namespace(g->refines->value));
    if (ns == namespaces.end()) continue;  // it refines a dependency's signal
    for (SemconvSignal& s : ns->second.signals)
      if (s.kind == kind && s.name == g->refines->value)
        s.refinements.push_back({g->id.value, one_line(g->brief.value), file, uses(*g, declared)});
  }
  for (auto& [name, ns] : namespaces) {
    ns.name = name;
    sort_namespace(ns);
    out.namespaces.push_back(std::move(ns));
  }
  std::sort(out.imports.begin(), out.imports.end());
  out.imports.erase(std::unique(out.imports.begin(), out.imports.end()), out.imports.end());
  return out;
}

}  // namespace telc::ir
