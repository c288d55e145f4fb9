// The OTLP gateway (the manager's otlpgateway package): one collector receiving OTLP for every
// TracePipeline, LogPipeline and MetricPipeline with an OTLP output, each sent on to its backend.
#include <string>
#include <vector>

#include "backends/kyma/configs.hpp"
#include "backends/kyma/otlp_gateway.hpp"

namespace telc::backends::kyma {
namespace gateway {
namespace {

constexpr int max_queue_batches = 256;  // common.BatchingMaxQueueSize
constexpr int otlp_http_port = 4318;
constexpr int otlp_grpc_port = 4317;

}  // namespace

Json otlp_receiver() {
  const std::string host = env_ref("MY_POD_IP");
  return {{"protocols",
           {{"http", {{"endpoint", host + ":" + std::to_string(otlp_http_port)}}},
            {"grpc", {{"endpoint", host + ":" + std::to_string(otlp_grpc_port)}}}}}};
}

Json memory_limiter() { return {{"check_interval", "1s"}, {"limit_percentage", 75}, {"spike_limit_percentage", 15}}; }

Json batch(int batch_size) {
  return {{"send_batch_size", batch_size}, {"timeout", "10s"}, {"send_batch_max_size", batch_size}};
}

int queue_size(std::size_t pipelines) { return pipelines == 0 ? 0 : max_queue_batches / static_cast<int>(pipelines); }

std::vector<std::string> namespace_conditions(const std::vector<std::string>& namespaces) {
  std::vector<std::string> conditions;
  conditions.reserve(namespaces.size());
  for (const auto& name : namespaces) conditions.push_back(namespace_equals(name));
  return conditions;
}

}  // namespace gateway

std::optional<BuiltConfig> build_otlp_gateway(const ir::Program& program, diag::Sink& /*sink*/) {
  const auto& kyma = program.kyma;
  if (kyma.logs.empty() && kyma.metrics.empty() && kyma.traces.empty()) return std::nullopt;
  ConfigBuilder config;
  gateway::add_trace_pipelines(config, program);
  gateway::add_log_pipelines(config, program);
  gateway::add_metric_pipelines(config, program);
  return BuiltConfig{config.finish(), config.env()};
}

}  // namespace telc::backends::kyma
