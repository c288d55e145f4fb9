#pragma once
// The collector config for DataPlane MetricPolicies (collector/metrics.yaml): one pipeline per
// policy, all fed by one otlp receiver (the collector copies the data to each pipeline) and
// exporting to the platform's metrics endpoint. Each pipeline: memory_limiter → filter (keep the
// source series) → transform (value, labels, rename) → temporality conversion when the policy's
// input differs from the definition → batch.
#include <optional>

#include <nlohmann/json.hpp>

#include "backends/backend.hpp"
#include "ir/ir.hpp"

namespace telc::backends::collector {

/// The environment variable holding the endpoint the produced metrics are sent to (OTLP/HTTP).
inline constexpr std::string_view kMetricsEndpointEnv = "TELEMETRY_METRICS_OTLP_ENDPOINT";

/// The config, or nullopt when no DataPlane policy can be expressed; `included` gets the policies
/// it holds.
[[nodiscard]] std::optional<nlohmann::json> metric_policies_config(const ir::Program& program,
                                                                   const EmitOptions& options,
                                                                   std::vector<const ir::MetricPolicy*>& included,
                                                                   diag::Sink& sink);

}  // namespace telc::backends::collector
