#pragma once
// `telc diff --baseline REF PATH...`: the current inputs validated, the baseline read (a directory,
// or the same paths at a git revision) and validated with the current project's settings, the two
// compared (lib/diff), and each change reported with its severity by the changed element's
// stability and a note at every place in the current inputs that still depends on the old shape.
#include <optional>
#include <string>
#include <vector>

#include "diag/sink.hpp"
#include "diag/source_manager.hpp"
#include "driver/validate.hpp"

namespace telc::driver {

struct DiffOptions {
  std::string baseline;
  std::vector<std::string> paths;
  unsigned jobs = 0;
  std::optional<std::string> config_path;
  bool search_config = true;
};

struct DiffResult {
  bool io_failed = false;
  InputSummary inputs;
  std::size_t baseline_files = 0;
  std::size_t changes = 0;
};

[[nodiscard]] DiffResult diff(const DiffOptions& options, const model::ReadStdin& read_stdin,
                              diag::SourceManager& sources, diag::Sink& sink);

}  // namespace telc::driver
