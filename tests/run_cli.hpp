#pragma once
// Runs the telc CLI in-process, as the tests of each command do.
#include <string>
#include <vector>

namespace telc::test {

struct CliRun {
  int code;
  std::string out;
  std::string err;
};

[[nodiscard]] CliRun run_telc(const std::vector<std::string>& args, const std::string& stdin_text = "");

}  // namespace telc::test
