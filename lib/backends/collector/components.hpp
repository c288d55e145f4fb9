#pragma once
// The collector components of one export policy: receivers for its sources, and per sink a
// pipeline memory_limiter → (filter) → batch → exporter with its auth extension.
#include <string>

#include <nlohmann/json.hpp>

#include "ir/ir.hpp"
#include "diag/sink.hpp"

namespace telc::backends::collector {

struct Version {
  int major = 0, minor = 0, patch = 0;
  [[nodiscard]] bool at_least(int ma, int mi) const { return major > ma || (major == ma && minor >= mi); }
};
[[nodiscard]] Version parse_version(const std::string& text);

/// One policy's config. Component names get `prefix` (empty, or "<namespace>.<name>." when
/// several policies share one config).
[[nodiscard]] nlohmann::json policy_config(const ir::Program& program, const ir::ExportPipeline& policy,
                                           const std::string& prefix, diag::Sink& sink);

/// A duration as the collector writes it: an integer with the largest exact unit of ms|s|m|h.
[[nodiscard]] std::string duration(std::int64_t milliseconds);

}  // namespace telc::backends::collector
