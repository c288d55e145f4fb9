// The CLI in-process: exit codes, formats, stdin, and inputs too large or deep to commit.
#include <catch2/catch.hpp>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>
#include <streambuf>
#include <string_view>
#include <vector>

#include "cli/app.hpp"
#include "golden.hpp"
#include "run_cli.hpp"

namespace fs = std::filesystem;

namespace {

using telc::test::run_telc;

fs::path scratch(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / "telc-cli-test";
  fs::create_directories(dir);
  return dir / name;
}

}  // namespace

TEST_CASE("version and help exit 0") {
  auto v = run_telc({"--version"});
  CHECK(v.code == 0);
  CHECK(v.out.find("telc ") != std::string::npos);
  auto h = run_telc({"--help"});
  CHECK(h.code == 0);
  CHECK(h.out.find("Examples:") != std::string::npos);
  CHECK(run_telc({"no-such-command"}).code == 2);
  CHECK(run_telc({}).code == 2);
}

TEST_CASE("the bundled examples validate cleanly") {
  auto r = run_telc({"validate", EXAMPLES_DIR});
  INFO(r.err);
  CHECK(r.code == 0);
  // Only the warnings that the design extensions of grafana-otlp.yaml are not the operator's.
  CHECK(telc::test::only_design_only_warnings(r.err));
  CHECK(r.err.find("0 errors, 3 warnings in ") != std::string::npos);
}

TEST_CASE("I/O problems exit 2") {
  CHECK(run_telc({"validate", "/no/such/path.yaml"}).code == 2);
  const fs::path empty = scratch("empty-dir");
  fs::create_directories(empty);
  auto r = run_telc({"validate", empty.string()});
  CHECK(r.code == 2);
  CHECK(r.err.find("no *.yaml or *.yml files") != std::string::npos);
}

TEST_CASE("stdin is read with '-' and named <stdin>") {
  auto r = run_telc({"validate", "-"}, "apiVersion: telemetry.miloapis.com/v9\nkind: X\n");
  CHECK(r.code == 1);
  CHECK(r.err.rfind("<stdin>:1:13: error: unknown apiVersion 'telemetry.miloapis.com/v9'", 0) == 0);
}

TEST_CASE("json, sarif and github formats carry positions") {
  const std::string bad =
      "apiVersion: telemetry.miloapis.com/v1alpha1\nkind: ExportPolicy\nmetadata: {name: x}\nspec: {}\n";
  auto j = run_telc({"validate", "--format", "json", "-"}, bad);
  CHECK(j.code == 1);
  const auto doc = nlohmann::json::parse(j.out);
  REQUIRE(doc["diagnostics"].size() == 2);
  CHECK(doc["diagnostics"][0]["line"] == 4);
  CHECK(doc["diagnostics"][0]["code"] == "schema/required");
  CHECK(doc["diagnostics"][0]["file"] == "<stdin>");
  auto s = run_telc({"validate", "--format", "sarif", "-"}, bad);
  const auto sarif = nlohmann::json::parse(s.out);
  CHECK(sarif["version"] == "2.1.0");
  CHECK(sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 4);
  CHECK(!sarif["runs"][0]["tool"]["driver"]["rules"].empty());
  auto g = run_telc({"validate", "--format", "github", "-"}, bad);
  CHECK(g.out.rfind("::error file=<stdin>,line=4,col=1,", 0) == 0);
  CHECK(run_telc({"validate", "--format", "xml", "-"}, bad).code == 2);
}

TEST_CASE("nesting 100,000 levels deep is refused, not a crash") {
  const fs::path deep = scratch("deep.yaml");
  telc::test::write_text(deep, "a: " + std::string(100000, '[') + std::string(100000, ']') + "\n");
  auto r = run_telc({"validate", "--format", "json", deep.string()});
  CHECK(r.code == 1);
  CHECK(r.out.find("yaml/too-deep") != std::string::npos);
}

TEST_CASE("a duration of 400 digits is a located format error, not an internal error") {
  const std::string input = std::string(TESTDATA_DIR) + "/validate/out-of-range-batch-timeout/input.yaml";
  auto r = run_telc({"validate", "--format", "json", input});
  INFO(r.err);
  CHECK(r.code == 1);
  const auto doc = nlohmann::json::parse(r.out);
  REQUIRE(doc["diagnostics"].size() == 1);
  CHECK(doc["diagnostics"][0]["code"] == "schema/format");
  CHECK(doc["diagnostics"][0]["line"] == 23);
  CHECK(doc["diagnostics"][0]["column"] == 22);
}

