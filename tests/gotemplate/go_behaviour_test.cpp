// Go's text/template parser on its tricky points: testdata/gotemplate/go-behaviour.jsonl holds
// templates with Go's verdict ("go": accepts or rejects, checked against Go's parser with
// Prometheus's functions and preamble when the file was written) and, where telc deliberately
// differs, telc's ("telc"), each with the reason. telc must agree with the verdict it is given.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "template_test_util.hpp"

TEST_CASE("Go's parser is followed on its tricky points", "[gotemplate][go]") {
  std::ifstream in(std::filesystem::path(TESTDATA_DIR) / "gotemplate" / "go-behaviour.jsonl");
  std::size_t cases = 0;
  std::size_t deliberate = 0;
  for (std::string line; std::getline(in, line);) {
    const nlohmann::json row = nlohmann::json::parse(line);
    const std::string expected = row.value("telc", row.at("go").get<std::string>());
    deliberate += row.contains("telc") ? 1 : 0;
    const std::string text = row.at("template").get<std::string>();
    INFO(text << "\n(" << row.at("why").get<std::string>() << ")\n" << telc::gotemplate::test::diagnose(text));
    CHECK(telc::gotemplate::test::accepts(text) == (expected == "accepts"));
    ++cases;
  }
  CHECK(cases >= 150);
  CHECK(deliberate <= 5);
}
