// The processors of a metric agent output pipeline (metricagent/config_builder.go). The inputs
// collect for all pipelines together, so each output pipeline drops what its own pipeline did
// not ask for: runtime resources it turned off, other pipelines' additional metrics, diagnostic
// and Envoy metrics, namespaces it did not select.
#include <algorithm>

#include "backends/kyma/metric_agent.hpp"

namespace telc::backends::kyma::metric_agent {
namespace {

constexpr std::string_view diagnostic_metrics[] = {"up", "scrape_duration_seconds", "scrape_samples_scraped",
                                                   "scrape_samples_post_metric_relabeling", "scrape_series_added"};
// Each delta value needs the previous point: keep it over three missed scrapes and some jitter.
constexpr std::int64_t max_staleness_intervals = 4;

template <class Names> std::string any_metric_named(const Names& names) {
  std::vector<std::string> parts;
  parts.reserve(std::size(names));
  for (const auto& n : names) parts.push_back("metric.name == \"" + std::string(n) + "\"");
  return join_with_or(parts);
}

Json one_condition(const std::string& condition) {
  return filter(ir::KymaSignal::metrics, std::vector<std::string>{condition});
}

std::string runtime_input() { return input_name_equals("runtime"); }

/// Drops a resource the pipeline turned off, except the resource's metrics it asked for.
void add_resource_filter(ConfigBuilder& config, const std::string& id, const ir::KymaPipeline& pipeline,
                         Resource resource) {
  std::vector<std::string> conditions{runtime_input(),
                                      "IsMatch(metric.name, \"" + std::string(resource_pattern(resource)) + "\")"};
  std::vector<std::string> kept;
  for (const std::string& m : pipeline.additional_metrics)
    if (matches_resource(resource, m)) kept.push_back(m);
  if (!kept.empty()) conditions.push_back(not_expression(any_metric_named(kept)));
  config.add_processor(id, "filter/drop-runtime-" + std::string(resource_name(resource)) + "-metrics-" + pipeline.name,
                       one_condition(join_with_and(conditions)));
}

/// The receivers emit every pipeline's additional metrics: drop those this pipeline neither
/// asked for nor gets with a resource it wants.
std::vector<std::string> additional_metrics_to_drop(const Agent& agent, const ir::KymaPipeline& pipeline) {
  std::vector<std::string> out;
  for (const auto* list : {&agent.k8s_cluster_additional, &agent.kubelet_stats_additional})
    for (const std::string& m : *list) {
      if (std::find(pipeline.additional_metrics.begin(), pipeline.additional_metrics.end(), m) !=
          pipeline.additional_metrics.end())
        continue;
      const RuntimeMetric* known = find_runtime_metric(m);
      if (known && resource_enabled(pipeline.runtime_resources, known->resource)) continue;
      out.push_back(m);
    }
  return out;
}

void add_runtime_filters(ConfigBuilder& config, const std::string& id, const Agent& agent,
                         const ir::KymaPipeline& pipeline) {
  if (!pipeline.runtime) return;
  for (Resource r : runtime_resources())
    if (!resource_enabled(pipeline.runtime_resources, r)) add_resource_filter(config, id, pipeline, r);
  const std::vector<std::string> drop = additional_metrics_to_drop(agent, pipeline);
  if (!drop.empty())
    config.add_processor(id, "filter/drop-runtime-additional-metrics-" + pipeline.name,
                         one_condition(join_with_and({runtime_input(), any_metric_named(drop)})));
}

void add_diagnostic_filter(ConfigBuilder& config, const std::string& id, std::string_view input) {
  config.add_processor(id, "filter/drop-diagnostic-metrics-if-input-source-" + std::string(input),
                       one_condition(join_with_and({input_name_equals(input), any_metric_named(diagnostic_metrics)})));
}

/// Drops what comes from `input` outside the selected namespaces; metrics without a namespace
/// pass an include list.
Json namespace_filter(const ir::KymaNamespaces& namespaces, std::string_view input) {
  auto any_namespace = [](const std::vector<std::string>& names) {
    std::vector<std::string> parts;
    parts.reserve(names.size());
    for (const std::string& n : names) parts.push_back(namespace_equals(n));
    return join_with_or(parts);
  };
  std::vector<std::string> conditions;
  if (!namespaces.exclude.empty())
    conditions.push_back(join_with_and({input_name_equals(input), any_namespace(namespaces.exclude)}));
  if (!namespaces.include.empty())
    conditions.push_back(join_with_and({input_name_equals(input), resource_attribute("k8s.namespace.name") + " != nil",
                                        not_expression(any_namespace(namespaces.include))}));
  return filter(ir::KymaSignal::metrics, conditions);
}

void add_namespace_filter(ConfigBuilder& config, const std::string& id, const ir::KymaPipeline& pipeline, bool enabled,
                          const ir::KymaNamespaces& namespaces, std::string_view input) {
  if (!enabled || namespaces.selects_all()) return;
  config.add_processor(id, "filter/" + pipeline.name + "-filter-by-namespace-" + std::string(input) + "-input",
                       namespace_filter(namespaces, input));
}

void add_input_filters(ConfigBuilder& config, const std::string& id, const Agent& agent,
                       const ir::KymaPipeline& pipeline) {
  add_runtime_filters(config, id, agent, pipeline);
  if (pipeline.prometheus && !pipeline.prometheus_diagnostic) add_diagnostic_filter(config, id, "prometheus");
  if (pipeline.istio && !pipeline.istio_diagnostic) add_diagnostic_filter(config, id, "istio");
  if (!(pipeline.istio && pipeline.envoy))
    config.add_processor(
        id, "filter/drop-envoy-metrics-if-disabled",
        one_condition(join_with_and({"IsMatch(metric.name, \"^envoy_.*\")", input_name_equals("istio")})));
  add_namespace_filter(config, id, pipeline, pipeline.runtime, pipeline.runtime_namespaces, "runtime");
  add_namespace_filter(config, id, pipeline, pipeline.prometheus, pipeline.prometheus_namespaces, "prometheus");
  add_namespace_filter(config, id, pipeline, pipeline.istio, pipeline.istio_namespaces, "istio");
}

std::int64_t longest_interval(const model::KymaClusterConfig& kyma) {
  return std::max({kyma.runtime_interval_ns, kyma.prometheus_interval_ns, kyma.istio_interval_ns});
}

}  // namespace

void add_output_processors(ConfigBuilder& config, const Agent& agent, const ir::KymaPipeline& pipeline) {
  const std::string id = output_pipeline_id(pipeline);
  const model::KymaClusterConfig& kyma = *agent.kyma;
  add_input_filters(config, id, agent, pipeline);
  config.add_processor(id, "transform/insert-cluster-attributes",
                       transform(ir::KymaSignal::metrics, insert_cluster_attributes_statements(kyma)));
  config.add_processor(
      id, "transform/drop-skip-enrichment-attribute",
      transform(
          ir::KymaSignal::metrics,
          std::vector<std::string>{"delete_key(resource.attributes, \"io.kyma-project.telemetry.skip_enrichment\")"}));
  // Before the user's processors, so that they cannot read the internal attributes.
  config.add_processor(id, "transform/drop-kyma-attributes",
                       transform(ir::KymaSignal::metrics, drop_kyma_attributes_statements()));
  add_user_processors(config, id, pipeline);
  if (pipeline.delta) {
    const std::int64_t staleness = max_staleness_intervals * longest_interval(kyma);
    Json delta = {{"initial_value", "auto"}};
    if (staleness != 0) delta["max_staleness"] = go_duration(staleness);
    config.add_processor(id, "cumulativetodelta", std::move(delta));
  }
  config.add_processor(id, "batch", batch());
}

}  // namespace telc::backends::kyma::metric_agent
