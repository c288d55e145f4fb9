#pragma once
// The only place that sequences the stages: load → YAML → schema → model → checks.
#include <functional>
#include <string>
#include <vector>

#include "compiler/backends/backend.hpp"
#include "compiler/config/config.hpp"
#include "compiler/model/model.hpp"
#include "diag/sink.hpp"
#include "diag/source_manager.hpp"

namespace telc::compiler {

struct ValidateOptions {
  std::vector<std::string> paths;
  unsigned jobs = 0;  // 0: one per hardware thread
};

struct ValidateResult {
  model::Model model;
  bool io_failed = false;
  std::size_t documents = 0;
};

/// Runs stages 1–4 and the semantic checks over every input, files in parallel. Keeps going after
/// errors so one run reports every problem.
[[nodiscard]] ValidateResult validate(const ValidateOptions& options, const std::function<std::string()>& read_stdin,
                                      diag::SourceManager& sources, diag::Sink& sink);

struct CompileOptions {
  ValidateOptions inputs;
  std::vector<std::string> targets;        // empty: every target that applies to the inputs
  bool merge = false;                      // one collector config for all policies
  std::optional<std::string> config_path;  // --config; else .telc.yaml found from the inputs
  bool search_config = true;               // false: defaults only, unless config_path is set
};

struct CompileResult {
  backends::OutputTree files;  // empty when any error was reported
  bool io_failed = false;
};

/// Validation, then lowering and every selected backend. Nothing is lowered when validation
/// reported an error, and no files are returned when any stage did.
[[nodiscard]] CompileResult compile(const CompileOptions& options, const std::function<std::string()>& read_stdin,
                                    diag::SourceManager& sources, diag::Sink& sink);

}  // namespace telc::compiler
