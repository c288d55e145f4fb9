// OpenTelemetry semantic-convention registry files: the attribute and metric vocabulary of a
// project. Weaver's v1 `groups:` syntax is read whole; of the v2 syntax (alpha upstream, and mixed
// with v1 in the semantic-conventions repository) telc reads the attributes, attribute groups,
// metrics, events, spans, entities and their refinements, so references across the two resolve,
// Weaver's policy packages can be checked as lint rules, and the registry can be documented.
#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "model/build.hpp"
#include "model/reader.hpp"
#include "model/semconv_index.hpp"
#include "schema/validate.hpp"

namespace telc::model {
namespace {

std::optional<SemconvDeprecation> deprecation(const Reader& reader, const std::string& pointer) {
  const nlohmann::json* node = reader.at(pointer + "/deprecated");
  if (node == nullptr || node->is_null()) return std::nullopt;
  if (node->is_string())
    return SemconvDeprecation{
        reader.key_span(pointer + "/deprecated"), {}, {}, reader.opt_str(pointer + "/deprecated")};
  return SemconvDeprecation{reader.key_span(pointer + "/deprecated"), reader.opt_str(pointer + "/deprecated/reason"),
                            reader.opt_str(pointer + "/deprecated/renamed_to"),
                            reader.opt_str(pointer + "/deprecated/note")};
}

bool codegen_excluded(const Reader& reader, const std::string& pointer) {
  return reader.opt_bool(pointer + "/annotations/code_generation/exclude").value_or(false);
}

/// What YAML made of an enum member's value: the deprecation policies compare kinds, not text.
std::string value_kind(const nlohmann::json* value) {
  if (value == nullptr) return {};
  if (value->is_string()) return "string";
  if (value->is_boolean()) return "bool";
  if (value->is_number_integer()) return "int";
  return value->is_number() ? "double" : "other";
}

/// The kind of a YAML value as SemconvExample names it.
std::string example_kind(const nlohmann::json& value) {
  if (!value.is_array()) return value.is_null() ? "null" : value.is_object() ? "object" : value_kind(&value);
  std::string item;
  for (const nlohmann::json& each : value) {
    const std::string kind = each.is_array() ? "list" : example_kind(each);
    if (item.empty()) item = kind;
    if (item != kind) item = "mixed";
  }
  return (item.empty() ? "mixed" : item) + "[]";
}

/// An example as documentation shows it: a scalar as written, anything else as flow JSON.
std::string example_text(const Reader& reader, const std::string& pointer, const nlohmann::json& value) {
  if (value.is_array() || value.is_object() || value.is_null() || value == "") return value.dump();
  const auto scalar = reader.opt_scalar(pointer);
  return scalar ? scalar->value : value.dump();
}

void read_examples(const Reader& reader, const std::string& pointer, SemconvAttribute& attr) {
  const nlohmann::json* examples = reader.at(pointer + "/examples");
  if (examples == nullptr) return;
  attr.examples_listed = examples->is_array();
  if (!attr.examples_listed) {
    const std::string item = pointer + "/examples";
    attr.examples.push_back({example_kind(*examples), reader.value_span(item), example_text(reader, item, *examples)});
    return;
  }
  for (std::size_t i = 0; i < examples->size(); ++i) {
    const std::string item = pointer + "/examples/" + std::to_string(i);
    attr.examples.push_back(
        {example_kind((*examples)[i]), reader.value_span(item), example_text(reader, item, (*examples)[i])});
  }
}

std::vector<SemconvEnumMember> members(const Reader& reader, const std::string& pointer) {
  std::vector<SemconvEnumMember> out;
  for (const std::string& item : reader.items(pointer + "/type/members"))
    out.push_back({reader.str(item + "/id"), reader.opt_scalar(item + "/value"), value_kind(reader.at(item + "/value")),
                   reader.opt_str(item + "/stability"), deprecation(reader, item), codegen_excluded(reader, item),
                   reader.opt_str(item + "/brief")});
  return out;
}

/// The requirement level, written as the level itself or as a mapping from the level to its
/// condition (`conditionally_required: <when>`, `recommended: <why>`, `opt_in: <why>`).
void requirement(const Reader& reader, const std::string& pointer, SemconvAttribute& attr) {
  const std::string at = pointer + "/requirement_level";
  const nlohmann::json* level = reader.at(at);
  if (level == nullptr) return;
  if (level->is_string()) {
    attr.requirement = level->get<std::string>();
  } else if (level->is_object() && level->size() == 1) {
    attr.requirement = level->begin().key();
    attr.requirement_text = reader.opt_scalar(at + "/" + attr.requirement);
  }
  attr.required = attr.requirement == "required";
  attr.opt_in = attr.requirement == "opt_in";
}

SemconvAttribute attribute(const Reader& reader, const std::string& pointer, const char* id_field) {
  SemconvAttribute out;
  out.id = reader.opt_str(pointer + "/" + id_field);
  out.ref = reader.opt_str(pointer + "/ref");
  requirement(reader, pointer, out);
  out.brief = reader.opt_str(pointer + "/brief");
  const auto role = reader.opt_str(pointer + "/role");
  out.identifying = role && role->value == "identifying";
  out.type = reader.opt_str(pointer + "/type");
  out.members = members(reader, pointer);
  if (!out.type && reader.has(pointer + "/type/members")) out.type = Str{"enum", reader.value_span(pointer + "/type")};
  out.stability = reader.opt_str(pointer + "/stability");
  out.deprecated = deprecation(reader, pointer);
  out.codegen_excluded = codegen_excluded(reader, pointer);
  if (out.id) read_examples(reader, pointer, out);
  return out;
}

/// The policy exceptions Weaver's packages read, each under its package's annotation.
std::vector<std::string> policy_exceptions(const Reader& reader, const std::string& pointer) {
  std::vector<std::string> out;
  for (const char* package : {"naming_conventions", "stability"})
    for (const Str& e : reader.strings(pointer + "/annotations/" + package + "/policy_exceptions"))
      out.push_back(std::string(package) + "/" + e.value);
  return out;
}

/// The entity types an `entity_associations` list names, at any depth of its `one_of` / `all_of`.
void associations(const Reader& reader, const std::string& pointer, std::vector<Str>& out) {
  for (const std::string& item : reader.items(pointer)) {
    if (auto name = reader.opt_str(item)) {
      out.push_back(std::move(*name));
      continue;
    }
    for (const char* combinator : {"/one_of", "/all_of"}) associations(reader, item + combinator, out);
  }
}

/// The fields every signal shares in both syntaxes.
void read_signal(const Reader& reader, const std::string& pointer, SemconvGroup& group) {
  group.stability = reader.opt_str(pointer + "/stability");
  group.deprecated = deprecation(reader, pointer);
  group.visibility = reader.opt_str(pointer + "/visibility");
  associations(reader, pointer + "/entity_associations", group.entity_associations);
  group.policy_exceptions = policy_exceptions(reader, pointer);
  group.codegen_excluded = codegen_excluded(reader, pointer);
}

/// A group's attribute list: definitions and refs, and (v2) `ref_group` entries.
void read_attributes(const Reader& reader, const std::string& pointer, const char* id_field,
                     SemconvGroup& semconv_group) {
  const bool identity = pointer.ends_with("/identity");
  for (const std::string& item : reader.items(pointer)) {
    if (auto group = reader.opt_str(item + "/ref_group")) {
      semconv_group.group_refs.push_back(std::move(*group));
      continue;
    }
    semconv_group.attributes.push_back(attribute(reader, item, id_field));
    semconv_group.attributes.back().identifying |= identity;
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
  SemconvGroup g;
  g.id = reader.str(pointer + "/id");
  g.type = reader.str(pointer + "/type");
  g.brief = reader.str(pointer + "/brief");
  g.extends = reader.opt_str(pointer + "/extends");
  g.name = reader.opt_str(pointer + "/name");
  g.span_name = reader.opt_str(pointer + "/annotations/telc/span_name");
  g.span_kind = reader.opt_str(pointer + "/span_kind");
  read_attributes(reader, pointer + "/attributes", "id", g);
  read_signal(reader, pointer, g);
  if (g.type.value == "metric") {
    g.signal_name = reader.opt_str(pointer + "/metric_name");
    g.metric = metric(reader, pointer, reader.str(pointer + "/metric_name"), g);
  } else if (g.type.value == "event" || g.type.value == "entity") {
    g.signal_name = g.name;
  }
  return g;
}

SemconvGroup group_v2(const Reader& reader, const std::string& pointer, std::string type) {
  SemconvGroup g;
  g.id = reader.opt_str(pointer + "/id").value_or(Str{{}, reader.key_span(pointer)});
  g.type = Str{std::move(type), reader.key_span(pointer)};
  g.brief = reader.str(pointer + "/brief");
  read_attributes(reader, pointer + "/attributes", "key", g);
  read_signal(reader, pointer, g);
  if (g.type.value == "metric") {
    g.signal_name = reader.opt_str(pointer + "/name");
    g.metric = metric(reader, pointer, reader.str(pointer + "/name"), g);
  }
  return g;
}

/// A v2 event, span or entity: named by `name` (events) or `type` (spans, entities); an entity's
/// attributes are its identity, then its description. They have no group id.
SemconvGroup signal_v2(const Reader& reader, const std::string& pointer, const std::string& type) {
  SemconvGroup g = group_v2(reader, pointer, type);
  g.signal_name = reader.opt_str(pointer + (type == "event" ? "/name" : "/type"));
  if (type == "span") g.span_kind = reader.opt_str(pointer + "/kind");
  if (type == "entity") {
    read_attributes(reader, pointer + "/identity", "key", g);
    read_attributes(reader, pointer + "/description", "key", g);
  }
  return g;
}

/// A v2 refinement: its own id, the signal it refines, and the attributes it adds or refines (an
/// entity refinement's are under `description`). Its type is `<kind>_refinement`, so the rules that
/// judge signals by type pass it by.
SemconvGroup refinement(const Reader& reader, const std::string& pointer, const std::string& kind) {
  SemconvGroup g;
  g.id = reader.str(pointer + "/id");
  g.type = Str{kind + "_refinement", reader.key_span(pointer)};
  g.brief = reader.opt_str(pointer + "/brief").value_or(Str{});
  g.refines = reader.opt_str(pointer + "/ref");
  for (const char* list : {"/attributes", "/identity", "/description"})
    read_attributes(reader, pointer + list, "key", g);
  read_signal(reader, pointer, g);
  return g;
}

}  // namespace

Registry build_registry(const Reader& reader) {
  Registry out{reader.origin(), {}, false, {}};
  for (const std::string& item : reader.items("/groups")) out.groups.push_back(group(reader, item));
  return out;
}

Registry build_registry_v2(const Reader& reader) {
  Registry out{reader.origin(), {}, true, {}};
  if (reader.has("/attributes")) {
    SemconvGroup defined;
    defined.id = Str{{}, reader.key_span("/attributes")};
    defined.type = Str{"attribute_group", reader.key_span("/attributes")};
    read_attributes(reader, "/attributes", "key", defined);
    out.groups.push_back(std::move(defined));
  }
  for (const std::string& item : reader.items("/attribute_groups"))
    out.groups.push_back(group_v2(reader, item, "attribute_group"));
  for (const std::string& item : reader.items("/metrics")) out.groups.push_back(group_v2(reader, item, "metric"));
  using Kind = std::pair<const char*, const char*>;
  for (const auto& [kind, list] : {Kind{"event", "/events"}, Kind{"span", "/spans"}, Kind{"entity", "/entities"}})
    for (const std::string& item : reader.items(list)) out.groups.push_back(signal_v2(reader, item, kind));
  for (const char* kind : {"attribute_groups", "metrics", "spans", "events", "entities"})
    for (Str& name : reader.strings(fmt::format("/imports/{}", kind))) out.imports.push_back(std::move(name));
  for (const char* kind : {"metric", "event", "span", "entity"})
    for (const std::string& item : reader.items(fmt::format("/{}_refinements", kind)))
      out.groups.push_back(refinement(reader, item, kind));
  return out;
}

void link(Model& model) {
  const semconv::GroupIndex groups = semconv::group_index(model);
  for (Registry& reg : model.registries)
    for (SemconvGroup& g : reg.groups) {
      if (!g.metric) continue;
      // What the metric inherits through `extends` and `ref_group`, after its own attributes.
      const auto own = [&g](const SemconvAttribute* attr) {
        return std::any_of(g.attributes.begin(), g.attributes.end(),
                           [attr](const SemconvAttribute& each) { return &each == attr; });
      };
      for (const semconv::UsedAttribute& used : semconv::used_attributes(g, groups))
        if (!own(used.attribute))
          g.metric->labels.push_back({used.attribute->key(), {}, used.attribute->required, {}, {}});
    }
}

}  // namespace telc::model
