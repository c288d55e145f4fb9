#pragma once
// Stage 6: the typed model (already validated) becomes the IR.
#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "diag/source_manager.hpp"
#include "ir/ir.hpp"
#include "model/config.hpp"
#include "model/model.hpp"

namespace telc::ir {

/// How generated files name an input: relative to the project root, '/'-separated, never
/// absolute, so the same inputs give the same bytes whatever the working directory or the way a
/// path was typed. Standard input is "<stdin>".
class SourceNames {
 public:
  /// `root`: absolute, symbolic links resolved (model::project_root).
  SourceNames(const diag::SourceManager& files, std::filesystem::path root) : files_(files), root_(std::move(root)) {}
  [[nodiscard]] std::string operator()(diag::FileId file) const;

 private:
  const diag::SourceManager& files_;
  std::filesystem::path root_;
};

[[nodiscard]] Program lower(const model::Model& model, const model::ProjectConfig& config, const SourceNames& names);

/// The default a kind's schema gives the field at `pointer` (e.g. "/spec/sinks/0/batch/maxSize").
[[nodiscard]] std::optional<nlohmann::json> schema_default(const std::string& api_version, const std::string& kind,
                                                           const std::string& pointer);

}  // namespace telc::ir
