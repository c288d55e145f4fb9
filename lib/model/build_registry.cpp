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

SemconvAttribute attribute(const Reader& reader, const std::string& pointer, const char* id_field) {
  const auto level = reader.opt_str(pointer + "/requirement_level");
  return {reader.opt_str(pointer + "/" + id_field), reader.opt_str(pointer + "/ref"),
          level && level->value == "required"};
}

/// A group's attribute list: definitions and refs, and (v2) `ref_group` entries.
void read_attributes(const Reader& reader, const std::string& pointer, const char* id_field,
                     SemconvGroup& semconv_group) {
  for (const std::string& item : reader.items(pointer)) {
    if (auto group = reader.opt_str(item + "/ref_group"))
      semconv_group.group_refs.push_back(std::move(*group));
    else
      semconv_group.attributes.push_back(attribute(reader, item, id_field));
  }
}

/// The registry's metric in the shape lint and the query checks read.
MetricDefinition metric(const Reader& reader, const std::string& pointer, const Str& name, const SemconvGroup& group) {
  Origin origin{std::string("opentelemetry.io/semconv-v1"),
                std::string("Registry"),
                group.id,
                {},
                {},
                reader.origin().file,
                reader.origin().document};
  MetricDefinition out{origin,
                       Str{name.value.substr(0, name.value.find('.')), name.span},
                       Str{{}, group.id.span},
                       name,
                       group.brief,
                       reader.str(pointer + "/instrument"),
                       {},
                       reader.str(pointer + "/unit"),
                       {},
                       reader.opt_str(pointer + "/stability"),
                       {}};
  out.instrument_kind = out.instrument.value;
  for (const SemconvAttribute& a : group.attributes) out.labels.push_back({a.key(), {}, a.required, {}, {}});
  return out;
}

SemconvGroup group(const Reader& reader, const std::string& pointer) {
  SemconvGroup g{reader.str(pointer + "/id"),
                 reader.str(pointer + "/type"),
                 reader.str(pointer + "/brief"),
                 reader.opt_str(pointer + "/extends"),
                 reader.opt_str(pointer + "/name"),
                 reader.opt_str(pointer + "/annotations/telc/span_name"),
                 {},
                 {},
                 {}};
  read_attributes(reader, pointer + "/attributes", "id", g);
  if (g.type.value == "metric") g.metric = metric(reader, pointer, reader.str(pointer + "/metric_name"), g);
  return g;
}

SemconvGroup group_v2(const Reader& reader, const std::string& pointer, std::string type) {
  SemconvGroup g{reader.opt_str(pointer + "/id").value_or(Str{{}, reader.key_span(pointer)}),
                 Str{std::move(type), reader.key_span(pointer)},
                 reader.str(pointer + "/brief"),
                 {},
                 {},
                 {},
                 {},
                 {},
                 {}};
  read_attributes(reader, pointer + "/attributes", "key", g);
  if (g.type.value == "metric") g.metric = metric(reader, pointer, reader.str(pointer + "/name"), g);
  return g;
}

using GroupIndex = std::unordered_map<std::string, const SemconvGroup*>;

/// Appends to `labels` the attributes of every group `g` inherits from (v1 `extends`, v2
/// `ref_group`), transitively; `seen` stops cycles.
void inherit(const SemconvGroup& group, const GroupIndex& by_id, std::set<std::string>& seen,
             std::vector<MetricLabel>& labels) {
  std::vector<const Str*> parents;
  if (group.extends) parents.push_back(&*group.extends);
  for (const Str& ref : group.group_refs) parents.push_back(&ref);
  for (const Str* parent : parents) {
    auto it = by_id.find(parent->value);
    if (it == by_id.end() || !seen.insert(parent->value).second) continue;
    for (const SemconvAttribute& a : it->second->attributes) labels.push_back({a.key(), {}, a.required, {}, {}});
    inherit(*it->second, by_id, seen, labels);
  }
}

}  // namespace

Registry build_registry(const Reader& reader) {
  Registry out{reader.origin(), {}};
  for (const std::string& item : reader.items("/groups")) out.groups.push_back(group(reader, item));
  return out;
}

Registry build_registry_v2(const Reader& reader) {
  Registry out{reader.origin(), {}};
  if (reader.has("/attributes")) {
    SemconvGroup defined{Str{{}, reader.key_span("/attributes")},
                         Str{"attribute_group", reader.key_span("/attributes")},
                         {},
                         {},
                         {},
                         {},
                         {},
                         {},
                         {}};
    read_attributes(reader, "/attributes", "key", defined);
    out.groups.push_back(std::move(defined));
  }
  for (const std::string& item : reader.items("/attribute_groups"))
    out.groups.push_back(group_v2(reader, item, "attribute_group"));
  for (const std::string& item : reader.items("/metrics")) out.groups.push_back(group_v2(reader, item, "metric"));
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
