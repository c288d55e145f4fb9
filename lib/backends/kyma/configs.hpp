#pragma once
// The three configs the Telemetry Manager deploys, one file each: the OTLP gateway (every
// pipeline with an OTLP output), the log agent (LogPipelines with the runtime input) and the
// metric agent (MetricPipelines with a runtime, prometheus or istio input).
#include <optional>

#include "backends/kyma/common.hpp"
#include "diag/sink.hpp"
#include "ir/ir.hpp"

namespace telc::backends::kyma {

struct BuiltConfig {
  Json config;
  EnvVars env;
};

/// Each is nullopt when the manager would not deploy that collector for these pipelines.
[[nodiscard]] std::optional<BuiltConfig> build_otlp_gateway(const ir::Program& program, diag::Sink& sink);
[[nodiscard]] std::optional<BuiltConfig> build_log_agent(const ir::Program& program, diag::Sink& sink);
[[nodiscard]] std::optional<BuiltConfig> build_metric_agent(const ir::Program& program, diag::Sink& sink);

}  // namespace telc::backends::kyma
