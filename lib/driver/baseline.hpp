#pragma once
// The baseline of `telc diff`: a directory read as it is, or the inputs as a git revision holds
// them, read with git itself (ls-tree and cat-file: no checkout, no temporary files).
#include <string>
#include <vector>

#include "diag/sink.hpp"
#include "diag/source_manager.hpp"

namespace telc::driver {

struct Baseline {
  std::vector<diag::FileId> files;  // named "<revision>:<path>" for a revision
  bool failed = false;              // `diff/baseline` was reported
  bool from_git = false;
};

/// The baseline's YAML files: every one below `ref` when it is a directory, else those below
/// `paths` (relative to the working directory) at git revision `ref`. Hidden files and directories
/// are left out, as for the inputs.
[[nodiscard]] Baseline load_baseline(const std::string& ref, const std::vector<std::string>& paths,
                                     diag::SourceManager& sources, diag::Sink& sink);

}  // namespace telc::driver
