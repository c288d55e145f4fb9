#include "golden.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace telc::test {

std::vector<std::filesystem::path> case_dirs(const std::filesystem::path& root) {
  std::vector<std::filesystem::path> out;
  for (const auto& entry : std::filesystem::directory_iterator(root))
    if (entry.is_directory()) out.push_back(entry.path());
  std::sort(out.begin(), out.end());
  return out;
}

void check_diag_cases(const std::filesystem::path& root, std::size_t min_cases,
                      const std::function<std::string(const std::filesystem::path&)>& run) {
  const std::vector<std::filesystem::path> cases = case_dirs(root);
  REQUIRE(cases.size() >= min_cases);
  for (const std::filesystem::path& dir : cases) {
    INFO("case " << dir.filename().string() << " (see observed.diag beside expected.diag)");
    const std::string actual = run(dir);
    CHECK(matches_golden(dir / "expected.diag", actual));
    if (dir.filename().string().rfind("valid-", 0) == 0)
      CHECK(actual.find(" error ") == std::string::npos);
    else
      CHECK(!actual.empty());
  }
}

void check_golden_files(const std::filesystem::path& dir, std::string_view extension, std::size_t min_cases,
                        const std::function<std::string(const std::string&)>& run) {
  std::vector<std::filesystem::path> cases;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().extension() == extension) cases.push_back(entry.path());
  std::sort(cases.begin(), cases.end());
  REQUIRE(cases.size() >= min_cases);
  for (const std::filesystem::path& input : cases) {
    INFO("case " << input.filename().string() << " (see observed.expected beside it)");
    std::filesystem::path expected = input;
    CHECK(matches_golden(expected.replace_extension(".expected"), run(read_text(input))));
  }
}

bool available(bool present, const std::string& what) {
  if (present) return true;
  if (std::getenv("CI") != nullptr) FAIL(what << " is missing, and CI is set");
  WARN("SKIPPED: " << what << " is missing (a failure when CI is set)");
  return false;
}

bool updating_goldens() {
  const char* update = std::getenv("UPDATE_GOLDEN");
  return update != nullptr && std::string(update) == "1";
}

std::vector<std::string> case_inputs(const std::filesystem::path& dir) {
  std::vector<std::string> inputs;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().filename().string().rfind("input", 0) == 0) inputs.push_back(entry.path().string());
  std::sort(inputs.begin(), inputs.end());
  return inputs;
}

std::string strip_dir(std::string text, const std::filesystem::path& dir) {
  for (const std::string& prefix : {dir.string() + "/", std::filesystem::relative(dir).generic_string() + "/"})
    for (std::size_t at; (at = text.find(prefix)) != std::string::npos;) text.erase(at, prefix.size());
  return text;
}

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

bool only_design_only_warnings(const std::string& err) {
  std::size_t warnings = 0;
  std::istringstream lines(err);
  for (std::string line; std::getline(lines, line);) {
    if (line.find(": warning:") == std::string::npos) continue;
    ++warnings;
    if (line.find("grafana-otlp.yaml:") == std::string::npos || line.find("is a design extension") == std::string::npos)
      return false;
  }
  return warnings == 3;
}

void write_text(const std::filesystem::path& path, const std::string& text) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

bool matches_golden(const std::filesystem::path& golden, const std::string& actual) {
  if (updating_goldens()) write_text(golden, actual);
  const std::filesystem::path observed = golden.parent_path() / ("observed" + golden.extension().string());
  if (std::filesystem::exists(golden) && read_text(golden) == actual) {
    std::filesystem::remove(observed);
    return true;
  }
  write_text(observed, actual);
  return false;
}

}  // namespace telc::test
