// The log agent's config, as the Telemetry Manager's logagent Builder writes it: one `logs/<name>`
// service pipeline per LogPipeline with the runtime input, each reading pod log files through its
// own file_log receiver (offsets kept by the file_storage extension), enriching them like the
// gateway does and sending them to the pipeline's OTLP output.
#include <string>
#include <vector>

#include "backends/kyma/configs.hpp"
#include "backends/kyma/log_agent.hpp"

namespace telc::backends::kyma::log_agent {
namespace {

// The exporter queue is in bytes: 200 MB, sent in 2–4 MB batches at least every 10 s.
constexpr int queue_bytes = 200'000'000;

Json memory_limiter() { return {{"check_interval", "5s"}, {"limit_percentage", 80}, {"spike_limit_percentage", 25}}; }

void add_pipeline(ConfigBuilder& config, const ir::KymaPipeline& pipeline, const model::KymaClusterConfig& kyma) {
  const std::string id = "logs/" + pipeline.name;
  add_oauth2_extension(config, pipeline);
  config.add_pipeline(id);
  config.add_receiver(id, "file_log/" + pipeline.name, file_log_receiver(pipeline));
  config.add_processor(id, "memory_limiter", memory_limiter());
  config.add_processor(id, "transform/set-instrumentation-scope-runtime",
                       transform(ir::KymaSignal::logs,
                                 std::vector<std::string>{"set(scope.version, \"" + kyma.module_version + "\")",
                                                          "set(scope.name, \"io.kyma-project.telemetry/runtime\")"}));
  add_k8s_attributes(config, id, kyma, ir::KymaSignal::logs);
  add_insert_cluster_attributes(config, id, kyma, ir::KymaSignal::logs);
  add_service_enrichment(config, id, kyma);
  // Kyma's attributes go before the user's processors, which must not see them.
  add_drop_kyma_attributes(config, id, ir::KymaSignal::logs);
  add_user_processors(config, id, pipeline);
  const Json batch = {{"min_size", 2'000'000}, {"max_size", 4'000'000}, {"flush_timeout", "10s"}};
  add_otlp_exporter(config, id, pipeline, SendingQueue{queue_bytes, "bytes", batch});
}

}  // namespace
}  // namespace telc::backends::kyma::log_agent

namespace telc::backends::kyma {

std::optional<BuiltConfig> build_log_agent(const ir::Program& program, diag::Sink& /*sink*/) {
  std::vector<const ir::KymaPipeline*> pipelines;
  for (const ir::KymaPipeline& pipeline : program.kyma.logs)
    if (pipeline.runtime) pipelines.push_back(&pipeline);
  if (pipelines.empty()) return std::nullopt;
  ConfigBuilder config;
  config.add_extension("file_storage",
                       {{"create_directory", true}, {"directory", std::string(log_agent::checkpoint_directory)}});
  for (const ir::KymaPipeline* pipeline : pipelines) log_agent::add_pipeline(config, *pipeline, program.config.kyma);
  return BuiltConfig{config.finish(), config.env()};
}

}  // namespace telc::backends::kyma
