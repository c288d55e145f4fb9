// Golden cases: testdata/gotemplate/<case>.tmpl is one alert template (an annotation's value);
// <case>.expected holds its diagnostics with their line:column ranges, or "ok". UPDATE_GOLDEN=1
// rewrites the expected files.
#include <catch2/catch.hpp>

#include <filesystem>

#include "golden.hpp"
#include "template_test_util.hpp"

TEST_CASE("golden Go-template cases", "[gotemplate][golden]") {
  telc::test::check_golden_files(std::filesystem::path(TESTDATA_DIR) / "gotemplate", ".tmpl", 60,
                                 [](const std::string& text) { return telc::gotemplate::test::diagnose(text); });
}

TEST_CASE("the golden cases named valid-* are accepted and the others are not", "[gotemplate][golden]") {
  std::size_t valid = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(TESTDATA_DIR) / "gotemplate")) {
    if (entry.path().extension() != ".tmpl") continue;
    const bool named_valid = entry.path().filename().string().rfind("valid-", 0) == 0;
    INFO(entry.path().filename().string());
    CHECK(telc::gotemplate::test::accepts(telc::test::read_text(entry.path())) == named_valid);
    valid += named_valid ? 1 : 0;
  }
  CHECK(valid >= 15);
}
