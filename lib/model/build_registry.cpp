// OpenTelemetry semantic-convention registry files: the attribute and metric vocabulary of a
// project. Weaver's v1 `groups:` syntax is read whole; of the v2 syntax (alpha upstream, and mixed
// with v1 in the semantic-conventions repository) telc reads the attributes, attribute groups and
// metrics, so references across the two resolve.
#include <set>
#include <unordered_map>

#include "model/build.hpp"
#include "model/reader.hpp"
#include "schema/validate.hpp"

namespace telc::model {
namespace {

std::string at(const std::string& p, std::size_t i) { return p + "/" + std::to_string(i); }

SemconvAttribute attribute(const Reader& r, const std::string& p, const char* id_field) {
  const auto level = r.opt_str(p + "/requirement_level");
  return {r.opt_str(p + "/" + id_field), r.opt_str(p + "/ref"), level && level->value == "required"};
}

/// A group's attribute list: definitions and refs, and (v2) `ref_group` entries.
void read_attributes(const Reader& r, const std::string& p, const char* id_field, SemconvGroup& g) {
  for (std::size_t i = 0; i < r.size(p); ++i) {
    if (auto group = r.opt_str(at(p, i) + "/ref_group"))
      g.group_refs.push_back(std::move(*group));
    else
      g.attributes.push_back(attribute(r, at(p, i), id_field));
  }
}

/// The registry's metric in the shape lint and the query checks read.
MetricDefinition metric(const Reader& r, const std::string& p, const Str& name, const SemconvGroup& g) {
  Origin origin{std::string("opentelemetry.io/semconv-v1"),
                std::string("Registry"),
                g.id,
                {},
                {},
                r.origin().file,
                r.origin().document};
  MetricDefinition out{origin,
                       Str{name.value.substr(0, name.value.find('.')), name.span},
                       Str{{}, g.id.span},
                       name,
                       g.brief,
                       r.str(p + "/instrument"),
                       {},
                       r.str(p + "/unit"),
                       {},
                       r.opt_str(p + "/stability"),
                       {}};
  out.instrument_kind = out.instrument.value;
  for (const SemconvAttribute& a : g.attributes) out.labels.push_back({a.key(), {}, a.required, {}, {}});
  return out;
}

SemconvGroup group(const Reader& r, const std::string& p) {
  SemconvGroup g{r.str(p + "/id"),
                 r.str(p + "/type"),
                 r.str(p + "/brief"),
                 r.opt_str(p + "/extends"),
                 r.opt_str(p + "/name"),
                 r.opt_str(p + "/annotations/telc/span_name"),
                 {},
                 {},
                 {}};
  read_attributes(r, p + "/attributes", "id", g);
  if (g.type.value == "metric") g.metric = metric(r, p, r.str(p + "/metric_name"), g);
  return g;
}

SemconvGroup group_v2(const Reader& r, const std::string& p, std::string type) {
  SemconvGroup g{r.opt_str(p + "/id").value_or(Str{{}, r.key_span(p)}),
                 Str{std::move(type), r.key_span(p)},
                 r.str(p + "/brief"),
                 {},
                 {},
                 {},
                 {},
                 {},
                 {}};
  read_attributes(r, p + "/attributes", "key", g);
  if (g.type.value == "metric") g.metric = metric(r, p, r.str(p + "/name"), g);
  return g;
}

using GroupIndex = std::unordered_map<std::string, const SemconvGroup*>;

/// Appends to `labels` the attributes of every group `g` inherits from (v1 `extends`, v2
/// `ref_group`), transitively; `seen` stops cycles.
void inherit(const SemconvGroup& g, const GroupIndex& by_id, std::set<std::string>& seen,
             std::vector<MetricLabel>& labels) {
  std::vector<const Str*> parents;
  if (g.extends) parents.push_back(&*g.extends);
  for (const Str& ref : g.group_refs) parents.push_back(&ref);
  for (const Str* parent : parents) {
    auto it = by_id.find(parent->value);
    if (it == by_id.end() || !seen.insert(parent->value).second) continue;
    for (const SemconvAttribute& a : it->second->attributes) labels.push_back({a.key(), {}, a.required, {}, {}});
    inherit(*it->second, by_id, seen, labels);
  }
}

}  // namespace

Registry build_registry(const Reader& r) {
  Registry out{r.origin(), {}};
  for (std::size_t i = 0; i < r.size("/groups"); ++i) out.groups.push_back(group(r, at("/groups", i)));
  return out;
}

Registry build_registry_v2(const Reader& r) {
  Registry out{r.origin(), {}};
  if (r.has("/attributes")) {
    SemconvGroup defined{Str{{}, r.key_span("/attributes")},
                         Str{"attribute_group", r.key_span("/attributes")},
                         {},
                         {},
                         {},
                         {},
                         {},
                         {},
                         {}};
    read_attributes(r, "/attributes", "key", defined);
    out.groups.push_back(std::move(defined));
  }
  for (std::size_t i = 0; i < r.size("/attribute_groups"); ++i)
    out.groups.push_back(group_v2(r, at("/attribute_groups", i), "attribute_group"));
  for (std::size_t i = 0; i < r.size("/metrics"); ++i) out.groups.push_back(group_v2(r, at("/metrics", i), "metric"));
  return out;
}

void link(Model& model) {
  GroupIndex by_id;
  for (const Registry& reg : model.registries)
    for (const SemconvGroup& g : reg.groups)
      if (!g.id.value.empty()) by_id.emplace(g.id.value, &g);
  for (Registry& reg : model.registries)
    for (SemconvGroup& g : reg.groups) {
      if (!g.metric) continue;
      std::set<std::string> seen{g.id.value};
      std::vector<MetricLabel> inherited;
      inherit(g, by_id, seen, inherited);
      for (MetricLabel& l : inherited) g.metric->labels.push_back(std::move(l));
    }
}

}  // namespace telc::model
