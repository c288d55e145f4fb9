// `telc diff` through the CLI: a renamed stable MetricDefinition, a dropped label and a removed
// MetricPolicy, with the rules, export selectors and generated names they break
// (testdata/diff-impact); the formats
// and exit codes; and a git revision as the baseline, read from a real repository.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "golden.hpp"
#include "run_cli.hpp"

namespace fs = std::filesystem;
using telc::test::run_telc;

namespace {

const fs::path kCase = fs::path(TESTDATA_DIR) / "diff-impact";

std::string base() { return (kCase / "base").string(); }
std::string current() { return (kCase / "current").string(); }

/// The output with the case's directory left out, so the golden does not depend on the checkout.
std::string relative(const std::string& text) { return telc::test::strip_dir(text, kCase); }

int shell(const std::string& command) { return std::system(command.c_str()); }

}  // namespace

TEST_CASE("diff: a renamed stable metric is an error, with every rule and selector still using it") {
  const auto run = run_telc({"diff", "--baseline", base(), current()});
  CHECK(run.code == 1);
  CHECK(telc::test::matches_golden(kCase / "expected.txt", relative(run.err)));
}

TEST_CASE("diff: --format markdown writes a release-note section") {
  const auto run = run_telc({"diff", "--baseline", base(), current(), "--format", "markdown"});
  CHECK(run.code == 1);
  CHECK(telc::test::matches_golden(kCase / "expected.md", relative(run.out)));
  CHECK(run.err.empty());
}

TEST_CASE("diff: json lists each change with its notes; the exit code follows --fail-on") {
  const auto run = run_telc({"diff", "--baseline", base(), current(), "--format", "json"});
  CHECK(run.code == 1);
  const nlohmann::json doc = nlohmann::json::parse(run.out);
  std::vector<std::string> codes;
  for (const auto& d : doc["diagnostics"]) codes.push_back(d["code"]);
  std::sort(codes.begin(), codes.end());
  CHECK(codes == std::vector<std::string>{"diff/attribute-dropped", "diff/removed", "diff/renamed"});
  // A change to a beta metric is a warning: it fails the run only with --fail-on warning.
  const auto beta_only = run_telc({"diff", "--baseline", base(), (kCase / "current").string(), "--fail-on", "note"});
  CHECK(beta_only.code == 1);
  const auto same = run_telc({"diff", "--baseline", base(), base()});
  CHECK(same.code == 0);
  CHECK(same.err.empty());
  const auto markdown_same = run_telc({"diff", "--baseline", base(), base(), "--format", "markdown"});
  CHECK(markdown_same.code == 0);
  CHECK(markdown_same.out.find("No change to the registries or metric definitions.") != std::string::npos);
}

TEST_CASE("diff: .telc.yaml diff.severity makes beta changes errors") {
  const fs::path dir = telc::test::fresh_dir("diff", "severity");
  fs::copy(kCase / "current", dir / "current", fs::copy_options::recursive);
  std::ofstream(dir / "strict.yaml") << "diff:\n  severity:\n    beta: error\n";
  const auto run = run_telc({"diff", "--config", (dir / "strict.yaml").string(), "--baseline", base(),
                             (dir / "current").string(), "--format", "json"});
  const nlohmann::json doc = nlohmann::json::parse(run.out);
  REQUIRE(doc["diagnostics"].size() == 3);
  for (const auto& d : doc["diagnostics"]) CHECK(d["severity"] == "error");
}

TEST_CASE("diff: a git revision as the baseline, read without a checkout") {
  const fs::path repo = telc::test::fresh_dir("diff", "repo");
  const std::string git =
      "cd '" + repo.string() +
      "' && GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 git -c user.name=t -c user.email=t@example.com ";
  fs::copy(kCase / "base", repo / "metrics", fs::copy_options::recursive);
  REQUIRE(shell(git + "init -q . && " + git + "add . && " + git + "commit -qm base") == 0);
  fs::remove_all(repo / "metrics");
  fs::copy(kCase / "current", repo / "metrics", fs::copy_options::recursive);
  REQUIRE(shell(git + "add -A && " + git + "commit -qm current") == 0);
  const auto run = run_telc({"diff", "--baseline", "HEAD~1", (repo / "metrics").string(), "--format", "json"});
  INFO(run.out << run.err);
  CHECK(run.code == 1);
  const nlohmann::json doc = nlohmann::json::parse(run.out);
  REQUIRE(doc["diagnostics"].size() == 3);
  bool baseline_named = false;
  for (const auto& diagnostic : doc["diagnostics"])
    for (const auto& note : diagnostic["notes"])
      baseline_named |= note.contains("file") && note["file"].get<std::string>().starts_with("HEAD~1:");
  CHECK(baseline_named);
  const auto unknown = run_telc({"diff", "--baseline", "no-such-revision", (repo / "metrics").string()});
  CHECK(unknown.code == 2);
  CHECK(unknown.err.find("[diff/baseline]") != std::string::npos);
}
