#pragma once
// Stage 6: the typed model (already validated) becomes the IR.
#include <nlohmann/json.hpp>

#include "compiler/config/config.hpp"
#include "compiler/ir/ir.hpp"
#include "compiler/model/model.hpp"
#include "diag/source_manager.hpp"

namespace telc::compiler::ir {

[[nodiscard]] Program lower(const model::Model& model, const ProjectConfig& config, const diag::SourceManager& sources);

/// The default a kind's schema gives the field at `pointer` (e.g. "/spec/sinks/0/batch/maxSize").
[[nodiscard]] std::optional<nlohmann::json> schema_default(const std::string& api_version, const std::string& kind,
                                                           const std::string& pointer);

}  // namespace telc::compiler::ir
