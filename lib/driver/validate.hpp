#pragma once
// `telc validate`: load → YAML → schema → model → checks, over every input.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "diag/sink.hpp"
#include "diag/source_manager.hpp"
#include "model/config.hpp"
#include "model/inputs.hpp"
#include "model/model.hpp"

namespace telc::driver {

struct ValidateOptions {
  std::vector<std::string> paths;
  unsigned jobs = 0;                       // 0: one per hardware thread
  std::optional<std::string> config_path;  // --config; else .telc.yaml found from the inputs
  bool search_config = true;               // false: defaults only, unless config_path is set
  /// Read the project's other files (`.telc.yaml` policies) as context for cross-file checks;
  /// findings are reported only for the files in `paths`.
  bool with_context = true;
  /// Keep rule expressions' syntax trees in the model (lint and compile read them).
  bool query_trees = true;
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
  std::vector<diag::FileId> files;  // the named inputs that were read, in order
};

/// The inputs under one `.telc.yaml` (the nearest to each file applies to it), checked together.
struct Project {
  model::Model model;  // of its named files and its context
  model::ProjectConfig config;
  std::optional<diag::FileId> config_file;  // the file of `.telc.yaml`, when one was read
  std::vector<diag::FileId> context;        // sorted: files read for their declarations only
};

struct ValidateResult {
  std::vector<Project> projects;  // never empty; in the order of their first input
  bool io_failed = false;
  InputSummary inputs;
};

/// Stages 2–5 over files already read into `sources` (and `out.context`), into `out.model`, with
/// `out.config`: for inputs that are not files on disk, such as a git revision's (`telc diff`).
void check_files(const ValidateOptions& options, const std::vector<diag::FileId>& inputs, Project& out,
                 diag::SourceManager& sources, diag::Sink& sink, InputSummary& summary);

/// Runs stages 1–5 over every input, files in parallel, project by project. Keeps going after errors so one run
/// reports every problem.
[[nodiscard]] ValidateResult validate(const ValidateOptions& options, const model::ReadStdin& read_stdin,
                                      diag::SourceManager& sources, diag::Sink& sink);

}  // namespace telc::driver
