// Weaver v1 semantic-convention registry files: the attribute and metric vocabulary of a project.
#include <set>
#include <unordered_map>

#include "compiler/model/build.hpp"
#include "compiler/model/reader.hpp"
#include "schema/validate.hpp"

namespace telc::compiler::model {
namespace {

SemconvAttribute attribute(const Reader& r, const std::string& p) {
  const auto level = r.opt_str(p + "/requirement_level");
  return {r.opt_str(p + "/id"), r.opt_str(p + "/ref"), level && level->value == "required"};
}

/// The registry's metric in the shape lint and the query checks read.
MetricDefinition metric(const Reader& r, const std::string& p, const SemconvGroup& g) {
  const Str name = r.str(p + "/metric_name");
  Origin origin{std::string(schema::kRegistryApiVersion), std::string(schema::kRegistryKind), g.id, {}, {},
                r.origin().file, r.origin().document};
  MetricDefinition out{origin, Str{name.value.substr(0, name.value.find('.')), name.span}, Str{{}, g.id.span},
                       name, g.brief, r.str(p + "/instrument"), {}, r.str(p + "/unit"), {}, r.opt_str(p + "/stability"), {}};
  out.instrument_kind = out.instrument.value;
  for (const SemconvAttribute& a : g.attributes) out.labels.push_back({a.key(), {}, a.required, {}, {}});
  return out;
}

SemconvGroup group(const Reader& r, const std::string& p) {
  SemconvGroup g{r.str(p + "/id"), r.str(p + "/type"), r.str(p + "/brief"), r.opt_str(p + "/extends"),
                 r.opt_str(p + "/name"), r.opt_str(p + "/annotations/telc/span_name"), {}, {}};
  for (std::size_t i = 0; i < r.size(p + "/attributes"); ++i) g.attributes.push_back(attribute(r, p + "/attributes/" + std::to_string(i)));
  if (g.type.value == "metric") g.metric = metric(r, p, g);
  return g;
}

/// Appends the attributes of `g`'s `extends` chain to its metric's labels (a cycle stops the walk).
void inherit(SemconvGroup& g, const std::unordered_map<std::string, const SemconvGroup*>& by_id) {
  std::set<std::string> seen{g.id.value};
  for (const Str* parent = g.extends ? &*g.extends : nullptr; parent;) {
    auto it = by_id.find(parent->value);
    if (it == by_id.end() || !seen.insert(parent->value).second) return;
    for (const SemconvAttribute& a : it->second->attributes) g.metric->labels.push_back({a.key(), {}, a.required, {}, {}});
    parent = it->second->extends ? &*it->second->extends : nullptr;
  }
}

}  // namespace

Registry build_registry(const Reader& r) {
  Registry out{r.origin(), {}};
  for (std::size_t i = 0; i < r.size("/groups"); ++i) out.groups.push_back(group(r, "/groups/" + std::to_string(i)));
  return out;
}

void link(Model& model) {
  std::unordered_map<std::string, const SemconvGroup*> by_id;
  for (const Registry& reg : model.registries)
    for (const SemconvGroup& g : reg.groups) by_id.emplace(g.id.value, &g);
  for (Registry& reg : model.registries)
    for (SemconvGroup& g : reg.groups)
      if (g.metric && g.extends) inherit(g, by_id);
}

}  // namespace telc::compiler::model
