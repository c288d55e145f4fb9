// Hand-written error cases: testdata/metricsql/errors/<case>.mql holds one query and
// <case>.expected the diagnostic (line:column range, message, hint). UPDATE_GOLDEN=1 rewrites
// the expected files.
#include <filesystem>
#include <string>

#include <catch2/catch.hpp>

#include "diag/source_manager.hpp"
#include "golden.hpp"
#include "metricsql/parse.hpp"

namespace fs = std::filesystem;

namespace {

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
  telc::test::check_golden_files(fs::path(TESTDATA_DIR) / "metricsql" / "errors", ".mql", 20, describe);
}
