// The gateway's metric service pipelines (otlpgateway/config_builder_metrics.go): two input
// pipelines (OTLP and the kymastats receiver) feed one enrichment pipeline through
// forward/input, which feeds each MetricPipeline's `metrics/<name>-output` through
// forward/enrichment.
#include <string>
#include <vector>

#include "backends/kyma/otlp_gateway.hpp"

namespace telc::backends::kyma::gateway {
namespace {

constexpr const char* kyma_stats_lease = "telemetry-metric-gateway-kymastats";
constexpr const char* kyma_stats_scope =
    "github.com/kyma-project/opentelemetry-collector-components/receiver/kymastatsreceiver";

std::string input_name_equals(const std::string& input) { return resource_attribute_equals("kyma.input.name", input); }

void add_leader_elector(ConfigBuilder& config, const model::KymaClusterConfig& kyma) {
  Json elector = {{"auth_type", "serviceAccount"}, {"lease_name", kyma_stats_lease}};
  if (!kyma.name_space.empty()) elector["lease_namespace"] = kyma.name_space;
  config.add_extension("k8s_leader_elector", std::move(elector));
}

// Kyma's own resources whose state the kymastats receiver reports.
Json kyma_stats_receiver() {
  auto gvr = [](const char* group, const char* resource) {
    return Json{{"group", group}, {"version", "v1beta1"}, {"resource", resource}};
  };
  return {{"auth_type", "serviceAccount"},
          {"collection_interval", "30s"},
          {"resources", Json::array({gvr("operator.kyma-project.io", "telemetries"),
                                     gvr("telemetry.kyma-project.io", "logpipelines"),
                                     gvr("telemetry.kyma-project.io", "tracepipelines"),
                                     gvr("telemetry.kyma-project.io", "metricpipelines")})},
          {"k8s_leader_elector", "k8s_leader_elector"}};
}

void add_input_pipeline(ConfigBuilder& config, const std::string& input, const std::string& receiver,
                        Json receiver_config) {
  const std::string id = input == "otlp" ? "metrics/input-otlp" : "metrics/input-kyma-stats";
  config.add_pipeline(id);
  config.add_receiver(id, receiver, std::move(receiver_config));
  config.add_processor(
      id, "transform/set-kyma-input-name-" + input,
      transform(ir::KymaSignal::metrics,
                std::vector<std::string>{"set(" + resource_attribute("kyma.input.name") + ", \"" + input + "\")"}));
  config.add_exporter(id, "forward/input", Json::object());
}

Json instrumentation_scope_kyma(const model::KymaClusterConfig& kyma) {
  const std::string where = std::string(" where scope.name == \"") + kyma_stats_scope + "\"";
  return transform(ir::KymaSignal::metrics,
                   std::vector<std::string>{"set(scope.version, \"" + kyma.module_version + "\")" + where,
                                            "set(scope.name, \"io.kyma-project.telemetry/kyma\")" + where});
}

void add_enrichment_pipeline(ConfigBuilder& config, const model::KymaClusterConfig& kyma) {
  const std::string id = "metrics/enrichment";
  config.add_pipeline(id);
  config.add_receiver(id, "forward/input", Json::object());
  config.add_processor(id, "memory_limiter", memory_limiter());
  config.add_processor(id, "transform/set-instrumentation-scope-kyma", instrumentation_scope_kyma(kyma));
  add_k8s_attributes(config, id, kyma, std::nullopt);
  add_service_enrichment(config, id, kyma);
  add_insert_cluster_attributes(config, id, kyma, std::nullopt);
  config.add_exporter(id, "forward/enrichment", Json::object());
}

// Kymastats metrics carry no namespace and are never filtered by one.
std::vector<std::string> metric_namespace_conditions(const ir::KymaNamespaces& namespaces) {
  const std::string not_kyma_stats = not_expression(input_name_equals("kyma"));
  std::vector<std::string> conditions;
  if (!namespaces.exclude.empty()) {
    conditions.push_back(join_with_and({not_kyma_stats, join_with_or(namespace_conditions(namespaces.exclude))}));
  }
  if (!namespaces.include.empty()) {
    conditions.push_back(join_with_and({not_kyma_stats, resource_attribute("k8s.namespace.name") + " != nil",
                                        not_expression(join_with_or(namespace_conditions(namespaces.include)))}));
  }
  return conditions;
}

void add_otlp_input_filters(ConfigBuilder& config, const std::string& id, const ir::KymaPipeline& pipeline) {
  if (!pipeline.otlp_input) {
    config.add_processor(id, "filter/drop-if-input-source-otlp",
                         filter(ir::KymaSignal::metrics, std::vector<std::string>{input_name_equals("otlp")}));
    return;
  }
  if (pipeline.otlp_namespaces.selects_all()) return;
  config.add_processor(id, "filter/" + pipeline.name + "-filter-by-namespace-otlp-input",
                       filter(ir::KymaSignal::metrics, metric_namespace_conditions(pipeline.otlp_namespaces)));
}

void add_output_pipeline(ConfigBuilder& config, const ir::KymaPipeline& pipeline, int queue) {
  add_oauth2_extension(config, pipeline);
  const std::string id = "metrics/" + pipeline.name + "-output";
  config.add_pipeline(id);
  config.add_receiver(id, "forward/enrichment", Json::object());
  add_otlp_input_filters(config, id, pipeline);
  add_drop_kyma_attributes(config, id, std::nullopt);
  add_user_processors(config, id, pipeline);
  // No max_staleness, unlike the agent: pushed OTLP has no scrape interval to derive it from.
  if (pipeline.delta) config.add_processor(id, "cumulativetodelta", Json{{"initial_value", "auto"}});
  config.add_processor(id, "batch", batch(1024));
  add_otlp_exporter(config, id, pipeline, SendingQueue{queue, {}, nullptr});
}

}  // namespace

void add_metric_pipelines(ConfigBuilder& config, const ir::Program& program) {
  const auto& pipelines = program.kyma.metrics;
  if (pipelines.empty()) return;
  const auto& kyma = program.config.kyma;
  add_leader_elector(config, kyma);
  add_input_pipeline(config, "otlp", "otlp", otlp_receiver());
  add_input_pipeline(config, "kyma", "kymastats", kyma_stats_receiver());
  add_enrichment_pipeline(config, kyma);
  const int queue = queue_size(pipelines.size());
  for (const auto& pipeline : pipelines) add_output_pipeline(config, pipeline, queue);
}

}  // namespace telc::backends::kyma::gateway
