#pragma once
// The metric agent's parts (internal/otelcollector/config/metricagent of the release in
// kyma_backend.cpp): the runtime receivers' metric tables, the receivers, and the processors of
// the input, enrichment and output service pipelines. build_metric_agent (configs.hpp) puts
// them together in metric_agent.cpp.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "backends/kyma/common.hpp"

namespace telc::backends::kyma::metric_agent {

// ---- runtime metrics (kubeletstats_metrics.go, k8scluster_metrics.go)

/// A runtime input resource; `none` for the receivers' extra metrics, which belong to none.
enum class Resource : std::uint8_t { pod, container, node, volume, deployment, daemonset, statefulset, job, none };
enum class Receiver : std::uint8_t { kubelet_stats, k8s_cluster };
/// on: the receiver emits it unless turned off; off: the manager turns it off unless a pipeline
/// asks for it; optional: the receiver emits it only when turned on.
enum class Default : std::uint8_t { on, off, optional };

struct RuntimeMetric {
  std::string_view name;
  Receiver receiver;
  Resource resource;
  Default by_default;
};

/// Every metric the kubeletstats and k8s_cluster receivers can emit, sorted by name.
[[nodiscard]] std::span<const RuntimeMetric> runtime_metrics();
[[nodiscard]] const RuntimeMetric* find_runtime_metric(std::string_view name);

/// The eight resources in the order of the output pipelines' drop filters.
[[nodiscard]] std::span<const Resource> runtime_resources();
[[nodiscard]] std::string_view resource_name(Resource resource);  // pod, container, ...
/// The manager's metric-name pattern of a resource, as written into OTTL.
[[nodiscard]] std::string_view resource_pattern(Resource resource);
/// Whether `metric` matches the resource's pattern (each is a prefix match).
[[nodiscard]] bool matches_resource(Resource resource, std::string_view metric);
[[nodiscard]] bool resource_enabled(const ir::KymaRuntimeResources& resources, Resource resource);
void enable_resource(ir::KymaRuntimeResources& resources, Resource resource);

// ---- the pipelines the agent serves

/// What the agent collects for all its pipelines together, and which pipelines read each input.
struct Agent {
  const model::KymaClusterConfig* kyma = nullptr;
  std::vector<const ir::KymaPipeline*> pipelines;  // with a runtime, prometheus or istio input, by name
  std::vector<const ir::KymaPipeline*> runtime, prometheus, istio;
  bool envoy = false;
  ir::KymaRuntimeResources resources{false, false, false, false, false, false, false, false};
  /// The pipelines' additional runtime metrics, each receiver's once, in the order first asked for.
  std::vector<std::string> k8s_cluster_additional, kubelet_stats_additional;
};

// ---- receivers

[[nodiscard]] Json kubelet_stats_receiver(const Agent& agent);
[[nodiscard]] Json k8s_cluster_receiver(const Agent& agent);
[[nodiscard]] Json prometheus_app_pods_receiver(const model::KymaClusterConfig& kyma);
[[nodiscard]] Json prometheus_app_services_receiver(const model::KymaClusterConfig& kyma);
[[nodiscard]] Json prometheus_istio_receiver(bool envoy, const model::KymaClusterConfig& kyma);

// ---- processors and connectors

inline constexpr std::string_view enrichment_pipeline = "metrics/enrichment-conditional";

[[nodiscard]] std::string output_pipeline_id(const ir::KymaPipeline& pipeline);  // metrics/output-<name>
[[nodiscard]] std::vector<std::string> output_pipeline_ids(const std::vector<const ir::KymaPipeline*>& pipelines);
/// resource.attributes["kyma.input.name"] == "<input>"
[[nodiscard]] std::string input_name_equals(std::string_view input);

[[nodiscard]] Json memory_limiter();
[[nodiscard]] Json batch();
[[nodiscard]] Json input_routing_connector(const std::vector<const ir::KymaPipeline*>& pipelines);
[[nodiscard]] Json enrichment_routing_connector(const Agent& agent);
/// transform/set-instrumentation-scope-<input>: `sources` are the receivers' inputs (runtime also
/// names k8s_cluster).
[[nodiscard]] Json instrumentation_scope(const model::KymaClusterConfig& kyma, const std::vector<std::string>& sources);
[[nodiscard]] Json kyma_input_name(std::string_view input);
[[nodiscard]] Json drop_service_name();
[[nodiscard]] Json insert_skip_enrichment_attribute();
[[nodiscard]] Json drop_non_pvc_volumes();
[[nodiscard]] Json drop_virtual_network_interfaces();

/// The processors of one output pipeline, from the runtime resource filters to the batch, in
/// the manager's order.
void add_output_processors(ConfigBuilder& config, const Agent& agent, const ir::KymaPipeline& pipeline);

}  // namespace telc::backends::kyma::metric_agent
