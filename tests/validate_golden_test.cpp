// Every testdata/validate/<case>/ runs `validate` on its input(s); the diagnostics in compact form
// must equal <case>/expected.diag.
#include <catch2/catch.hpp>

#include <filesystem>

#include "compiler/driver.hpp"
#include "diag/render.hpp"
#include "golden.hpp"

namespace fs = std::filesystem;

namespace {

std::string run_case(const fs::path& dir) {
  std::vector<std::string> inputs;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.path().filename().string().rfind("input", 0) == 0) inputs.push_back(entry.path().string());
  std::sort(inputs.begin(), inputs.end());
  telc::diag::SourceManager sources;
  telc::diag::Sink sink;
  (void)telc::compiler::validate({inputs, 1}, [] { return std::string(); }, sources, sink);
  sink.sort();
  return telc::diag::render_compact(sink.all(), sources);
}

}  // namespace

TEST_CASE("validate goldens") {
  const fs::path root = fs::path(TESTDATA_DIR) / "validate";
  const std::vector<fs::path> cases = telc::test::case_dirs(root);
  REQUIRE(cases.size() >= 40);
  for (const fs::path& dir : cases) {
    INFO("case " << dir.filename().string() << " (see observed.diag beside expected.diag)");
    const std::string actual = run_case(dir);
    CHECK(telc::test::matches_golden(dir / "expected.diag", actual));
    const bool valid = dir.filename().string().rfind("valid-", 0) == 0;
    if (valid) CHECK(actual.find(" error ") == std::string::npos);
    else CHECK(!actual.empty());
  }
}
