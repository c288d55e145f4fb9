// MetricDefinition and MetricPolicy (telemetry.miloapis.com/v1alpha1, the design's shape).
#include <algorithm>
#include <cctype>

#include "model/build.hpp"
#include "model/reader.hpp"
#include "schema/document.hpp"

namespace telc::model {
namespace {

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char ch) { return std::tolower(ch); });
  return text;
}

MetricLabel label(const Reader& reader, const std::string& pointer) {
  return {reader.str(pointer + "/key"), reader.opt_str(pointer + "/description"),
          reader.opt_bool(pointer + "/required").value_or(false), reader.strings(pointer + "/values"),
          reader.opt_int(pointer + "/maxCardinality")};
}

/// A `label → CEL` map, in the order the keys are written.
std::vector<LabelExpr> label_map(const Reader& reader, const std::string& pointer) {
  std::vector<LabelExpr> out;
  for (const std::string& k : reader.keys(pointer)) {
    const std::string at = schema::child_pointer(pointer, k);
    out.push_back({Str{k, reader.key_span(at)}, reader.embedded(at)});
  }
  std::sort(out.begin(), out.end(), [](const LabelExpr& left, const LabelExpr& right) {
    return std::tie(left.key.span.begin.line, left.key.span.begin.column) <
           std::tie(right.key.span.begin.line, right.key.span.begin.column);
  });
  return out;
}

DataPlaneSource data_plane(const Reader& reader, const std::string& pointer) {
  const std::string otel = pointer + "/selector/otel";
  DataPlaneSource out{reader.str(otel + "/metricName"),
                      reader.opt_str(otel + "/temporality"),
                      {},
                      {},
                      reader.opt_embedded(pointer + "/transform/value/cel"),
                      label_map(reader, pointer + "/transform/labels"),
                      reader.key_span(pointer + "/transform/labels")};
  for (const std::string& a : reader.items(otel + "/attributeSelectors")) {
    out.attribute_selectors.push_back({reader.str(a + "/key"), reader.embedded(a + "/valueFrom")});
  }
  for (const std::string& a : reader.items(otel + "/attributeFilters")) {
    out.attribute_filters.push_back({reader.str(a + "/key"), reader.str(a + "/regex")});
  }
  return out;
}

ResourceFieldsSource resource_fields(const Reader& reader, const std::string& pointer) {
  ResourceFieldsSource out{reader.embedded(pointer + "/seriesFrom/path"),
                           reader.embedded(pointer + "/seriesFrom/value/cel"),
                           label_map(reader, pointer + "/seriesFrom/labels"),
                           reader.opt_embedded(pointer + "/dropIf/cel"),
                           {},
                           reader.key_span(pointer + "/seriesFrom/labels")};
  for (const std::string& k : reader.keys(pointer + "/staticLabels")) {
    const std::string at = schema::child_pointer(pointer + "/staticLabels", k);
    out.static_labels.push_back({Str{k, reader.key_span(at)}, reader.str(at)});
  }
  return out;
}

}  // namespace

MetricDefinition build_metric_definition(const Reader& reader) {
  MetricDefinition out{reader.origin(),
                       reader.str("/spec/resource/group"),
                       reader.str("/spec/resource/kind"),
                       reader.str("/spec/metric/name"),
                       reader.str("/spec/metric/description"),
                       reader.str("/spec/metric/instrument/type"),
                       {},
                       reader.str("/spec/metric/instrument/unit"),
                       reader.opt_str("/spec/metric/instrument/aggregationTemporality"),
                       reader.opt_str("/spec/metric/stability"),
                       {}};
  out.instrument_kind = lower(out.instrument.value);
  for (const std::string& at : reader.items("/spec/labels")) out.labels.push_back(label(reader, at));
  return out;
}

MetricPolicy build_metric_policy(const Reader& reader) {
  MetricPolicy out{reader.origin(),
                   reader.str("/spec/subject/group"),
                   reader.str("/spec/subject/version"),
                   reader.str("/spec/subject/kind"),
                   reader.str("/spec/targetMetric/name"),
                   reader.str("/spec/source/type"),
                   {},
                   {}};
  if (reader.has("/spec/source/dataPlane")) out.data_plane = data_plane(reader, "/spec/source/dataPlane");
  if (reader.has("/spec/source/resourceFields"))
    out.resource_fields = resource_fields(reader, "/spec/source/resourceFields");
  return out;
}

}  // namespace telc::model
