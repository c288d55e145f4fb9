#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <set>
#include <utility>

#include "backends/codes.hpp"
#include "cel/codes.hpp"
#include "diff/codes.hpp"
#include "driver/codes.hpp"
#include "golden.hpp"
#include "gotemplate/codes.hpp"
#include "lint/codes.hpp"
#include "metricsql/codes.hpp"
#include "model/codes.hpp"
#include "otelcol/codes.hpp"
#include "ottl/codes.hpp"
#include "policytest/codes.hpp"
#include "schema/codes.hpp"

namespace {

using Table = std::span<const telc::diag::CodeInfo>;

/// Each library's table, with the code groups it owns.
std::vector<std::pair<Table, std::set<std::string>>> tables() {
  return {
      {telc::backends::codes(), {"emit"}},
      {telc::cel::codes(), {"cel"}},
      {telc::diff::codes(), {"diff"}},
      {telc::driver::codes(), {"compile", "io"}},
      {telc::gotemplate::codes(), {"template"}},
      {telc::lint::codes(), {"lint"}},
      {telc::metricsql::codes(), {"metricsql"}},
      {telc::model::codes(), {"export", "io", "metric", "policy", "resources", "rule", "semconv"}},
      {telc::otelcol::codes(), {"collector"}},
      {telc::ottl::codes(), {"ottl"}},
      {telc::policytest::codes(), {"test"}},
      {telc::schema::codes(), {"io", "schema", "yaml"}},
  };
}

}  // namespace

TEST_CASE("every library's code table is sorted, well-formed and holds only its own groups") {
  const std::regex shape("([a-z]+)/[a-z0-9-]+");
  for (const auto& [table, groups] : tables()) {
    REQUIRE(!table.empty());
    for (std::size_t i = 0; i < table.size(); ++i) {
      INFO(table[i].code);
      std::cmatch match;
      REQUIRE(std::regex_match(table[i].code.begin(), table[i].code.end(), match, shape));
      CHECK(groups.count(match[1].str()) == 1);
      CHECK(!table[i].summary.empty());
      if (i > 0) CHECK(table[i - 1].code < table[i].code);
    }
  }
}

TEST_CASE("no code is in two tables, and no lint rule takes a library's code") {
  const auto codes = telc::driver::all_codes();
  for (std::size_t i = 1; i < codes.size(); ++i) {
    INFO(codes[i].code);
    CHECK(codes[i - 1].code != codes[i].code);
  }
}

TEST_CASE("every code in the goldens is in a code table or the lint registry") {
  std::set<std::string> known;
  for (const auto& info : telc::driver::all_codes()) known.emplace(info.code);
  const std::regex line(R"(^(?:\S+:)?(?:\d+:\d+|-) (?:error|warning|note) ([a-z0-9/-]+):)");
  for (const auto& entry : std::filesystem::recursive_directory_iterator(TESTDATA_DIR)) {
    if (entry.path().filename() != "expected.diag") continue;
    std::istringstream in(telc::test::read_text(entry.path()));
    for (std::string text; std::getline(in, text);) {
      std::smatch match;
      if (!std::regex_search(text, match, line)) continue;
      INFO(entry.path().string());
      CHECK(known.count(match[1]) == 1);
    }
  }
}
