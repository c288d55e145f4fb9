#pragma once
// Stage 1: paths → source files. Directories are searched recursively for *.yaml / *.yml.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "diag/sink.hpp"
#include "diag/source_manager.hpp"

namespace telc::model {

struct LoadedInputs {
  std::vector<diag::FileId> files;
  bool io_failed = false;  // a path was missing or unreadable: exit code 2
};

/// The YAML files below `dir`, sorted; hidden files and directories (.telc.yaml, .github/, .git/)
/// are left out: they are tooling, not policy.
[[nodiscard]] std::vector<std::filesystem::path> yaml_files_under(const std::filesystem::path& dir);

/// The whole file, or nullopt when it cannot be read.
[[nodiscard]] std::optional<std::string> read_file(const std::filesystem::path& path);

/// Reads every input; "-" reads `read_stdin()`. Files are in argument order, directory contents
/// sorted by path, each file once.
[[nodiscard]] LoadedInputs load_inputs(const std::vector<std::string>& paths,
                                       const std::function<std::string()>& read_stdin, diag::SourceManager& sources,
                                       diag::Sink& sink);

}  // namespace telc::model
