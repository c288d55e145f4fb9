// Hand-written error cases: testdata/metricsql/errors/<case>.mql holds one query and
// <case>.expected the diagnostic (line:column range, message, hint). UPDATE_GOLDEN=1 rewrites
// the expected files instead of comparing.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "diag/source_manager.hpp"
#include "metricsql/parse.hpp"

namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// "L:C-L:C message" plus "hint: ..." on the next line, or "ok: <canonical>".
std::string describe(const std::string& query) {
  const auto result = telc::metricsql::parse(query);
  if (result.ok()) {
    return "ok: " + telc::metricsql::to_canonical(*result.root()) + "\n";
  }
  telc::diag::SourceManager sources;
  const auto id = sources.add("query", query);
  const auto& e = *result.error();
  const auto span = sources.span(id, e.begin, e.end);
  std::string out = std::to_string(span.begin.line) + ":" + std::to_string(span.begin.column) + "-" +
                    std::to_string(span.end.line) + ":" + std::to_string(span.end.column) + " " + e.message + "\n";
  if (e.hint) {
    out += "hint: " + *e.hint + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("metricsql error positions and messages", "[metricsql][golden]") {
  const fs::path dir = fs::path(TESTDATA_DIR) / "metricsql" / "errors";
  const bool update = std::getenv("UPDATE_GOLDEN") != nullptr;
  std::vector<fs::path> cases;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".mql") {
      cases.push_back(entry.path());
    }
  }
  std::sort(cases.begin(), cases.end());
  REQUIRE_FALSE(cases.empty());
  for (const fs::path& mql : cases) {
    const std::string observed = describe(read_file(mql));
    fs::path expected_path = mql;
    expected_path.replace_extension(".expected");
    if (update) {
      std::ofstream(expected_path, std::ios::binary) << observed;
      continue;
    }
    INFO("case " << mql.filename().string() << " (UPDATE_GOLDEN=1 rewrites expected files)");
    CHECK(observed == read_file(expected_path));
  }
}
