// The gateway's `traces/<name>` service pipelines (otlpgateway/config_builder_traces.go).
#include <string>

#include "backends/kyma/otlp_gateway.hpp"

namespace telc::backends::kyma::gateway {
namespace {

// Under the `otel` strategy, Istio proxies' service.* attributes would shadow the application's.
void add_drop_istio_service_enrichment(ConfigBuilder& config, const std::string& id,
                                       const model::KymaClusterConfig& kyma) {
  if (!otel_service_enrichment(kyma)) return;
  config.add_processor(
      id, "transform/drop-istio-service-enrichment",
      transform(
          ir::KymaSignal::traces,
          std::vector<std::string>{
              R"(delete_matching_keys(resource.attributes, "service.*") where span.attributes["component"] == "proxy")"}));
}

void add_trace_pipeline(ConfigBuilder& config, const ir::KymaPipeline& pipeline, const model::KymaClusterConfig& kyma,
                        int queue) {
  add_oauth2_extension(config, pipeline);
  const std::string id = "traces/" + pipeline.name;
  config.add_pipeline(id);
  config.add_receiver(id, "otlp", otlp_receiver());
  config.add_processor(id, "memory_limiter", memory_limiter());
  add_drop_istio_service_enrichment(config, id, kyma);
  add_k8s_attributes(config, id, kyma, std::nullopt);
  config.add_processor(id, "istio_noise_filter", Json::object());
  add_insert_cluster_attributes(config, id, kyma, std::nullopt);
  add_service_enrichment(config, id, kyma);
  add_drop_kyma_attributes(config, id, std::nullopt);
  add_user_processors(config, id, pipeline);
  config.add_processor(id, "batch", batch(512));
  add_otlp_exporter(config, id, pipeline, SendingQueue{queue, {}, nullptr});
}

}  // namespace

void add_trace_pipelines(ConfigBuilder& config, const ir::Program& program) {
  const auto& pipelines = program.kyma.traces;
  const int queue = queue_size(pipelines.size());
  for (const auto& pipeline : pipelines) add_trace_pipeline(config, pipeline, program.config.kyma, queue);
}

}  // namespace telc::backends::kyma::gateway
