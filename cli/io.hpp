#pragma once
// The process edges a command may touch, so `cli::run` works in-process in tests.
#include <cstddef>
#include <iosfwd>
#include <string>

namespace telc::cli {

struct Io {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  bool err_is_terminal = false;  // colour only on a terminal, and never with NO_COLOR
};

/// At most `max_bytes` of `in` (standard input: an endless stream is read no further).
[[nodiscard]] std::string read_at_most(std::istream& in, std::size_t max_bytes);

/// Exit codes of the CLI contract.
enum ExitCode : int { kClean = 0, kFindings = 1, kUsage = 2, kInternal = 3 };

}  // namespace telc::cli
