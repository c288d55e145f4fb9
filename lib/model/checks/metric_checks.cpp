#include <algorithm>
#include <map>
#include <tuple>

#include <fmt/format.h>
#include <re2/re2.h>

#include "diag/spelling.hpp"
#include "model/checks/checks.hpp"
#include "model/units.hpp"

namespace telc::model::checks {
namespace {

using Definitions = std::map<std::string, std::vector<const model::MetricDefinition*>>;

diag::Diagnostic error(std::string code, std::string message, diag::SourceSpan span, std::optional<std::string> hint) {
  return {diag::Severity::error, std::move(code), std::move(message), span, std::move(hint), {}};
}

std::vector<std::string> unit_names() {
  std::vector<std::string> out;
  for (const UnitInfo& u : all_units()) out.emplace_back(u.word), out.emplace_back(u.ucum);
  return out;
}

Definitions index_definitions(const model::Model& model, diag::Sink& sink) {
  Definitions by_name;
  for (const auto& d : model.definitions) {
    auto& list = by_name[d.name.value];
    if (!list.empty()) {
      auto e = error("metric/duplicate-name", fmt::format("metric '{}' is defined more than once", d.name.value),
                     d.name.span, "each metric has exactly one MetricDefinition; rename or remove one");
      e.notes.push_back({list.front()->name.span, "first defined here"});
      sink.report(std::move(e));
    }
    list.push_back(&d);
  }
  return by_name;
}

const model::MetricDefinition* resolve(const model::MetricPolicy& policy, const Definitions& defs,
                                       const model::Model& model, diag::Sink& sink) {
  if (auto it = defs.find(policy.target_metric.value); it != defs.end()) return it->second.front();
  const auto& broken = model.broken_definitions;
  if (std::find(broken.begin(), broken.end(), policy.target_metric.value) != broken.end()) return nullptr;
  std::vector<std::string> names;
  for (const auto& [name, _] : defs) names.push_back(name);
  const auto near = diag::closest(policy.target_metric.value, names);
  sink.report(error(
      "policy/unknown-metric", fmt::format("no MetricDefinition declares metric '{}'", policy.target_metric.value),
      policy.target_metric.span,
      near ? fmt::format("did you mean '{}'?", *near)
           : std::optional<std::string>("add a MetricDefinition with this spec.metric.name to the inputs")));
  return nullptr;
}

void check_subject(const model::MetricPolicy& policy, const model::MetricDefinition& definition, diag::Sink& sink) {
  for (const auto& [mine, theirs, what] : {std::tuple{&policy.subject_group, &definition.resource_group, "group"},
                                           std::tuple{&policy.subject_kind, &definition.resource_kind, "kind"}}) {
    if (mine->value == theirs->value) continue;
    auto e =
        error("policy/subject-mismatch",
              fmt::format("subject {} '{}' differs from the {} '{}' of metric '{}'", what, mine->value, what,
                          theirs->value, definition.name.value),
              mine->span,
              fmt::format("a policy produces a metric for the resource its definition names; use '{}'", theirs->value));
    e.notes.push_back({theirs->span, "the definition's resource is declared here"});
    sink.report(std::move(e));
  }
}

void check_source(const model::MetricPolicy& policy, const model::MetricDefinition& definition, diag::Sink& sink) {
  const bool data_plane = policy.source_type.value == "DataPlane";
  if ((data_plane && !policy.data_plane) || (!data_plane && !policy.resource_fields))
    sink.report(error("policy/source-mismatch",
                      fmt::format("source type is '{}' but the policy configures '{}'", policy.source_type.value,
                                  data_plane ? "resourceFields" : "dataPlane"),
                      policy.source_type.span,
                      fmt::format("set type: {}", data_plane ? "ResourceFields" : "DataPlane")));
  if (policy.resource_fields && definition.instrument_kind == "histogram")
    sink.report(
        error("policy/histogram-from-fields",
              fmt::format("metric '{}' is a histogram, which resource fields cannot produce", definition.name.value),
              policy.source_type.span, "resource fields yield one value per series: define a gauge or a counter"));
}

struct Produced {
  std::vector<model::Str> keys;
  diag::SourceSpan where;
};

Produced produced_labels(const model::MetricPolicy& policy) {
  Produced out;
  if (policy.data_plane) {
    for (const auto& l : policy.data_plane->labels) out.keys.push_back(l.key);
    out.where = policy.data_plane->labels_span;
  } else if (policy.resource_fields) {
    for (const auto& l : policy.resource_fields->labels) out.keys.push_back(l.key);
    for (const auto& [k, v] : policy.resource_fields->static_labels) out.keys.push_back(k);
    out.where = policy.resource_fields->labels_span;
  }
  return out;
}

void check_labels(const model::MetricPolicy& policy, const model::MetricDefinition& definition, diag::Sink& sink) {
  if (!policy.data_plane && !policy.resource_fields) return;
  const Produced produced = produced_labels(policy);
  std::vector<std::string> declared;
  for (const auto& l : definition.labels) declared.push_back(l.key.value);
  for (const model::Str& key : produced.keys) {
    if (std::find(declared.begin(), declared.end(), key.value) != declared.end()) continue;
    const auto near = diag::closest(key.value, declared);
    sink.report(error("policy/undeclared-label",
                      fmt::format("label '{}' is not declared by metric '{}'", key.value, definition.name.value),
                      key.span,
                      near ? fmt::format("did you mean '{}'?", *near)
                           : std::optional<std::string>("declare it in the definition's spec.labels or drop it")));
  }
  for (const auto& l : definition.labels) {
    const bool made = std::any_of(produced.keys.begin(), produced.keys.end(),
                                  [&](const model::Str& text) { return text.value == l.key.value; });
    if (!l.required || made) continue;
    auto e =
        error("policy/missing-label",
              fmt::format("required label '{}' of metric '{}' is not produced", l.key.value, definition.name.value),
              produced.where, fmt::format("add '{}: <CEL expression>' to the labels", l.key.value));
    e.notes.push_back({l.key.span, "declared as required here"});
    sink.report(std::move(e));
  }
}

void check_filters(const model::MetricPolicy& policy, diag::Sink& sink) {
  if (!policy.data_plane) return;
  for (const auto& f : policy.data_plane->attribute_filters) {
    RE2 re(f.regex.value, RE2::Quiet);
    if (!re.ok())
      sink.report(error("policy/bad-regex", fmt::format("invalid regular expression: {}", re.error()), f.regex.span,
                        "attribute filters use RE2 syntax (no look-around or back-references)"));
  }
}

std::string qualified(const model::MetricPolicy& policy) {
  const std::string& name = policy.origin.name.value;
  return policy.origin.name_space ? policy.origin.name_space->value + "/" + name : name;
}

/// Two ResourceFields policies for one metric and one subject would both feed the same family of
/// the same generator: every object's series twice, told apart by nothing.
void check_duplicate_series(const model::Model& model, diag::Sink& sink) {
  std::map<std::tuple<std::string, std::string, std::string, std::string>, const model::MetricPolicy*> seen;
  for (const model::MetricPolicy& p : model.policies) {
    if (!p.resource_fields || !p.origin.complete) continue;
    const auto key =
        std::tuple{p.target_metric.value, p.subject_group.value, p.subject_version.value, p.subject_kind.value};
    const auto [it, first] = seen.emplace(key, &p);
    if (first) continue;
    const std::string subject =
        p.subject_group.value.empty() ? p.subject_version.value : p.subject_group.value + "/" + p.subject_version.value;
    auto e = error("policy/duplicate-series",
                   fmt::format("metric '{}' of {} {} is already produced from resource fields by MetricPolicy '{}'",
                               p.target_metric.value, subject, p.subject_kind.value, qualified(*it->second)),
                   p.target_metric.span, "merge the two into one policy, or remove this one");
    e.notes.push_back(
        {it->second->target_metric.span, fmt::format("MetricPolicy '{}' is here", qualified(*it->second))});
    sink.report(std::move(e));
  }
}

}  // namespace

void check_metric_definition(const model::MetricDefinition& definition, diag::Sink& sink) {
  // A unit missing from a document with schema errors was reported there (its instrument or unit).
  const bool missing = definition.unit.value.empty() && !definition.origin.complete;
  if (!missing && !find_unit(definition.unit.value)) {
    const auto names = unit_names();
    const auto near = diag::closest(definition.unit.value, names);
    sink.report(error("metric/unknown-unit", fmt::format("unknown unit '{}'", definition.unit.value),
                      definition.unit.span,
                      near ? fmt::format("did you mean '{}'?", *near)
                           : std::optional<std::string>("use a unit such as seconds, bytes, 1 or a {annotation}")));
  }
  if (definition.temporality && definition.instrument_kind == "gauge")
    sink.report(error("metric/temporality-on-gauge", "aggregationTemporality has no meaning for a gauge",
                      definition.temporality->span, "remove aggregationTemporality, or use a counter"));
}

void check_metrics(const model::Model& model, diag::Sink& sink) {
  const Definitions defs = index_definitions(model, sink);
  for (const model::MetricPolicy& p : model.policies) {
    check_filters(p, sink);
    const model::MetricDefinition* d = resolve(p, defs, model, sink);
    // Comparing with a side that has schema errors would report what follows from them again.
    if (d == nullptr || !p.origin.complete || !d->origin.complete) continue;
    check_subject(p, *d, sink);
    check_source(p, *d, sink);
    check_labels(p, *d, sink);
  }
  check_duplicate_series(model, sink);
}

}  // namespace telc::model::checks
