#pragma once
// Putting generated files on disk: atomically, or comparing them with what is there (--check).
#include <filesystem>
#include <string>
#include <vector>

#include "backends/backend.hpp"
#include "diag/sink.hpp"

namespace telc::driver {

/// Writes every file below `dir`, each through a temporary file renamed into place, so a reader
/// never sees half a file. Reports `io/write` and returns false on the first failure.
[[nodiscard]] bool write_tree(const backends::OutputTree& tree, const std::filesystem::path& dir, diag::Sink& sink);

/// The files of `tree` whose content below `dir` differs from it (missing files included).
[[nodiscard]] std::vector<std::string> differing_files(const backends::OutputTree& tree,
                                                       const std::filesystem::path& dir);

}  // namespace telc::driver
