// MetricDefinitions and MetricPolicies → IR. Runs only after validation passed, so every CEL
// expression parses, every policy's target metric exists and its labels are declared.
#include <algorithm>
#include <map>
#include <tuple>

#include "ir/lower.hpp"

namespace telc::ir {
namespace {

Cel lower_cel(const model::EmbeddedStr& s) { return {s.text.value, cel::parse(s.text.value), s.where}; }

template <typename T>
std::optional<T> parse_enum(const std::optional<model::Str>& s,
                            std::initializer_list<std::pair<std::string_view, T>> table) {
  if (!s) return std::nullopt;
  for (const auto& [word, value] : table)
    if (s->value == word) return value;
  return std::nullopt;
}

Temporality temporality(const std::optional<model::Str>& s) {
  return parse_enum<Temporality>(s, {{"cumulative", Temporality::cumulative}, {"delta", Temporality::delta}})
      .value_or(Temporality::unspecified);
}

Instrument instrument(const std::string& lower_case) {
  if (lower_case == "counter") return Instrument::counter;
  if (lower_case == "updowncounter") return Instrument::updowncounter;
  if (lower_case == "histogram") return Instrument::histogram;
  return Instrument::gauge;
}

MetricLabel lower_label(const model::MetricLabel& l, model::PrometheusNaming mode) {
  MetricLabel out{l.key.value,
                  model::prometheus_label(l.key.value, mode),
                  l.description ? l.description->value : "",
                  l.required,
                  {},
                  std::nullopt};
  for (const auto& v : l.values) out.values.push_back(v.value);
  if (l.max_cardinality) out.max_cardinality = l.max_cardinality->value;
  return out;
}

MetricDef lower_definition(const model::MetricDefinition& d, model::PrometheusNaming mode,
                           const diag::SourceManager& files) {
  MetricDef out;
  out.object_name = d.origin.name.value;
  out.source_file = d.origin.file == diag::kNoFile ? "" : files.file(d.origin.file).path;
  out.resource_group = d.resource_group.value, out.resource_kind = d.resource_kind.value;
  out.name = d.name.value, out.description = d.description.value, out.unit = d.unit.value;
  out.instrument = instrument(d.instrument_kind);
  out.prometheus_name = model::prometheus_name(d.name.value, d.instrument_kind, d.unit.value, mode);
  out.temporality = temporality(d.temporality);
  out.stability = parse_enum<Stability>(
                      d.stability,
                      {{"beta", Stability::beta}, {"stable", Stability::stable}, {"deprecated", Stability::deprecated}})
                      .value_or(Stability::alpha);
  for (const auto& l : d.labels) out.labels.push_back(lower_label(l, mode));
  std::sort(out.labels.begin(), out.labels.end(),
            [](const MetricLabel& a, const MetricLabel& b) { return a.key < b.key; });
  out.provenance = d.name.span;
  return out;
}

std::vector<LabelBinding> lower_labels(const std::vector<model::LabelExpr>& labels, model::PrometheusNaming mode) {
  std::vector<LabelBinding> out;
  for (const auto& l : labels)
    out.push_back({l.key.value, model::prometheus_label(l.key.value, mode), lower_cel(l.cel)});
  std::sort(out.begin(), out.end(), [](const LabelBinding& a, const LabelBinding& b) { return a.key < b.key; });
  return out;
}

DataPlaneInput lower_data_plane(const model::DataPlaneSource& d, model::PrometheusNaming mode) {
  DataPlaneInput out{d.metric_name.value, temporality(d.temporality),  {}, {},
                     std::nullopt,        lower_labels(d.labels, mode)};
  for (const auto& a : d.attribute_selectors) out.selectors.push_back({a.key.value, lower_cel(a.value_from)});
  for (const auto& f : d.attribute_filters) out.filters.push_back({f.key.value, f.regex.value});
  if (d.value) out.value = lower_cel(*d.value);
  return out;
}

ResourceFieldsInput lower_fields(const model::ResourceFieldsSource& r, model::PrometheusNaming mode) {
  ResourceFieldsInput out{lower_cel(r.path), lower_cel(r.value), lower_labels(r.labels, mode), std::nullopt, {}};
  if (r.drop_if) out.drop_if = lower_cel(*r.drop_if);
  for (const auto& [k, v] : r.static_labels) out.static_labels.emplace_back(k.value, v.value);
  std::sort(out.static_labels.begin(), out.static_labels.end());
  return out;
}

MetricPolicy lower_policy(const model::MetricPolicy& p, std::size_t metric, model::PrometheusNaming mode,
                          const diag::SourceManager& files) {
  MetricPolicy out;
  out.name = p.origin.name.value;
  out.name_space = p.origin.name_space ? p.origin.name_space->value : "";
  out.source_file = p.origin.file == diag::kNoFile ? "" : files.file(p.origin.file).path;
  out.subject_group = p.subject_group.value, out.subject_version = p.subject_version.value;
  out.subject_kind = p.subject_kind.value;
  out.metric = metric;
  if (p.data_plane) out.data_plane = lower_data_plane(*p.data_plane, mode);
  if (p.resource_fields) out.resource_fields = lower_fields(*p.resource_fields, mode);
  out.provenance = p.origin.name.span;
  return out;
}

}  // namespace

std::string_view to_string(Instrument i) {
  static constexpr std::string_view kNames[] = {"counter", "updowncounter", "gauge", "histogram"};
  return kNames[static_cast<int>(i)];
}
std::string_view to_string(Temporality t) {
  static constexpr std::string_view kNames[] = {"", "cumulative", "delta"};
  return kNames[static_cast<int>(t)];
}
std::string_view to_string(Stability s) {
  static constexpr std::string_view kNames[] = {"alpha", "beta", "stable", "deprecated"};
  return kNames[static_cast<int>(s)];
}

void lower_metrics(const model::Model& model, Program& out, const diag::SourceManager& files) {
  const model::PrometheusNaming mode = out.config.prometheus_naming;
  for (const auto& d : model.definitions) out.metrics.push_back(lower_definition(d, mode, files));
  std::stable_sort(out.metrics.begin(), out.metrics.end(),
                   [](const MetricDef& a, const MetricDef& b) { return a.name < b.name; });
  std::map<std::string_view, std::size_t> by_name;
  for (std::size_t i = 0; i < out.metrics.size(); ++i) by_name.emplace(out.metrics[i].name, i);
  for (const auto& p : model.policies)
    if (auto it = by_name.find(p.target_metric.value); it != by_name.end())
      out.metric_policies.push_back(lower_policy(p, it->second, mode, files));
  std::stable_sort(out.metric_policies.begin(), out.metric_policies.end(),
                   [](const MetricPolicy& a, const MetricPolicy& b) {
                     return std::tie(a.name_space, a.name) < std::tie(b.name_space, b.name);
                   });
  for (std::size_t i = 0; i < out.metric_policies.size(); ++i)
    out.metrics[out.metric_policies[i].metric].policies.push_back(i);
}

}  // namespace telc::ir
