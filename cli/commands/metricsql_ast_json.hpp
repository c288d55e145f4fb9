#pragma once
// The MetricsQL syntax tree as JSON, for `telc metricsql parse --json` (debugging, editors).
#include <nlohmann/json.hpp>

#include "metricsql/ast.hpp"

namespace telc::cli {

[[nodiscard]] nlohmann::json ast_to_json(const metricsql::Expr& expr);

}  // namespace telc::cli
