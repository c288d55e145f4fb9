#pragma once
// Loads collector config files (or stdin) and checks every YAML document in them.
#include <functional>
#include <string>
#include <vector>

#include "diag/sink.hpp"
#include "diag/source_manager.hpp"
#include "model/inputs.hpp"
#include "otelcol/check.hpp"

namespace telc::driver {

struct CollectorCheckResult {
  bool io_failed = false;  // a path was missing or unreadable
  std::size_t documents = 0;
  std::vector<diag::FileId> files;  // the configs that were read, in order
};

/// `paths` as `telc validate` takes them (files, directories, "-" for `read_stdin`).
[[nodiscard]] CollectorCheckResult check_collector_configs(const std::vector<std::string>& paths,
                                                           const otelcol::CheckOptions& options,
                                                           const model::ReadStdin& read_stdin,
                                                           diag::SourceManager& sources, diag::Sink& sink);

}  // namespace telc::driver
