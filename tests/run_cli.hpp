#pragma once
// Runs the telc CLI in-process, as the tests of each command do.
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

namespace telc::test {

struct CliRun {
  int code;
  std::string out;
  std::string err;
};

[[nodiscard]] CliRun run_telc(const std::vector<std::string>& args, const std::string& stdin_text = "");
/// With `in` as standard input, for streams a string cannot hold (endless ones).
[[nodiscard]] CliRun run_telc(const std::vector<std::string>& args, std::istream& in);

/// An empty directory `name` below the temporary directory's `suite` folder, made anew.
[[nodiscard]] std::filesystem::path fresh_dir(const std::string& suite, const std::string& name);

}  // namespace telc::test
