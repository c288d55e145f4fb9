#pragma once
// The log agent's file_log receiver (internal/otelcollector/config/logagent/filelog_receiver.go of
// the release in kyma_backend.cpp): which pod log files it reads and the operator chain that
// parses them. build_log_agent (configs.hpp) builds the rest of the config in log_agent.cpp.
#include "backends/kyma/common.hpp"

namespace telc::backends::kyma::log_agent {

/// Where the receivers keep their read offsets (the file_storage extension's directory).
inline constexpr std::string_view checkpoint_directory = "/tmp/telemetry-log-agent/file-log-receiver";

/// The file_log/<name> receiver of a LogPipeline with the runtime input.
[[nodiscard]] Json file_log_receiver(const ir::KymaPipeline& pipeline);

}  // namespace telc::backends::kyma::log_agent
