// Every testdata/lint/<group>/<name>/<case>/ runs `lint` on its input*.yaml (with the case's
// telc.yaml as --config when there is one, else defaults); the diagnostics in compact form must
// equal <case>/expected.diag. The date is fixed so `until` cases never change meaning.
#include <catch2/catch.hpp>

#include <filesystem>

#include "diag/render.hpp"
#include "driver/lint.hpp"
#include "golden.hpp"

namespace fs = std::filesystem;

namespace {

std::string run_case(const fs::path& dir) {
  const std::vector<std::string> inputs = telc::test::case_inputs(dir);
  telc::driver::LintOptions options{{inputs, 1, std::nullopt, false, false}, "2025-06-01"};
  if (fs::exists(dir / "telc.yaml")) options.inputs.config_path = (dir / "telc.yaml").string();
  telc::diag::SourceManager sources;
  telc::diag::Sink sink;
  (void)telc::driver::lint(
      options, [](std::size_t) { return std::string(); }, sources, sink);
  sink.sort();
  return telc::test::strip_dir(telc::diag::render_compact(sink.all(), sources, true), dir);
}

std::vector<fs::path> cases(const fs::path& root) {
  std::vector<fs::path> out;
  for (const auto& entry : fs::recursive_directory_iterator(root))
    if (entry.is_directory() && fs::exists(entry.path() / "input.yaml")) out.push_back(entry.path());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("lint goldens") {
  const fs::path root = fs::path(TESTDATA_DIR) / "lint";
  const auto all = cases(root);
  REQUIRE(all.size() >= 20);
  for (const fs::path& dir : all) {
    INFO("case " << fs::relative(dir, root).string() << " (see observed.diag beside expected.diag)");
    CHECK(telc::test::matches_golden(dir / "expected.diag", run_case(dir)));
  }
}
