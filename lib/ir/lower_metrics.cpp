// MetricDefinitions and MetricPolicies → IR. Runs only after validation passed, so every CEL
// expression parses, every policy's target metric exists and its labels are declared.
#include <algorithm>
#include <map>
#include <tuple>

#include "ir/lower.hpp"

namespace telc::ir {
namespace {

Cel lower_cel(const model::EmbeddedStr& text) { return {text.text.value, cel::parse(text.text.value), text.where}; }

template <typename T>
std::optional<T> parse_enum(const std::optional<model::Str>& text,
                            std::initializer_list<std::pair<std::string_view, T>> table) {
  if (!text) return std::nullopt;
  for (const auto& [word, value] : table)
    if (text->value == word) return value;
  return std::nullopt;
}

Temporality temporality(const std::optional<model::Str>& text) {
  return parse_enum<Temporality>(text, {{"cumulative", Temporality::cumulative}, {"delta", Temporality::delta}})
      .value_or(Temporality::unspecified);
}

Instrument instrument(const std::string& lower_case) {
  if (lower_case == "counter") return Instrument::counter;
  if (lower_case == "updowncounter") return Instrument::updowncounter;
  if (lower_case == "histogram") return Instrument::histogram;
  return Instrument::gauge;
}

MetricLabel lower_label(const model::MetricLabel& label, model::PrometheusNaming mode) {
  MetricLabel out{label.key.value,
                  model::prometheus_label(label.key.value, mode),
                  label.description ? label.description->value : "",
                  label.required,
                  {},
                  std::nullopt};
  for (const auto& v : label.values) out.values.push_back(v.value);
  if (label.max_cardinality) out.max_cardinality = label.max_cardinality->value;
  return out;
}

MetricDef lower_definition(const model::MetricDefinition& definition, model::PrometheusNaming mode,
                           const SourceNames& names) {
  MetricDef out;
  out.object_name = definition.origin.name.value;
  out.source_file = names(definition.origin.file);
  out.resource_group = definition.resource_group.value, out.resource_kind = definition.resource_kind.value;
  out.name = definition.name.value, out.description = definition.description.value, out.unit = definition.unit.value;
  out.instrument = instrument(definition.instrument_kind);
  out.prometheus_name =
      model::prometheus_name(definition.name.value, definition.instrument_kind, definition.unit.value, mode);
  out.temporality = temporality(definition.temporality);
  out.stability = parse_enum<Stability>(
                      definition.stability,
                      {{"beta", Stability::beta}, {"stable", Stability::stable}, {"deprecated", Stability::deprecated}})
                      .value_or(Stability::alpha);
  for (const auto& l : definition.labels) out.labels.push_back(lower_label(l, mode));
  std::sort(out.labels.begin(), out.labels.end(),
            [](const MetricLabel& left, const MetricLabel& right) { return left.key < right.key; });
  out.provenance = definition.name.span;
  return out;
}

std::vector<LabelBinding> lower_labels(const std::vector<model::LabelExpr>& labels, model::PrometheusNaming mode) {
  std::vector<LabelBinding> out;
  out.reserve(labels.size());
  for (const auto& l : labels)
    out.push_back({l.key.value, model::prometheus_label(l.key.value, mode), lower_cel(l.cel)});
  std::sort(out.begin(), out.end(),
            [](const LabelBinding& left, const LabelBinding& right) { return left.key < right.key; });
  return out;
}

DataPlaneInput lower_data_plane(const model::DataPlaneSource& source, model::PrometheusNaming mode) {
  DataPlaneInput out{source.metric_name.value,
                     temporality(source.temporality),
                     {},
                     {},
                     std::nullopt,
                     lower_labels(source.labels, mode),
                     {},
                     false};
  for (const auto& a : source.attribute_selectors) out.selectors.push_back({a.key.value, lower_cel(a.value_from)});
  for (const auto& f : source.attribute_filters) out.filters.push_back({f.key.value, f.regex.value});
  if (source.value) out.value = lower_cel(*source.value);
  return out;
}

ResourceFieldsInput lower_fields(const model::ResourceFieldsSource& source, model::PrometheusNaming mode) {
  ResourceFieldsInput out{
      lower_cel(source.path), lower_cel(source.value), lower_labels(source.labels, mode), std::nullopt, {}};
  if (source.drop_if) out.drop_if = lower_cel(*source.drop_if);
  for (const auto& [k, v] : source.static_labels) out.static_labels.emplace_back(k.value, v.value);
  std::sort(out.static_labels.begin(), out.static_labels.end());
  return out;
}

MetricPolicy lower_policy(const model::MetricPolicy& policy, std::size_t metric, model::PrometheusNaming mode,
                          const SourceNames& names) {
  MetricPolicy out;
  out.name = policy.origin.name.value;
  out.name_space = policy.origin.name_space ? policy.origin.name_space->value : "";
  out.source_file = names(policy.origin.file);
  out.subject_group = policy.subject_group.value, out.subject_version = policy.subject_version.value;
  out.subject_kind = policy.subject_kind.value;
  out.metric = metric;
  if (policy.data_plane) out.data_plane = lower_data_plane(*policy.data_plane, mode);
  if (policy.resource_fields) out.resource_fields = lower_fields(*policy.resource_fields, mode);
  out.provenance = policy.origin.name.span;
  return out;
}

}  // namespace

std::string_view to_string(Instrument instrument) {
  static constexpr std::string_view kNames[] = {"counter", "updowncounter", "gauge", "histogram"};
  return kNames[static_cast<int>(instrument)];
}
std::string_view to_string(Temporality temporality) {
  static constexpr std::string_view kNames[] = {"", "cumulative", "delta"};
  return kNames[static_cast<int>(temporality)];
}
std::string_view to_string(Stability stability) {
  static constexpr std::string_view kNames[] = {"alpha", "beta", "stable", "deprecated"};
  return kNames[static_cast<int>(stability)];
}

void lower_metrics(const model::Model& model, Program& out, const SourceNames& names) {
  const model::PrometheusNaming mode = out.config.prometheus_naming;
  for (const auto& d : model.definitions) out.metrics.push_back(lower_definition(d, mode, names));
  std::stable_sort(out.metrics.begin(), out.metrics.end(),
                   [](const MetricDef& left, const MetricDef& right) { return left.name < right.name; });
  std::map<std::string_view, std::size_t> by_name;
  for (std::size_t i = 0; i < out.metrics.size(); ++i) by_name.emplace(out.metrics[i].name, i);
  for (const auto& p : model.policies)
    if (auto it = by_name.find(p.target_metric.value); it != by_name.end())
      out.metric_policies.push_back(lower_policy(p, it->second, mode, names));
  std::stable_sort(out.metric_policies.begin(), out.metric_policies.end(),
                   [](const MetricPolicy& left, const MetricPolicy& right) {
                     return std::tie(left.name_space, left.name) < std::tie(right.name_space, right.name);
                   });
  for (std::size_t i = 0; i < out.metric_policies.size(); ++i)
    out.metrics[out.metric_policies[i].metric].policies.push_back(i);
}

}  // namespace telc::ir
