#pragma once
// The collector components of one export policy: receivers for its sources, and per sink a
// pipeline memory_limiter → (filter) → batch → exporter with its auth extension.
#include <string>

#include <nlohmann/json.hpp>

#include "diag/sink.hpp"
#include "ir/ir.hpp"
#include "otelcol/component_table.hpp"

namespace telc::backends::collector {

using otelcol::Version;

/// Releases that changed what the backend writes. `otlp_http` replaced the `otlphttp` type name
/// in core 0.144.0 (exporter/otlphttpexporter/metadata.yaml; the old name stays as a deprecated
/// alias); the filter processor reads `metric_conditions`, with contexts inferred from prefixed
/// paths, from contrib 0.146.0 (before, only the legacy per-context lists).
inline constexpr Version kOtlpHttpName{0, 144, 0};
inline constexpr Version kMetricConditions{0, 146, 0};
/// The release the configs are written for (`.telc.yaml` collector.version; its schema checks the
/// form, so 0.0.0 only when a part overflows, which the backend then reports as unsupported).
[[nodiscard]] Version target_version(const model::ProjectConfig& config);

/// One policy's config. Component names get `prefix` (empty, or "<namespace>.<name>." when
/// several policies share one config).
[[nodiscard]] nlohmann::json policy_config(const ir::Program& program, const ir::ExportPipeline& policy,
                                           const std::string& prefix, diag::Sink& sink);

/// A duration as Go writes it for the collector: an integer with the largest exact unit of
/// ns|us|ms|s|m|h, so nothing is rounded.
[[nodiscard]] std::string duration(std::int64_t nanoseconds);

}  // namespace telc::backends::collector
