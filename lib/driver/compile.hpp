#pragma once
// `telc compile`: validation, then lowering, every selected backend, and a check of every
// generated collector config.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "backends/backend.hpp"
#include "driver/validate.hpp"

namespace telc::driver {

struct CompileOptions {
  ValidateOptions inputs;
  std::vector<std::string> targets;    // empty: every target that applies to the inputs
  bool merge = false;                  // one collector config for all policies
  std::vector<std::string> resources;  // --resources: Kubernetes objects to evaluate policies on
};

struct CompileResult {
  backends::OutputTree files;  // empty when any error was reported
  bool io_failed = false;
  InputSummary inputs;
};

/// Nothing is lowered when validation reported an error, and no files are returned when any
/// stage did.
[[nodiscard]] CompileResult compile(const CompileOptions& options, const model::ReadStdin& read_stdin,
                                    diag::SourceManager& sources, diag::Sink& sink);

}  // namespace telc::driver
