// Projects through the CLI: the files named are checked with the rest of their project as context
// (a pre-commit hook names only the changed files), and the `.telc.yaml` nearest to each file
// applies to it.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "golden.hpp"
#include "run_cli.hpp"

namespace fs = std::filesystem;
using telc::test::run_telc;
using telc::test::write_text;

namespace {

fs::path fresh_repository(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / "telc-project-test" / name;
  fs::remove_all(dir);
  fs::create_directories(dir / ".git");  // a work tree: context and discovery stop here
  return dir;
}

/// The examples' HTTPRoute definitions and the policies that produce them.
const fs::path kExamples = fs::path(TESTDATA_DIR) / ".." / "examples" / "metrics";

std::string read_example(const std::string& name) {
  std::ifstream in(kExamples / name, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

const std::string kDefinition = read_example("httproute-definitions.yaml");
const std::string kPolicy = read_example("httproute-policies.yaml");

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("a file named alone is checked against its project's declarations") {
  const fs::path repo = fresh_repository("context");
  write_text(repo / "definitions" / "queue.yaml", kDefinition);
  write_text(repo / "policies" / "queue.yaml", kPolicy);
  const auto run = run_telc({"validate", (repo / "policies" / "queue.yaml").string()});
  CHECK(run.code == 0);
  CHECK(run.err.empty());

  SECTION("problems of the context are not reported: it was not named") {
    write_text(repo / "definitions" / "broken.yaml",
               "apiVersion: telemetry.miloapis.com/v1alpha1\nkind: MetricDefinition\nbogus: 1\n");
    const auto again = run_telc({"validate", (repo / "policies" / "queue.yaml").string()});
    CHECK(again.code == 0);
    CHECK(!contains(again.err, "broken.yaml"));
  }
  SECTION("the policies section of .telc.yaml bounds the context") {
    write_text(repo / ".telc.yaml", "policies:\n  include: [\"policies/**\"]\n");
    const auto bounded = run_telc({"validate", (repo / "policies" / "queue.yaml").string()});
    CHECK(bounded.code == 1);
    CHECK(contains(bounded.err, "queue.yaml:18:11: error: no MetricDefinition declares metric"));
  }
  SECTION("outside a repository and without a configuration there is no context") {
    const fs::path loose = fs::temp_directory_path() / "telc-project-test" / "loose";
    fs::remove_all(loose);
    write_text(loose / "definitions.yaml", kDefinition);
    write_text(loose / "policy.yaml", kPolicy);
    CHECK(run_telc({"validate", (loose / "policy.yaml").string()}).code == 1);
    CHECK(run_telc({"validate", loose.string()}).code == 0);
  }
}

TEST_CASE("the .telc.yaml nearest to each file applies to it") {
  const fs::path repo = fresh_repository("nearest");
  const std::string rule = "groups:\n  - name: g\n    rules:\n      - alert: lower_case_name\n        expr: up == 0\n";
  write_text(repo / ".telc.yaml", "lint:\n  rules:\n    alerting/alert-name: error\n");
  write_text(repo / "rules.yaml", rule);
  write_text(repo / "team" / ".telc.yaml", "lint:\n  rules:\n    alerting/alert-name: \"off\"\n");
  write_text(repo / "team" / "rules.yaml", rule);
  const auto both = run_telc({"lint", "--format", "json", repo.string()});
  CHECK(both.code == 1);
  CHECK(contains(both.out, "alerting/alert-name"));
  CHECK(!contains(both.out, "team/rules.yaml\",\"line\":4"));
  const auto team = run_telc({"lint", (repo / "team" / "rules.yaml").string()});
  CHECK(!contains(team.err, "alerting/alert-name"));
  const auto root = run_telc({"lint", (repo / "rules.yaml").string()});
  CHECK(contains(root.err, "rules.yaml:4:16: error: alert name 'lower_case_name'"));

  SECTION("validate reads .telc.yaml too, and --config names one for every file") {
    write_text(repo / "strict.yaml", "lint:\n  rules:\n    alerting/alert-name: error\n");
    const auto forced =
        run_telc({"lint", "--config", (repo / "strict.yaml").string(), (repo / "team" / "rules.yaml").string()});
    CHECK(contains(forced.err, "alerting/alert-name"));
    write_text(repo / "team" / ".telc.yaml", "lint:\n  rulez: {}\n");
    const auto broken = run_telc({"validate", (repo / "team" / "rules.yaml").string()});
    CHECK(broken.code == 1);
    CHECK(contains(broken.err, ".telc.yaml:2:3: error:"));
  }
  SECTION("compile refuses files of two projects") {
    const auto compiled = run_telc({"compile", "--check", "-o", (repo / "out").string(), repo.string()});
    CHECK(compiled.code == 1);
    CHECK(contains(compiled.err, "compile/several-projects"));
  }
}
