// MetricDefinitions (telc's own kind), by metric name: removed, instrument, unit and temporality
// changed, labels dropped or made required, stability lowered (alpha < beta < stable). Every change
// is reported whatever the stability; the driver weighs it by `Change::stability`. The schema has
// no `renamed_to`: a definition that disappears while exactly one new definition of the same
// resource, instrument, unit and label keys appears was renamed; otherwise it was removed.
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "diff/compare_internal.hpp"

namespace telc::diff::detail {
namespace {

using model::MetricDefinition;
using model::MetricLabel;

using DefinitionIndex = std::map<std::string, const MetricDefinition*, std::less<>>;

DefinitionIndex definitions_by_name(const model::Model& model) {
  DefinitionIndex out;
  for (const MetricDefinition& definition : model.definitions) out.emplace(definition.name.value, &definition);
  return out;
}

/// A definition's stability (the schema's default is alpha).
std::string stability_of(const MetricDefinition& definition) {
  return definition.stability ? definition.stability->value : std::string("alpha");
}

void compare_labels(const MetricDefinition& was, const MetricDefinition& now, Changes& out) {
  for (const MetricLabel& label : was.labels) {
    auto found = std::find_if(now.labels.begin(), now.labels.end(),
                              [&](const MetricLabel& each) { return each.key.value == label.key.value; });
    if (found == now.labels.end()) {
      Change& change = out.add("diff/attribute-dropped", "metric", was.name.value, was.stability,
                               fmt::format("no longer has label '{}'", label.key.value),
                               "queries that select or group by the label break: keep it (it may become optional)",
                               now.name.span, label.key.span);
      change.label = label.key.value;
      out.metric_names(change, was);
      continue;
    }
    if (!label.required && found->required) {
      Change& change = out.add("diff/made-required", "label", was.name.value + "/" + label.key.value, was.stability,
                               "became required",
                               "producers that do not set it yet are now invalid: keep it optional until every "
                               "producer sets it",
                               found->key.span, label.key.span);
      change.label = label.key.value;
      out.metric_names(change, was);
    }
  }
}

void compare_definition(const MetricDefinition& was, const MetricDefinition& now, Changes& out) {
  const std::string& name = was.name.value;
  if (was.instrument_kind != now.instrument_kind) {
    Change& change =
        out.add("diff/instrument-changed", "metric", name, was.stability,
                fmt::format("changed instrument (was '{}', now '{}')", was.instrument.value, now.instrument.value),
                "queries use functions of the instrument (rate, histogram_quantile): define a new metric and "
                "deprecate this one",
                now.instrument.span, was.instrument.span);
    out.metric_names(change, was, &now);
  }
  if (was.unit.value != now.unit.value) {
    Change& change = out.add("diff/unit-changed", "metric", name, was.stability,
                             fmt::format("changed unit (was '{}', now '{}')", was.unit.value, now.unit.value),
                             "queries and thresholds assume the old unit: define a new metric and deprecate this one",
                             now.unit.span, was.unit.span);
    out.metric_names(change, was, &now);
  }
  const bool gauge = was.instrument_kind == "gauge" || now.instrument_kind == "gauge";
  if (!gauge && shown(was.temporality) != shown(now.temporality)) {
    Change& change =
        out.add("diff/temporality-changed", "metric", name, was.stability,
                fmt::format("changed temporality (was '{}', now '{}')", shown(was.temporality), shown(now.temporality)),
                "delta and cumulative series need different queries: keep the temporality, or define a new metric",
                span_or(now.temporality, now.instrument.span), span_or(was.temporality, was.instrument.span));
    out.metric_names(change, was);
  }
  const std::string before = stability_of(was);
  const std::string after = stability_of(now);
  const int before_rank = model::semconv::stability_rank(before);
  const int after_rank = model::semconv::stability_rank(after);
  // `deprecated` ranks nowhere: deprecating is how a definition is retired, not a downgrade.
  if (after_rank > 0 && after_rank < before_rank) {
    Change& change = out.add("diff/stability-downgraded", "metric", name, was.stability,
                             fmt::format("is less stable (was '{}', now '{}')", before, after),
                             "consumers rely on the stability promised: keep it, or deprecate this metric and "
                             "define a new one",
                             span_or(now.stability, now.name.span), span_or(was.stability, was.name.span));
    out.metric_names(change, was);
  }
  compare_labels(was, now, out);
}

/// What a rename keeps: the resource, instrument, unit and label keys.
std::string shape(const MetricDefinition& definition) {
  std::string out = fmt::format("{}/{}|{}|{}|", definition.resource_group.value, definition.resource_kind.value,
                                definition.instrument_kind, definition.unit.value);
  std::vector<std::string> keys;
  for (const MetricLabel& label : definition.labels) keys.push_back(label.key.value);
  std::sort(keys.begin(), keys.end());
  for (const std::string& key : keys) out += key + ",";
  return out;
}

/// The one definition new in `current` with the shape of `was`, if exactly one.
const MetricDefinition* successor(const MetricDefinition& was, const DefinitionIndex& before,
                                  const DefinitionIndex& now) {
  const MetricDefinition* found = nullptr;
  for (const auto& [name, candidate] : now) {
    if (before.contains(name) || shape(*candidate) != shape(was)) continue;
    if (found != nullptr) return nullptr;
    found = candidate;
  }
  return found;
}

}  // namespace

void compare_definitions(const model::Model& base, const model::Model& current, Changes& out) {
  const DefinitionIndex now = definitions_by_name(current);
  const DefinitionIndex before = definitions_by_name(base);
  for (const auto& [name, was] : before) {
    auto found = now.find(name);
    if (found != now.end()) {
      compare_definition(*was, *found->second, out);
      continue;
    }
    if (const MetricDefinition* next = successor(*was, before, now)) {
      Change& change =
          out.add("diff/renamed", "metric", name, was->stability, fmt::format("was renamed to '{}'", next->name.value),
                  fmt::format("queries of '{}' find no new data once producers switch: update them to '{}', "
                              "or keep the old definition (stability: deprecated) during the transition",
                              name, next->name.value),
                  next->name.span, was->name.span);
      out.metric_names(change, *was);
      change.renamed_to = next->name.value;
      change.new_prometheus_name = out.prometheus_name(*next);
      continue;
    }
    Change& change = out.add("diff/removed", "metric", name, was->stability, "was removed",
                             "queries, alerts and dashboards of the metric find no data: keep the definition "
                             "with stability: deprecated until nothing reads it",
                             {}, was->name.span);
    out.metric_names(change, *was);
  }
}

}  // namespace telc::diff::detail
