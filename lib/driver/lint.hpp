#pragma once
// `telc lint`: validation, then every enabled rule, then inline suppressions.
#include <functional>
#include <optional>
#include <string>

#include "driver/validate.hpp"

namespace telc::driver {

struct LintOptions {
  ValidateOptions inputs;
  std::string today;  // YYYY-MM-DD, for `until` in suppressions
};

struct LintResult {
  bool io_failed = false;
  std::size_t rules_run = 0;
  InputSummary inputs;
};

/// Never stops early: every file is validated and every rule runs over what validated.
[[nodiscard]] LintResult lint(const LintOptions& options, const model::ReadStdin& read_stdin,
                              diag::SourceManager& sources, diag::Sink& sink);

}  // namespace telc::driver
