#pragma once
// The process edges a command may touch, so `cli::run` works in-process in tests.
#include <iosfwd>

namespace telc::cli {

struct Io {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  bool err_is_terminal = false;  // colour only on a terminal, and never with NO_COLOR
};

/// Exit codes of the CLI contract.
enum ExitCode : int { kClean = 0, kFindings = 1, kUsage = 2, kInternal = 3 };

}  // namespace telc::cli
