#pragma once
// Stage 6: the typed model (already validated) becomes the IR.
#include <nlohmann/json.hpp>

#include "diag/source_manager.hpp"
#include "ir/ir.hpp"
#include "model/config.hpp"
#include "model/model.hpp"

namespace telc::ir {

[[nodiscard]] Program lower(const model::Model& model, const model::ProjectConfig& config,
                            const diag::SourceManager& sources);

/// The default a kind's schema gives the field at `pointer` (e.g. "/spec/sinks/0/batch/maxSize").
[[nodiscard]] std::optional<nlohmann::json> schema_default(const std::string& api_version, const std::string& kind,
                                                           const std::string& pointer);

}  // namespace telc::ir
