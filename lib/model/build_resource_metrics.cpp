// ResourceMetricsPolicy (resourcemetrics.miloapis.com/v1alpha1, the resource-metrics controller's
// CRD): generators, their families and the CEL of each series, every string with its span.
#include "model/build.hpp"
#include "model/reader.hpp"

namespace telc::model {
namespace {

ResourceMetric resource_metric(const Reader& reader, const std::string& pointer) {
  ResourceMetric out{reader.opt_embedded(pointer + "/forEach"), reader.opt_embedded(pointer + "/value"), {}};
  for (const std::string& l : reader.items(pointer + "/labels"))
    if (reader.has(l + "/name") && reader.has(l + "/value"))
      out.labels.emplace_back(reader.str(l + "/name"), reader.embedded(l + "/value"));
  return out;
}

ResourceMetricGenerator generator(const Reader& reader, const std::string& pointer) {
  ResourceMetricGenerator out{reader.str(pointer + "/name"),
                              reader.str(pointer + "/resource/group"),
                              reader.str(pointer + "/resource/version"),
                              reader.str(pointer + "/resource/resource"),
                              {}};
  for (const std::string& f : reader.items(pointer + "/families")) {
    ResourceMetricFamily family{reader.str(f + "/name"), {}};
    for (const std::string& m : reader.items(f + "/metrics")) family.metrics.push_back(resource_metric(reader, m));
    out.families.push_back(std::move(family));
  }
  return out;
}

}  // namespace

ResourceMetricsPolicy build_resource_metrics_policy(const Reader& reader) {
  ResourceMetricsPolicy out{reader.origin(), reader.opt_str("/spec/metricNamePrefix"), {}};
  for (const std::string& g : reader.items("/spec/generators")) out.generators.push_back(generator(reader, g));
  return out;
}

}  // namespace telc::model
