#pragma once
// `telc validate`: load → YAML → schema → model → checks, over every input.
#include <functional>
#include <string>
#include <vector>

#include "diag/sink.hpp"
#include "diag/source_manager.hpp"
#include "model/model.hpp"

namespace telc::driver {

struct ValidateOptions {
  std::vector<std::string> paths;
  unsigned jobs = 0;  // 0: one per hardware thread
};

/// A document (or a whole file, line 0) that is not telc's: listed with --verbose, counted in the
/// summary, never an error.
struct SkippedDocument {
  diag::FileId file = diag::kNoFile;
  std::uint32_t line = 0;
  std::string what;
};

/// What the inputs held, for the summary line.
struct InputSummary {
  std::size_t documents = 0;  // telc's documents, checked
  std::vector<SkippedDocument> skipped;
};

struct ValidateResult {
  model::Model model;
  bool io_failed = false;
  InputSummary inputs;
};

/// Runs stages 1–5 over every input, files in parallel. Keeps going after errors so one run
/// reports every problem.
[[nodiscard]] ValidateResult validate(const ValidateOptions& options, const std::function<std::string()>& read_stdin,
                                      diag::SourceManager& sources, diag::Sink& sink);

}  // namespace telc::driver
