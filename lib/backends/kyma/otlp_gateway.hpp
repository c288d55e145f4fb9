#pragma once
// The OTLP gateway's parts shared by its three signals (the manager's otlpgateway/config_builder.go):
// one ConfigBuilder receives the trace, then the log, then the metric service pipelines.
#include <cstddef>
#include <string>
#include <vector>

#include "backends/kyma/common.hpp"
#include "ir/ir.hpp"

namespace telc::backends::kyma::gateway {

/// The otlp receiver every signal shares, listening on the pod's IP.
[[nodiscard]] Json otlp_receiver();
[[nodiscard]] Json memory_limiter();
[[nodiscard]] Json batch(int batch_size);
/// Each pipeline's share of the manager's 256 in-memory batches.
[[nodiscard]] int queue_size(std::size_t pipelines);
/// `k8s.namespace.name == "<ns>"` for each namespace.
[[nodiscard]] std::vector<std::string> namespace_conditions(const std::vector<std::string>& namespaces);

void add_trace_pipelines(ConfigBuilder& config, const ir::Program& program);
void add_log_pipelines(ConfigBuilder& config, const ir::Program& program);
void add_metric_pipelines(ConfigBuilder& config, const ir::Program& program);

}  // namespace telc::backends::kyma::gateway
