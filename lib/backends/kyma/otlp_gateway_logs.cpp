// The gateway's `logs/<name>` service pipelines (otlpgateway/config_builder_logs.go).
#include <string>
#include <vector>

#include "backends/kyma/otlp_gateway.hpp"

namespace telc::backends::kyma::gateway {
namespace {

void add_set_observed_time_if_zero(ConfigBuilder& config, const std::string& id) {
  ir::KymaOttl group;
  group.conditions = {"log.observed_time_unix_nano == 0"};
  group.statements = {"set(log.observed_time, Now())"};
  config.add_processor(id, "transform/set-observed-time-if-zero",
                       transform(ir::KymaSignal::logs, std::vector<ir::KymaOttl>{group}));
}

// With the OTLP input off the gateway still receives the pipeline's logs; a condition true for
// every log drops them all (the filter processor needs at least one condition).
void add_drop_if_otlp_input_disabled(ConfigBuilder& config, const std::string& id, const ir::KymaPipeline& pipeline) {
  if (pipeline.otlp_input) return;
  config.add_processor(id, "filter/drop-if-input-source-otlp",
                       filter(ir::KymaSignal::logs,
                              std::vector<std::string>{join_with_or({"log.observed_time != nil", "log.time != nil"})}));
}

// Logs are dropped when a condition holds: an excluded namespace, or a namespace (when there is
// one) outside the included ones.
std::vector<std::string> log_namespace_conditions(const ir::KymaNamespaces& namespaces) {
  std::vector<std::string> conditions;
  if (!namespaces.exclude.empty()) conditions.push_back(join_with_or(namespace_conditions(namespaces.exclude)));
  if (!namespaces.include.empty()) {
    conditions.push_back(join_with_and({resource_attribute("k8s.namespace.name") + " != nil",
                                        not_expression(join_with_or(namespace_conditions(namespaces.include)))}));
  }
  return conditions;
}

void add_namespace_filter(ConfigBuilder& config, const std::string& id, const ir::KymaPipeline& pipeline) {
  if (!pipeline.otlp_input || pipeline.otlp_namespaces.selects_all()) return;
  config.add_processor(id, "filter/" + pipeline.name + "-filter-by-namespace",
                       filter(ir::KymaSignal::logs, log_namespace_conditions(pipeline.otlp_namespaces)));
}

void add_istio_enrichment(ConfigBuilder& config, const std::string& id, const model::KymaClusterConfig& kyma) {
  Json enrichment = Json::object();
  if (!kyma.module_version.empty()) enrichment["scope_version"] = kyma.module_version;
  config.add_processor(id, "istio_enrichment", std::move(enrichment));
}

void add_log_pipeline(ConfigBuilder& config, const ir::KymaPipeline& pipeline, const model::KymaClusterConfig& kyma,
                      int queue) {
  add_oauth2_extension(config, pipeline);
  const std::string id = "logs/" + pipeline.name;
  config.add_pipeline(id);
  config.add_receiver(id, "otlp", otlp_receiver());
  config.add_processor(id, "memory_limiter", memory_limiter());
  add_set_observed_time_if_zero(config, id);
  add_k8s_attributes(config, id, kyma, std::nullopt);
  config.add_processor(id, "istio_noise_filter", Json::object());
  add_drop_if_otlp_input_disabled(config, id, pipeline);
  add_namespace_filter(config, id, pipeline);
  add_insert_cluster_attributes(config, id, kyma, std::nullopt);
  add_service_enrichment(config, id, kyma);
  // Kyma's attributes go before the user's processors, which must not see them.
  add_drop_kyma_attributes(config, id, std::nullopt);
  add_istio_enrichment(config, id, kyma);
  add_user_processors(config, id, pipeline);
  config.add_processor(id, "batch", batch(512));
  add_otlp_exporter(config, id, pipeline, SendingQueue{queue, {}, nullptr});
}

}  // namespace

void add_log_pipelines(ConfigBuilder& config, const ir::Program& program) {
  const auto& pipelines = program.kyma.logs;
  const int queue = queue_size(pipelines.size());
  for (const auto& pipeline : pipelines) add_log_pipeline(config, pipeline, program.config.kyma, queue);
}

}  // namespace telc::backends::kyma::gateway
