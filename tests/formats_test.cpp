// --format sarif, json, junit, checkstyle and github beyond the basics: SARIF URIs and its shape,
// I/O errors located at their file, the GitHub job summary.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include "diag/render.hpp"
#include "golden.hpp"
#include "run_cli.hpp"

namespace fs = std::filesystem;
using telc::test::read_text;
using telc::test::run_telc;
using telc::test::write_text;

namespace {

fs::path fresh_dir(const std::string& name) { return telc::test::fresh_dir("telc-formats-test", name); }

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const std::string kBadMaxSize = read_text(TESTDATA_DIR "/validate/wrong-type-maxsize-string/input.yaml");

/// Inputs whose names need encoding in a URI: a space, a colon, '#', '%', '?' and UTF-8.
fs::path awkward_names() {
  fs::path dir = fresh_dir("names");
  for (const char* name : {"with space.yaml", "a:b.yaml", "c#d.yaml", "e%f?.yaml", "\xc3\xbc.yaml"})
    write_text(dir / name, kBadMaxSize);
  return dir;
}

/// The messages of valijson's validation of `doc` against `schema`, one per line ("" when valid).
std::string violations(const nlohmann::json& schema_json, const nlohmann::json& doc) {
  valijson::Schema schema;
  valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
  valijson::adapters::NlohmannJsonAdapter schema_adapter(schema_json);
  parser.populateSchema(schema_adapter, schema);
  valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter doc_adapter(doc);
  if (validator.validate(schema, doc_adapter, &results)) return "";
  std::string out;
  valijson::ValidationResults::Error error;
  while (results.popError(error)) {
    for (const std::string& part : error.context) out += part;
    out += ": " + error.description + "\n";
  }
  return out;
}

/// RFC 3986 relative-ref (or absolute path) with no scheme: pchar, '/', percent-encoded bytes, and
/// no ':' before the first '/'.
bool is_relative_reference(const std::string& uri) {
  static const std::regex kPath(R"(^([A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-F]{2})*$)");
  const std::string first = uri.substr(0, uri.find('/'));
  return std::regex_match(uri, kPath) && first.find(':') == std::string::npos;
}

}  // namespace

TEST_CASE("sarif: a uri is a percent-encoded relative reference") {
  CHECK(telc::diag::uri_reference("policies/a b.yaml") == "policies/a%20b.yaml");
  CHECK(telc::diag::uri_reference("a:b.yaml") == "a%3Ab.yaml");
  CHECK(telc::diag::uri_reference("dir/a:b.yaml") == "dir/a:b.yaml");  // ':' is a pchar past the first segment
  CHECK(telc::diag::uri_reference("/abs/c#d%e?.yaml") == "/abs/c%23d%25e%3F.yaml");
  CHECK(telc::diag::uri_reference("\xc3\xbc.yaml") == "%C3%BC.yaml");
  CHECK(telc::diag::uri_reference("<stdin>") == "%3Cstdin%3E");
}

TEST_CASE("sarif: output of awkward file names matches the SARIF 2.1.0 structure") {
  const fs::path dir = awkward_names();
  const fs::path cwd = fs::current_path();
  fs::current_path(dir.parent_path());  // relative inputs: relative URIs
  auto r = run_telc({"lint", "--format", "sarif", "names"});
  fs::current_path(cwd);
  REQUIRE(r.code == 1);
  const auto sarif = nlohmann::json::parse(r.out);
  const auto schema = nlohmann::json::parse(read_text(TELC_SOURCE_DIR "/tests/sarif/sarif-subset.schema.json"));
  CHECK(violations(schema, sarif).empty());
  std::set<std::string> uris;
  for (const auto& result : sarif["runs"][0]["results"])
    for (const auto& location : result["locations"]) {
      const std::string uri = location["physicalLocation"]["artifactLocation"]["uri"];
      INFO(uri);
      CHECK(is_relative_reference(uri));
      uris.insert(uri);
    }
  CHECK(uris == std::set<std::string>{"names/%C3%BC.yaml", "names/a:b.yaml", "names/c%23d.yaml", "names/e%25f%3F.yaml",
                                      "names/with%20space.yaml"});
}

TEST_CASE("sarif: a colon in a first relative segment is encoded") {
  const fs::path dir = awkward_names();
  const fs::path cwd = fs::current_path();
  fs::current_path(dir);
  auto r = run_telc({"validate", "--format", "sarif", "a:b.yaml"});
  fs::current_path(cwd);
  const auto sarif = nlohmann::json::parse(r.out);
  CHECK(sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "a%3Ab.yaml");
}

