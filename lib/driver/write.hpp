#pragma once
// Putting generated files on disk, atomically; driver/outputs.hpp decides what to write and remove.
#include <filesystem>
#include <string>
#include <vector>

#include "backends/backend.hpp"
#include "diag/sink.hpp"

namespace telc::driver {

/// Writes every file below `dir`, each through a temporary file renamed into place, so a reader
/// never sees half a file, and removes the regular files `removals` (never a symbolic link), with
/// the folders they leave empty. All or nothing: reports `io/write` and returns false on the
/// first failure, after undoing what was done.
[[nodiscard]] bool write_tree(const backends::OutputTree& tree, const std::filesystem::path& dir, diag::Sink& sink,
                              const std::vector<std::string>& removals = {});

}  // namespace telc::driver
