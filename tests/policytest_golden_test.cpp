// Every testdata/test/<case>/ runs `telc test` on its input* files (the PolicyTests, with their
// inputs beside them): the diagnostics in compact form, then one verdict line per test, must
// equal <case>/expected.diag. valid-* cases pass every test and report no error.
#include <catch2/catch.hpp>

#include <filesystem>

#include <fmt/format.h>

#include "diag/render.hpp"
#include "driver/test.hpp"
#include "golden.hpp"

namespace fs = std::filesystem;

namespace {

std::string verdicts(const telc::driver::TestResult& result) {
  std::string out;
  for (const auto& suite : result.suites) {
    if (suite.cases.empty()) out += fmt::format("{}: not run\n", suite.name);
    for (const auto& test : suite.cases)
      out += fmt::format("{}: {}: {}\n", suite.name, test.name, test.passed ? "pass" : "FAIL");
  }
  return out;
}

std::string run_case(const fs::path& dir) {
  telc::driver::TestOptions options{telc::test::case_inputs(dir), 1, (fs::path(TESTDATA_DIR) / ".telc.yaml").string()};
  telc::diag::SourceManager sources;
  telc::diag::Sink sink;
  const auto result = telc::driver::test(
      options, [](std::size_t) { return std::string(); }, sources, sink);
  sink.sort();
  return telc::test::strip_dir(telc::diag::render_compact(sink.all(), sources, true) + verdicts(result), dir);
}

}  // namespace

TEST_CASE("policy test goldens") { telc::test::check_diag_cases(fs::path(TESTDATA_DIR) / "test", 5, run_case); }

TEST_CASE("policy tests: every test of a valid case passes") {
  for (const fs::path& dir : telc::test::case_dirs(fs::path(TESTDATA_DIR) / "test")) {
    if (dir.filename().string().rfind("valid-", 0) != 0) continue;
    INFO(dir.filename().string());
    const std::string out = run_case(dir);
    CHECK(out.find(": FAIL") == std::string::npos);
    CHECK(out.find(": not run") == std::string::npos);
    CHECK(out.find(": pass") != std::string::npos);
  }
}