TEST_CASE("json: every I/O error names its file") {
  const fs::path dir = fresh_dir("io");
  SECTION("a missing file") {
    auto r = run_telc({"validate", "--format", "json", (dir / "missing.yaml").string()});
    CHECK(r.code == 2);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["diagnostics"][0]["file"] == (dir / "missing.yaml").string());
    CHECK(j["diagnostics"][0]["message"] == "no such file or directory");
  }
  SECTION("a FIFO") {
    REQUIRE(::mkfifo((dir / "p.yaml").c_str(), 0600) == 0);
    auto r = run_telc({"validate", "--format", "json", (dir / "p.yaml").string()});
    CHECK(r.code == 2);
    CHECK(nlohmann::json::parse(r.out)["diagnostics"][0]["file"] == (dir / "p.yaml").string());
  }
  SECTION("a directory entry that cannot be read") {
    fs::create_symlink("loop.yaml", dir / "loop.yaml");
    write_text(dir / "ok.yaml", "groups: []\n");
    auto r = run_telc({"validate", "--format", "json", dir.string()});
    CHECK(r.code == 2);
    CHECK(nlohmann::json::parse(r.out)["diagnostics"][0]["file"] == (dir / "loop.yaml").string());
  }
  SECTION("a file above the size limit") {
    write_text(dir / "big.yaml", "groups: []\n");
    fs::resize_file(dir / "big.yaml", 100u << 20);
    auto r = run_telc({"validate", "--format", "json", (dir / "big.yaml").string()});
    CHECK(r.code == 2);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["diagnostics"][0]["file"] == (dir / "big.yaml").string());
    CHECK(j["diagnostics"][0]["code"] == "io/too-large");
  }
  SECTION("a configuration that cannot be read") {
    REQUIRE(::mkfifo((dir / "telc.yaml").c_str(), 0600) == 0);
    write_text(dir / "rules.yaml", "groups: []\n");
    auto r = run_telc(
        {"validate", "--format", "json", "--config", (dir / "telc.yaml").string(), (dir / "rules.yaml").string()});
    CHECK(nlohmann::json::parse(r.out)["diagnostics"][0]["file"] == (dir / "telc.yaml").string());
  }
  SECTION("metricsql check: an unreadable file, the others still checked") {
    REQUIRE(::mkfifo((dir / "q.fifo").c_str(), 0600) == 0);
    write_text(dir / "bad.q", "rate(\n");
    auto r = run_telc({"metricsql", "check", "--format", "json", (dir / "q.fifo").string(), (dir / "bad.q").string()});
    CHECK(r.code == 2);
    const auto j = nlohmann::json::parse(r.out);
    REQUIRE(j["diagnostics"].size() == 2);
    CHECK(j["diagnostics"][0]["file"] == (dir / "q.fifo").string());
    CHECK(j["diagnostics"][1]["file"] == (dir / "bad.q").string());
  }
}

TEST_CASE("junit: one testcase per file, a failure per finding, escaped") {
  const fs::path dir = awkward_names();
  write_text(dir / "clean.yaml", "groups: []\n");
  auto r = run_telc({"validate", "--format", "junit", (dir / "clean.yaml").string(), (dir / "c#d.yaml").string()});
  CHECK(r.code == 1);
  CHECK(contains(r.out, R"(<testsuite name="telc validate" tests="2" failures="1" errors="0" skipped="0" time="0">)"));
  CHECK(contains(r.out, "clean.yaml\" classname=\"telc validate\" time=\"0\"/>"));
  CHECK(contains(r.out, "c#d.yaml:24:22: error: &apos;maxSize&apos; must be an integer"));
}

TEST_CASE("checkstyle: one file element per file, an error per diagnostic") {
  auto r = run_telc({"validate", "--format", "checkstyle", "-"}, kBadMaxSize);
  CHECK(r.code == 1);
  CHECK(contains(r.out, "<checkstyle version=\""));
  CHECK(contains(r.out, R"(<file name="&lt;stdin&gt;">)"));
  CHECK(contains(r.out, R"(<error line="24" column="22" severity="error" message="&apos;maxSize&apos; must be)"));
  CHECK(contains(r.out, R"(source="telc.schema/type"/>)"));
}

TEST_CASE("github: a job summary is appended to $GITHUB_STEP_SUMMARY") {
  const fs::path summary = fresh_dir("summary") / "summary.md";
  write_text(summary, "earlier step\n");
  std::string many;  // 12 documents with a bad maxSize: more errors than GitHub annotates
  for (int i = 0; i < 12; ++i) many += kBadMaxSize + "\n---\n";
  ::setenv("GITHUB_STEP_SUMMARY", summary.c_str(), 1);
  auto r = run_telc({"validate", "--format", "github", "-"}, many);
  ::unsetenv("GITHUB_STEP_SUMMARY");
  CHECK(r.code == 1);
  CHECK(contains(r.out, "::error file=<stdin>,line=24,col=22"));
  CHECK(contains(r.out, "GitHub shows 10 as annotations, the rest are in this log and the job summary"));
  const std::string text = read_text(summary);
  CHECK(text.rfind("earlier step\n### telc validate\n\n12 errors, 0 warnings, 0 notes\n", 0) == 0);
  CHECK(contains(text, "| location | severity | code | message |"));
  CHECK(contains(text, "| \\<stdin\\>:24:22 | error | schema/type | 'maxSize' must be an integer"));
}

TEST_CASE("github: without $GITHUB_STEP_SUMMARY only annotations are printed") {
  ::unsetenv("GITHUB_STEP_SUMMARY");
  auto r = run_telc({"validate", "--format", "github", "-"}, kBadMaxSize);
  CHECK(r.out.rfind("::error ", 0) == 0);
  CHECK_FALSE(contains(r.out, "job summary"));
}
