// The metric agent's config, as the Telemetry Manager's metricagent Builder writes it: one input
// pipeline per pull input (runtime, prometheus, istio) any MetricPipeline enables, an enrichment
// pipeline, and one output pipeline per MetricPipeline. Routing connectors join them: metrics
// marked to skip enrichment go from an input straight to the outputs, the rest through the
// enrichment pipeline. The manager builds the agent only from pipelines with a pull input.
#include <algorithm>

#include "backends/kyma/configs.hpp"
#include "backends/kyma/metric_agent.hpp"

namespace telc::backends::kyma::metric_agent {
namespace {

constexpr std::string_view runtime_connector = "routing/runtime-input";
constexpr std::string_view prometheus_connector = "routing/prometheus-input";
constexpr std::string_view istio_connector = "routing/istio-input";

bool needs_agent(const ir::KymaPipeline& pipeline) { return pipeline.runtime || pipeline.prometheus || pipeline.istio; }

/// Appends each of `metrics` that `receiver` emits and `out` does not hold yet.
void collect_additional(const std::vector<std::string>& metrics, Receiver receiver, std::vector<std::string>& out) {
  for (const std::string& m : metrics) {
    const RuntimeMetric* known = find_runtime_metric(m);
    if (known && known->receiver == receiver && std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
  }
}

Agent agent_for(const ir::Program& program) {
  Agent agent;
  agent.kyma = &program.config.kyma;
  for (const ir::KymaPipeline& pipeline : program.kyma.metrics) {
    if (!needs_agent(pipeline)) continue;
    agent.pipelines.push_back(&pipeline);
    if (pipeline.prometheus) agent.prometheus.push_back(&pipeline);
    if (pipeline.istio) agent.istio.push_back(&pipeline);
    if (pipeline.istio && pipeline.envoy) agent.envoy = true;
    if (!pipeline.runtime) continue;
    agent.runtime.push_back(&pipeline);
    for (Resource r : runtime_resources())
      if (resource_enabled(pipeline.runtime_resources, r)) enable_resource(agent.resources, r);
    collect_additional(pipeline.additional_metrics, Receiver::k8s_cluster, agent.k8s_cluster_additional);
    collect_additional(pipeline.additional_metrics, Receiver::kubelet_stats, agent.kubelet_stats_additional);
  }
  return agent;
}

void add_runtime_input(ConfigBuilder& config, const Agent& agent) {
  const std::string id = "metrics/input-runtime";
  config.add_pipeline(id);
  config.add_receiver(id, "kubelet_stats", kubelet_stats_receiver(agent));
  config.add_receiver(id, "k8s_cluster", k8s_cluster_receiver(agent));
  config.add_processor(id, "memory_limiter", memory_limiter());
  if (agent.resources.volume) config.add_processor(id, "filter/drop-non-pvc-volumes-metrics", drop_non_pvc_volumes());
  config.add_processor(id, "filter/drop-virtual-network-interfaces", drop_virtual_network_interfaces());
  config.add_processor(id, "transform/drop-service-name", drop_service_name());
  config.add_processor(id, "transform/insert-skip-enrichment-attribute", insert_skip_enrichment_attribute());
  config.add_processor(id, "transform/set-instrumentation-scope-runtime",
                       instrumentation_scope(*agent.kyma, {"runtime", "k8s_cluster"}));
  config.add_processor(id, "transform/set-kyma-input-name-runtime", kyma_input_name("runtime"));
  config.add_exporter(id, std::string(runtime_connector), input_routing_connector(agent.runtime));
}

void add_prometheus_input(ConfigBuilder& config, const Agent& agent) {
  const std::string id = "metrics/input-prometheus";
  config.add_pipeline(id);
  config.add_receiver(id, "prometheus/app-pods", prometheus_app_pods_receiver(*agent.kyma));
  config.add_receiver(id, "prometheus/app-services", prometheus_app_services_receiver(*agent.kyma));
  config.add_processor(id, "memory_limiter", memory_limiter());
  config.add_processor(id, "transform/drop-service-name", drop_service_name());
  config.add_processor(id, "transform/set-instrumentation-scope-prometheus",
                       instrumentation_scope(*agent.kyma, {"prometheus"}));
  config.add_processor(id, "transform/set-kyma-input-name-prometheus", kyma_input_name("prometheus"));
  config.add_exporter(id, std::string(prometheus_connector), input_routing_connector(agent.prometheus));
}

void add_istio_input(ConfigBuilder& config, const Agent& agent) {
  const std::string id = "metrics/input-istio";
  config.add_pipeline(id);
  config.add_receiver(id, "prometheus/istio", prometheus_istio_receiver(agent.envoy, *agent.kyma));
  config.add_processor(id, "memory_limiter", memory_limiter());
  config.add_processor(id, "transform/drop-service-name", drop_service_name());
  config.add_processor(id, "istio_noise_filter", Json::object());
  config.add_processor(id, "transform/set-instrumentation-scope-istio", instrumentation_scope(*agent.kyma, {"istio"}));
  config.add_processor(id, "transform/set-kyma-input-name-istio", kyma_input_name("istio"));
  config.add_exporter(id, std::string(istio_connector), input_routing_connector(agent.istio));
}

/// Each input's connector, when `wanted`, as a receiver of `pipeline`.
void add_input_connectors(ConfigBuilder& config, const std::string& pipeline, const Agent& agent, bool runtime,
                          bool prometheus, bool istio) {
  if (runtime) config.add_receiver(pipeline, std::string(runtime_connector), input_routing_connector(agent.runtime));
  if (prometheus)
    config.add_receiver(pipeline, std::string(prometheus_connector), input_routing_connector(agent.prometheus));
  if (istio) config.add_receiver(pipeline, std::string(istio_connector), input_routing_connector(agent.istio));
}

void add_enrichment(ConfigBuilder& config, const Agent& agent) {
  const std::string id(enrichment_pipeline);
  const model::KymaClusterConfig& kyma = *agent.kyma;
  config.add_pipeline(id);
  add_input_connectors(config, id, agent, !agent.runtime.empty(), !agent.prometheus.empty(), !agent.istio.empty());
  add_k8s_attributes(config, id, kyma, ir::KymaSignal::metrics);
  add_service_enrichment(config, id, kyma);
  config.add_exporter(id, "routing/enrichment", enrichment_routing_connector(agent));
}

void add_output(ConfigBuilder& config, const Agent& agent, const ir::KymaPipeline& pipeline) {
  const std::string id = output_pipeline_id(pipeline);
  add_oauth2_extension(config, pipeline);
  config.add_pipeline(id);
  // Every pipeline here has a pull input, so the enrichment connector always has a route.
  config.add_receiver(id, "routing/enrichment", enrichment_routing_connector(agent));
  add_input_connectors(config, id, agent, pipeline.runtime, pipeline.prometheus, pipeline.istio);
  add_output_processors(config, agent, pipeline);
  // The manager's sending-queue budget, shared by the agent's pipelines.
  const int queue_size = 256 / static_cast<int>(agent.pipelines.size());
  add_otlp_exporter(config, id, pipeline, SendingQueue{queue_size, "", nullptr});
}

BuiltConfig build(const Agent& agent) {
  ConfigBuilder config;
  Json elector = {{"auth_type", "serviceAccount"}, {"lease_name", "telemetry-metric-agent-k8scluster"}};
  if (!agent.kyma->name_space.empty()) elector["lease_namespace"] = agent.kyma->name_space;
  config.add_extension("k8s_leader_elector", std::move(elector));
  if (!agent.runtime.empty()) add_runtime_input(config, agent);
  if (!agent.prometheus.empty()) add_prometheus_input(config, agent);
  if (!agent.istio.empty()) add_istio_input(config, agent);
  add_enrichment(config, agent);
  for (const ir::KymaPipeline* pipeline : agent.pipelines) add_output(config, agent, *pipeline);
  return BuiltConfig{config.finish(), config.env()};
}

}  // namespace
}  // namespace telc::backends::kyma::metric_agent

namespace telc::backends::kyma {

std::optional<BuiltConfig> build_metric_agent(const ir::Program& program, diag::Sink& /*sink*/) {
  const metric_agent::Agent agent = metric_agent::agent_for(program);
  if (agent.pipelines.empty()) return std::nullopt;
  return metric_agent::build(agent);
}

}  // namespace telc::backends::kyma
