#pragma once
// `telc test`: each PolicyTest file's inputs validated and lowered, then its tests run.
#include <optional>
#include <string>
#include <vector>

#include "diag/sink.hpp"
#include "diag/source_manager.hpp"
#include "driver/validate.hpp"
#include "policytest/run.hpp"

namespace telc::driver {

struct TestOptions {
  std::vector<std::string> paths;          // the PolicyTest files (or folders of them)
  unsigned jobs = 0;                       // 0: one per hardware thread
  std::optional<std::string> config_path;  // --config; else the .telc.yaml found from each suite's inputs
};

struct SuiteResult {
  std::string name;  // the PolicyTest's metadata.name
  diag::FileId file = diag::kNoFile;
  /// One per test; empty when the suite could not run (its inputs missing or invalid: the
  /// errors say why).
  std::vector<policytest::CaseResult> cases;
};

struct TestResult {
  std::vector<SuiteResult> suites;  // in input order
  bool io_failed = false;
  InputSummary inputs;
};

/// Validates the test files, then per suite its `spec.inputs` (relative to the test file; the
/// same inputs are read once for every suite naming them): a suite whose inputs have an error
/// does not run. Evaluation never writes anything.
[[nodiscard]] TestResult test(const TestOptions& options, const model::ReadStdin& read_stdin,
                              diag::SourceManager& sources, diag::Sink& sink);

}  // namespace telc::driver
