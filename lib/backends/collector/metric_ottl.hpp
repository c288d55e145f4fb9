#pragma once
// A DataPlane MetricPolicy as OTTL: the filter condition that keeps its source series, and the
// transform statements (value, labels, rename), each in the context it needs.
#include <optional>
#include <string>
#include <vector>

#include "backends/policy_analysis/cel_paths.hpp"
#include "ir/ir.hpp"

namespace telc::backends::collector {

/// True for the data points the policy reads: its source metric, the attributes its
/// attributeSelectors bind present, and its attributeFilters matching. `prefix` is
/// "datapoint." for context-inferred conditions, "" inside an explicit datapoint context.
[[nodiscard]] std::string source_condition(const ir::DataPlaneInput& in, const std::string& prefix);

struct Statements {
  std::vector<std::string> metric_before;  // metric context, on the source name (scale_metric)
  std::vector<std::string> datapoint;      // datapoint context, on the source name
  std::vector<std::string> metric_after;   // metric context: the rename to the target metric
};

/// The transform statements, or why the policy has none (`why` says where).
[[nodiscard]] std::optional<Statements> policy_statements(const ir::Program& program, const ir::MetricPolicy& policy,
                                                          policy_analysis::Unexpressible& why);

}  // namespace telc::backends::collector
