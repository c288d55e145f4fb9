// Every testdata/validate/<case>/ runs `validate` on its input(s); the diagnostics in compact form
// must equal <case>/expected.diag.
#include <catch2/catch.hpp>

#include <filesystem>

#include "diag/render.hpp"
#include "driver/validate.hpp"
#include "golden.hpp"

namespace fs = std::filesystem;

namespace {

std::string run_case(const fs::path& dir) {
  const std::vector<std::string> inputs = telc::test::case_inputs(dir);
  telc::diag::SourceManager sources;
  telc::diag::Sink sink;
  (void)telc::driver::validate(
      {inputs, 1, std::nullopt, false, false}, [](std::size_t) { return std::string(); }, sources, sink);
  sink.sort();
  // Several inputs: name the file of each finding and note.
  return telc::test::strip_dir(telc::diag::render_compact(sink.all(), sources, inputs.size() > 1), dir);
}

}  // namespace

TEST_CASE("validate goldens") { telc::test::check_diag_cases(fs::path(TESTDATA_DIR) / "validate", 40, run_case); }
