// `--help` per subcommand and "did you mean" for a mistyped one, through the CLI.
#include <catch2/catch.hpp>

#include <string>

#include "run_cli.hpp"

using telc::test::run_telc;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("help: a mistyped subcommand gets the closest name, exit 2") {
  auto r = run_telc({"valdiate", "policy.yaml"});
  CHECK(r.code == 2);
  CHECK(r.err == "telc: unknown command 'valdiate'; did you mean 'validate'?\n");
  auto nested = run_telc({"collector", "chek", "x.yaml"});
  CHECK(nested.code == 2);
  CHECK(nested.err == "telc: unknown command 'collector chek'; did you mean 'collector check'?\n");
  auto far = run_telc({"frobnicate"});
  CHECK(far.code == 2);
  CHECK(far.err == "telc: unknown command 'frobnicate'; see 'telc --help'\n");
  CHECK(run_telc({"rules", "explain", "no/such-rule"}).code == 2);  // a leaf's argument is not a command
}

TEST_CASE("help: each subcommand shows its own examples and the exit codes") {
  const auto global = run_telc({"--help"}).out;
  CHECK(contains(global, "telc metricsql fmt --jsonl"));
  CHECK(contains(global, "Exit codes: 0 clean; 1 findings"));
  const auto compile = run_telc({"compile", "--help"});
  CHECK(compile.code == 0);
  CHECK(contains(compile.out, "telc compile --check -o deploy/ policies/"));
  CHECK_FALSE(contains(compile.out, "telc validate"));
  CHECK(contains(compile.out, "Exit codes: 0 clean; 1 findings"));
  const auto validate = run_telc({"validate", "--help"}).out;
  CHECK(contains(validate, "git show :policy.yaml | telc validate -"));
  CHECK_FALSE(contains(validate, "telc compile"));
  CHECK(contains(run_telc({"lint", "--help"}).out, "telc lint --fail-on warning"));
  CHECK(contains(run_telc({"collector", "check", "--help"}).out, "--version 0.146.0"));
  CHECK(contains(run_telc({"metricsql", "fmt", "--help"}).out, "telc metricsql fmt --jsonl"));
  CHECK(contains(run_telc({"rules", "explain", "--help"}).out, "telc rules explain alerting/runbook-url"));
}

TEST_CASE("help: the exit codes it states are what telc does") {
  CHECK(run_telc({"validate", "-"}, "").code == 0);  // an empty file is clean
  const std::string warned =
      "groups:\n  - name: g\n    rules:\n      - alert: X\n        expr: up == 0\n"
      "        labels: {team: a, service: b, severity: critical}\n"
      "        annotations: {runbook_url: 'https://x', summary: s}\n";
  const auto lint = run_telc({"lint", "-"}, warned);
  CHECK(lint.code == 0);  // warnings only
  CHECK(run_telc({"lint", "--fail-on", "warning", "-"}, warned).code == 1);
  CHECK(run_telc({"validate", "--format", "nope", "-"}, "").code == 2);
}
