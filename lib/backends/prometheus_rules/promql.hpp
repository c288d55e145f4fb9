#pragma once
// A DataPlane policy as PromQL over the stored source series: the selector (attribute filters
// and bound attributes), the value's CEL arithmetic, and label copies through label_replace.
#include <optional>
#include <string>

#include "backends/policy_analysis/cel_paths.hpp"
#include "ir/ir.hpp"

namespace telc::backends::prometheus_rules {

/// The series selector of the source metric `series` (a full Prometheus series name).
[[nodiscard]] std::string source_selector(const std::string& series, const ir::DataPlaneInput& in,
                                          model::PrometheusNaming mode);

/// `vector` transformed by the value expression (the identity when there is none), or why not.
/// Counters may only be scaled by constants: an offset would break their resets.
[[nodiscard]] std::optional<std::string> scaled(const std::string& vector, const ir::DataPlaneInput& in,
                                                ir::Instrument instrument, policy_analysis::Unexpressible& why);

/// `expr` with every policy label set by label_replace, or why one cannot be.
[[nodiscard]] std::optional<std::string> with_labels(std::string expr, const ir::MetricPolicy& policy,
                                                     model::PrometheusNaming mode, policy_analysis::Unexpressible& why);

/// True when the value expression is absent or just `value`.
[[nodiscard]] bool is_identity(const ir::DataPlaneInput& in);

}  // namespace telc::backends::prometheus_rules
