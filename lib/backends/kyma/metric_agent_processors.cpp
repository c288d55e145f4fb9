// The metric agent's processors and routing connectors (metricagent/config_builder.go): the
// fixed processors of the input pipelines, the connectors that send metrics either through the
// enrichment pipeline or straight to the output pipelines, and the instrumentation-scope and
// input-name transforms.
#include "backends/kyma/metric_agent.hpp"

namespace telc::backends::kyma::metric_agent {
namespace {

constexpr std::string_view skip_enrichment_attribute = "io.kyma-project.telemetry.skip_enrichment";
constexpr std::string_view input_name_attribute = "kyma.input.name";

/// The scope name a receiver gives its metrics, and the one the manager replaces it with.
struct Scope {
  std::string_view input, upstream, kyma;
};
constexpr Scope scopes[] = {
    {"runtime", "github.com/open-telemetry/opentelemetry-collector-contrib/receiver/kubeletstatsreceiver",
     "io.kyma-project.telemetry/runtime"},
    {"k8s_cluster", "github.com/open-telemetry/opentelemetry-collector-contrib/receiver/k8sclusterreceiver",
     "io.kyma-project.telemetry/runtime"},
    {"prometheus", "github.com/open-telemetry/opentelemetry-collector-contrib/receiver/prometheusreceiver",
     "io.kyma-project.telemetry/prometheus"},
    {"istio", "github.com/open-telemetry/opentelemetry-collector-contrib/receiver/prometheusreceiver",
     "io.kyma-project.telemetry/istio"},
};

std::string in_quotes(std::string_view text) { return "\"" + std::string(text) + "\""; }
std::string is_match(std::string_view key, std::string_view pattern) {
  return "IsMatch(" + std::string(key) + ", " + in_quotes(pattern) + ")";
}

Json routing_entry(std::string statement, std::vector<std::string> pipelines) {
  return {{"statement", std::move(statement)}, {"pipelines", std::move(pipelines)}};
}

}  // namespace

std::string output_pipeline_id(const ir::KymaPipeline& pipeline) { return "metrics/output-" + pipeline.name; }

std::vector<std::string> output_pipeline_ids(const std::vector<const ir::KymaPipeline*>& pipelines) {
  std::vector<std::string> out;
  out.reserve(pipelines.size());
  for (const ir::KymaPipeline* p : pipelines) out.push_back(output_pipeline_id(*p));
  return out;
}

std::string input_name_equals(std::string_view input) { return resource_attribute_equals(input_name_attribute, input); }

Json memory_limiter() { return {{"check_interval", "1s"}, {"limit_percentage", 75}, {"spike_limit_percentage", 15}}; }

Json batch() { return {{"send_batch_size", 1024}, {"timeout", "10s"}, {"send_batch_max_size", 1024}}; }

/// Metrics marked to skip enrichment go straight to the output pipelines; the rest are enriched.
Json input_routing_connector(const std::vector<const ir::KymaPipeline*>& pipelines) {
  const std::string statement = "route() where attributes[" + in_quotes(skip_enrichment_attribute) + "] == \"true\"";
  return {{"default_pipelines", Json::array({std::string(enrichment_pipeline)})},
          {"error_mode", "ignore"},
          {"table", Json::array({routing_entry(statement, output_pipeline_ids(pipelines))})}};
}

/// Enriched metrics back to the output pipelines that read their input.
Json enrichment_routing_connector(const Agent& agent) {
  Json table = Json::array();
  const std::pair<std::string_view, const std::vector<const ir::KymaPipeline*>*> inputs[] = {
      {"runtime", &agent.runtime}, {"prometheus", &agent.prometheus}, {"istio", &agent.istio}};
  for (const auto& [input, pipelines] : inputs) {
    if (pipelines->empty()) continue;
    Json entry = routing_entry("route() where " + input_name_equals(input), output_pipeline_ids(*pipelines));
    entry["context"] = "metric";
    table.push_back(std::move(entry));
  }
  return {{"default_pipelines", Json::array()}, {"error_mode", "ignore"}, {"table", std::move(table)}};
}

Json instrumentation_scope(const model::KymaClusterConfig& kyma, const std::vector<std::string>& sources) {
  std::vector<std::string> statements;
  for (const std::string& source : sources)
    for (const Scope& s : scopes) {
      if (s.input != source) continue;
      const std::string where = " where scope.name == " + in_quotes(s.upstream);
      statements.push_back("set(scope.version, " + in_quotes(kyma.module_version) + ")" + where);
      statements.push_back("set(scope.name, " + in_quotes(s.kyma) + ")" + where);
    }
  return transform(ir::KymaSignal::metrics, statements);
}

Json kyma_input_name(std::string_view input) {
  return transform(ir::KymaSignal::metrics, std::vector<std::string>{"set(" + resource_attribute(input_name_attribute) +
                                                                     ", " + in_quotes(input) + ")"});
}

Json drop_service_name() {
  return transform(ir::KymaSignal::metrics,
                   std::vector<std::string>{"delete_key(resource.attributes, \"service.name\")"});
}

/// Metrics of nodes and workloads describe no Pod: enriching them with Pod metadata is wasted.
Json insert_skip_enrichment_attribute() {
  ir::KymaOttl group;
  for (const char* kind : {"node", "statefulset", "daemonset", "deployment", "job"})
    group.conditions.push_back(is_match("metric.name", "^k8s." + std::string(kind) + ".*"));
  group.statements.push_back("set(" + resource_attribute(skip_enrichment_attribute) + ", \"true\")");
  return transform(ir::KymaSignal::metrics, std::vector<ir::KymaOttl>{group});
}

Json drop_non_pvc_volumes() {
  std::vector<std::string> types;
  for (const char* type : {"configMap", "downwardAPI", "emptyDir", "secret"})
    types.push_back(resource_attribute_equals("k8s.volume.type", type));
  const std::string condition = join_with_and({resource_attribute("k8s.volume.name") + " != nil", join_with_or(types)});
  return filter(ir::KymaSignal::metrics, std::vector<std::string>{condition});
}

Json drop_virtual_network_interfaces() {
  const std::string condition =
      join_with_and({is_match("metric.name", "^k8s.node.network.*"),
                     not_expression(is_match("datapoint.attributes[\"interface\"]", "^(eth|en).*"))});
  return filter(ir::KymaSignal::metrics, std::vector<std::string>{condition});
}

}  // namespace telc::backends::kyma::metric_agent
