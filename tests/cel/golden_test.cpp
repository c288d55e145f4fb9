// Golden cases: testdata/cel/<case>.cel is a whole expression (its first line, a CEL comment,
// names the context: "// env: dataplane label"); <case>.expected holds the canonical form and
// the diagnostics. UPDATE_GOLDEN=1 rewrites the expected files.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>

#include "cel/check.hpp"
#include "cel_test_util.hpp"
#include "golden.hpp"

namespace fs = std::filesystem;
using namespace telc::cel;

namespace {

struct Context {
  Environment env;
  Expectation expect;
};

Context context_of(const std::string& text) {
  static const std::regex directive(R"(^// env: (\w+)(?: (\w+))?)");
  std::smatch m;
  std::regex_search(text, m, directive);
  const std::string env = m[1];
  const std::string expect = m[2];
  Context c{env == "dataplane"  ? data_plane_transform_env()
            : env == "selector" ? attribute_selector_env()
            : env == "series"   ? series_from_env()
                                : resource_env(),
            Expectation::any};
  if (expect == "value") c.expect = Expectation::value;
  if (expect == "label") c.expect = Expectation::label;
  if (expect == "list") c.expect = Expectation::list;
  if (expect == "condition") c.expect = Expectation::condition;
  return c;
}

std::string run_case(const std::string& text) {
  const Context c = context_of(text);
  telc::diag::Sink sink;
  const ParseResult r = parse_and_check(text, c.env, c.expect, test::embedded(text), sink);
  std::string out = r.ok() ? "canonical: " + to_string(*r.root()) + "\n" : "";
  return out + test::render(sink);
}

}  // namespace

TEST_CASE("golden CEL cases", "[cel][golden]") {
  telc::test::check_golden_files(fs::path(TESTDATA_DIR) / "cel", ".cel", 20, run_case);
}
