#include "lint/metric_index.hpp"

#include <algorithm>

namespace telc::lint {
namespace {

/// A name for each series a definition yields: histograms end in _bucket/_sum/_count after the
/// unit word, exactly as the translator writes them.
std::vector<std::pair<std::string, Series>> series_names(const model::MetricDefinition& definition,
                                                         model::PrometheusNaming mode) {
  const std::string base =
      model::prometheus_name(definition.name.value, definition.instrument_kind, definition.unit.value, mode);
  if (definition.instrument_kind != "histogram") return {{base, Series::value}};
  const std::string sep = mode == model::PrometheusNaming::dotted ? "." : "_";
  return {{base + sep + "bucket", Series::bucket},
          {base + sep + "sum", Series::sum},
          {base + sep + "count", Series::count}};
}

/// The name prefix of a definition's service: its resource group, translated like a name.
std::string service_prefix(const model::MetricDefinition& definition, model::PrometheusNaming mode) {
  const std::string sep = mode == model::PrometheusNaming::dotted ? "." : "_";
  return model::prometheus_name(definition.resource_group.value, "gauge", "", mode) + sep;
}

}  // namespace

MetricIndex::MetricIndex(const model::Model& model, model::PrometheusNaming naming,
                         std::vector<std::string> platform_labels)
    : naming_(naming), platform_labels_(std::move(platform_labels)) {
  for (const model::MetricDefinition& d : model.definitions) add(d);
  for (const model::Registry& r : model.registries)
    for (const model::SemconvGroup& g : r.groups)
      if (g.metric) add(*g.metric);
  std::sort(prefixes_.begin(), prefixes_.end());
  prefixes_.erase(std::unique(prefixes_.begin(), prefixes_.end()), prefixes_.end());
}

void MetricIndex::add(const model::MetricDefinition& definition) {
  for (auto& [name, series] : series_names(definition, naming_))
    if (series_.emplace(name, DeclaredSeries{&definition, series}).second) names_.push_back(name);
  prefixes_.push_back(service_prefix(definition, naming_));
}

std::optional<DeclaredSeries> MetricIndex::find(std::string_view name) const {
  auto it = series_.find(name);
  return it == series_.end() ? std::nullopt : std::optional(it->second);
}

bool MetricIndex::under_declared_service(std::string_view name) const {
  return std::any_of(prefixes_.begin(), prefixes_.end(),
                     [&](const std::string& pointer) { return name.starts_with(pointer); });
}

std::vector<std::string> MetricIndex::label_names(const DeclaredSeries& series) const {
  std::vector<std::string> out;
  for (const model::MetricLabel& l : series.definition->labels)
    out.push_back(model::prometheus_label(l.key.value, naming_));
  return out;
}

bool MetricIndex::declares_label(const DeclaredSeries& series, std::string_view label) const {
  if (label == "__name__" || (label == "le" && series.series == Series::bucket)) return true;
  if (std::find(platform_labels_.begin(), platform_labels_.end(), label) != platform_labels_.end()) return true;
  const auto names = label_names(series);
  return std::find(names.begin(), names.end(), label) != names.end();
}

}  // namespace telc::lint