TEST_CASE("an error at the end of a file of several MB is located exactly") {
  const fs::path big = scratch("big.yaml");
  std::string text = "groups: []\n";  // a rule file: telc's, so its syntax error is reported
  for (int i = 0; i < 80000; ++i) text += "key" + std::to_string(i) + ": a value that takes some room in the file\n";
  text += "tail: [unclosed\n";
  telc::test::write_text(big, text);
  REQUIRE(text.size() > 3'000'000);
  auto r = run_telc({"validate", "--format", "json", big.string()});
  CHECK(r.code == 1);
  const auto doc = nlohmann::json::parse(r.out);
  REQUIRE(doc["diagnostics"].size() == 1);
  CHECK(doc["diagnostics"][0]["line"] == 80002);
  CHECK(doc["diagnostics"][0]["column"] == 7);
}

TEST_CASE("output is identical whatever the number of workers") {
  const std::string dir = std::string(TESTDATA_DIR) + "/validate";
  auto one = run_telc({"validate", "--format", "json", "-j", "1", dir});
  auto two = run_telc({"validate", "--format", "json", "-j", "2", dir});
  CHECK(one.code == 1);
  CHECK(one.out == two.out);
}

TEST_CASE("compile writes the examples' configs, and --check detects drift") {
  const fs::path out = scratch("compiled");
  fs::remove_all(out);
  auto r = run_telc({"compile", "-o", out.string(), EXAMPLES_DIR});
  INFO(r.err);
  REQUIRE(r.code == 0);
  const fs::path sample = out / "collector/default/exportpolicy-sample.yaml";
  REQUIRE(fs::exists(sample));
  CHECK(fs::exists(out / "vector/default/exportpolicy-sample.json"));
  for (const auto& e : fs::recursive_directory_iterator(out))  // no temporary files left behind
    CHECK(e.path().string().find(".tmp") == std::string::npos);
  CHECK(run_telc({"compile", "--check", "-o", out.string(), EXAMPLES_DIR}).code == 0);
  telc::test::write_text(sample, telc::test::read_text(sample) + "# edited by hand\n");
  fs::remove(out / "collector/default/grafana-otlp.yaml");
  auto check = run_telc({"compile", "--check", "-o", out.string(), EXAMPLES_DIR});
  CHECK(check.code == 1);
  CHECK(check.out.empty());  // findings go where the format puts diagnostics: stderr for text
  CHECK(check.err.find((out / "collector/default/exportpolicy-sample.yaml").generic_string() + ":") !=
        std::string::npos);
  CHECK(check.err.find(": error: differs from what the inputs compile to, from line ") != std::string::npos);
  CHECK(check.err.find((out / "collector/default/grafana-otlp.yaml").generic_string() + ": error: missing") !=
        std::string::npos);
}

TEST_CASE("compile writes nothing when any error is reported") {
  const fs::path out = scratch("not-written");
  fs::remove_all(out);
  const std::string bad =
      "apiVersion: telemetry.miloapis.com/v1alpha1\nkind: ExportPolicy\nmetadata: {name: x}\n"
      "spec:\n  sources: [{name: a, metrics: {metricsql: 'rate(x[5m])'}}]\n"
      "  sinks: [{name: s, sources: [a], target: {prometheusRemoteWrite: {endpoint: 'https://e/x'}}}]\n";
  auto r = run_telc({"compile", "-o", out.string(), "-"}, bad);
  CHECK(r.code == 1);
  CHECK(r.err.find("export/not-a-selector") != std::string::npos);
  CHECK_FALSE(fs::exists(out));
  CHECK(run_telc({"compile", "--target", "nope", "-o", out.string(), "-"}, bad).code == 2);
}

TEST_CASE("SARIF rules carry lint metadata: default level and documentation") {
  auto r = run_telc({"lint", "--format", "sarif", "-"},
                    "groups:\n  - name: g\n    rules:\n      - alert: x\n        expr: up == 0\n");
  const auto sarif = nlohmann::json::parse(r.out);
  bool found = false;
  for (const auto& rule : sarif["runs"][0]["tool"]["driver"]["rules"]) {
    if (rule["id"] != "alerting/alert-name") continue;
    found = true;
    CHECK(rule["defaultConfiguration"]["level"] == "warning");
    CHECK(rule["properties"]["helpPath"] == "docs/rules/alerting/alert-name.md");
  }
  CHECK(found);
}

namespace {

/// A stream whose every write fails, as standard output does on a full disk (/dev/full).
struct FullBuffer : std::streambuf {
  int overflow(int /*ch*/) override { return traits_type::eof(); }
  std::streamsize xsputn(const char* /*text*/, std::streamsize /*count*/) override { return 0; }
};

}  // namespace

TEST_CASE("a write error on standard output is one line on stderr and exit 2") {
  FullBuffer full;
  std::ostream out(&full);
  std::istringstream in;
  std::ostringstream err;
  telc::cli::Io io{in, out, err, false};
  const std::vector<std::string_view> args{"validate", "--format", "json", EXAMPLES_DIR};
  CHECK(telc::cli::run(args, io) == 2);
  CHECK(err.str() == "telc: cannot write to standard output\n");
}
