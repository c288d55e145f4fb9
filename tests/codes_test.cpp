#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <set>

#include "compiler/codes.hpp"
#include "compiler/lint/registry.hpp"
#include "golden.hpp"

TEST_CASE("the code table is sorted, unique and well-formed") {
  const auto codes = telc::compiler::all_codes();
  const std::regex shape("[a-z]+/[a-z0-9-]+");
  for (std::size_t i = 0; i < codes.size(); ++i) {
    INFO(codes[i].code);
    CHECK(std::regex_match(std::string(codes[i].code), shape));
    CHECK(!codes[i].summary.empty());
    if (i > 0) CHECK(codes[i - 1].code < codes[i].code);
  }
}

TEST_CASE("every code in the goldens is in the code table or the lint registry") {
  std::set<std::string> known;
  for (const auto& c : telc::compiler::lint::known_codes()) known.emplace(c.code);
  const std::regex line(R"(^(?:\S+:)?(?:\d+:\d+|-) (?:error|warning|note) ([a-z0-9/-]+):)");
  for (const auto& entry : std::filesystem::recursive_directory_iterator(TESTDATA_DIR)) {
    if (entry.path().filename() != "expected.diag") continue;
    std::istringstream in(telc::test::read_text(entry.path()));
    for (std::string l; std::getline(in, l);) {
      std::smatch m;
      if (!std::regex_search(l, m, line)) continue;
      INFO(entry.path().string());
      CHECK(known.count(m[1]) == 1);
    }
  }
}
