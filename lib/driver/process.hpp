#pragma once
// Running a helper program (git, for `telc diff --baseline REV`): its standard output captured,
// its standard input fed from a string, no shell in between.
#include <optional>
#include <string>
#include <vector>

namespace telc::driver {

struct ProcessResult {
  int exit_code = -1;  // -1: it could not be started or was killed by a signal
  std::string out;
  std::string err;
};

/// Runs `argv` (argv[0] looked up in PATH) and waits for it. Never throws.
[[nodiscard]] ProcessResult run_process(const std::vector<std::string>& argv, const std::string& input = {});

}  // namespace telc::driver
