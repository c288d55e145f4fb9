// MetricDefinition and MetricPolicy (telemetry.miloapis.com/v1alpha1, the design's shape).
#include <algorithm>
#include <cctype>

#include "model/build.hpp"
#include "model/reader.hpp"
#include "schema/document.hpp"

namespace telc::model {
namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

MetricLabel label(const Reader& r, const std::string& p) {
  return {r.str(p + "/key"), r.opt_str(p + "/description"), r.opt_bool(p + "/required").value_or(false),
          r.strings(p + "/values"), r.opt_int(p + "/maxCardinality")};
}

/// A `label → CEL` map, in the order the keys are written.
std::vector<LabelExpr> label_map(const Reader& r, const std::string& p) {
  std::vector<LabelExpr> out;
  for (const std::string& k : r.keys(p)) {
    const std::string at = schema::child_pointer(p, k);
    out.push_back({Str{k, r.key_span(at)}, r.embedded(at)});
  }
  std::sort(out.begin(), out.end(), [](const LabelExpr& a, const LabelExpr& b) {
    return std::tie(a.key.span.begin.line, a.key.span.begin.column) <
           std::tie(b.key.span.begin.line, b.key.span.begin.column);
  });
  return out;
}

DataPlaneSource data_plane(const Reader& r, const std::string& p) {
  const std::string otel = p + "/selector/otel";
  DataPlaneSource out{r.str(otel + "/metricName"),
                      r.opt_str(otel + "/temporality"),
                      {},
                      {},
                      r.opt_embedded(p + "/transform/value/cel"),
                      label_map(r, p + "/transform/labels"),
                      r.key_span(p + "/transform/labels")};
  for (std::size_t i = 0; i < r.size(otel + "/attributeSelectors"); ++i) {
    const std::string a = otel + "/attributeSelectors/" + std::to_string(i);
    out.attribute_selectors.push_back({r.str(a + "/key"), r.embedded(a + "/valueFrom")});
  }
  for (std::size_t i = 0; i < r.size(otel + "/attributeFilters"); ++i) {
    const std::string a = otel + "/attributeFilters/" + std::to_string(i);
    out.attribute_filters.push_back({r.str(a + "/key"), r.str(a + "/regex")});
  }
  return out;
}

ResourceFieldsSource resource_fields(const Reader& r, const std::string& p) {
  ResourceFieldsSource out{r.embedded(p + "/seriesFrom/path"),
                           r.embedded(p + "/seriesFrom/value/cel"),
                           label_map(r, p + "/seriesFrom/labels"),
                           r.opt_embedded(p + "/dropIf/cel"),
                           {},
                           r.key_span(p + "/seriesFrom/labels")};
  for (const std::string& k : r.keys(p + "/staticLabels")) {
    const std::string at = schema::child_pointer(p + "/staticLabels", k);
    out.static_labels.push_back({Str{k, r.key_span(at)}, r.str(at)});
  }
  return out;
}

}  // namespace

MetricDefinition build_metric_definition(const Reader& r) {
  MetricDefinition out{r.origin(),
                       r.str("/spec/resource/group"),
                       r.str("/spec/resource/kind"),
                       r.str("/spec/metric/name"),
                       r.str("/spec/metric/description"),
                       r.str("/spec/metric/instrument/type"),
                       {},
                       r.str("/spec/metric/instrument/unit"),
                       r.opt_str("/spec/metric/instrument/aggregationTemporality"),
                       r.opt_str("/spec/metric/stability"),
                       {}};
  out.instrument_kind = lower(out.instrument.value);
  for (std::size_t i = 0; i < r.size("/spec/labels"); ++i)
    out.labels.push_back(label(r, "/spec/labels/" + std::to_string(i)));
  return out;
}

MetricPolicy build_metric_policy(const Reader& r) {
  MetricPolicy out{r.origin(),
                   r.str("/spec/subject/group"),
                   r.str("/spec/subject/version"),
                   r.str("/spec/subject/kind"),
                   r.str("/spec/targetMetric/name"),
                   r.str("/spec/source/type"),
                   {},
                   {}};
  if (r.has("/spec/source/dataPlane")) out.data_plane = data_plane(r, "/spec/source/dataPlane");
  if (r.has("/spec/source/resourceFields")) out.resource_fields = resource_fields(r, "/spec/source/resourceFields");
  return out;
}

}  // namespace telc::model
