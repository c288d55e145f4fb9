#pragma once
// The reference's function tables (case-insensitive lookups, as upstream does).
#include <string_view>

namespace telc::metricsql {

[[nodiscard]] bool is_aggregate_function(std::string_view name);
/// A rollup, transform or aggregate function name; v0.87.0 rejects every other call.
[[nodiscard]] bool is_supported_function(std::string_view name);

}  // namespace telc::metricsql
