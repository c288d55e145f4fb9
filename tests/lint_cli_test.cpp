// `telc lint` and `telc rules` in-process: exit codes under --fail-on, config and suppression
// errors, and the rule metadata in SARIF.
#include <catch2/catch.hpp>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

#include "golden.hpp"
#include "lint/registry.hpp"
#include "run_cli.hpp"

namespace fs = std::filesystem;

namespace {

using telc::test::run_telc;

fs::path scratch_dir(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / "telc-lint-cli-test" / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

constexpr const char* kAlertWithoutFor = R"(groups:
  - name: gateway
    rules:
      - alert: GatewayDown
        expr: max by (cluster) (up{job="gateway"}) == 0
        labels: {team: networking, service: gateway, severity: critical}
        annotations:
          description: "The gateway is down in {{ $labels.cluster }}."
          runbook_url: https://runbooks.example.com/gateway/down
)";

}  // namespace

TEST_CASE("rules list shows every rule and explain prints its page") {
  const auto list = run_telc({"rules", "list"});
  CHECK(list.code == 0);
  for (const auto& rule : telc::lint::all_rules()) CHECK(list.out.find(rule->info().code) != std::string::npos);
  const auto explain = run_telc({"rules", "explain", "alerting/missing-for"});
  CHECK(explain.code == 0);
  CHECK(explain.out.rfind("# alerting/missing-for\n", 0) == 0);
  const auto unknown = run_telc({"rules", "explain", "alerting/missing-fr"});
  CHECK(unknown.code == 2);
  CHECK(unknown.err.find("did you mean 'alerting/missing-for'?") != std::string::npos);
}

TEST_CASE("lint fails on warnings only when asked to") {
  const fs::path dir = scratch_dir("fail-on");
  telc::test::write_text(dir / "rules.yaml", kAlertWithoutFor);
  const std::string file = (dir / "rules.yaml").string();
  const auto plain = run_telc({"lint", file});
  CHECK(plain.code == 0);
  CHECK(plain.err.find("alerting/missing-for") != std::string::npos);
  CHECK(run_telc({"lint", "--fail-on", "warning", file}).code == 1);
  CHECK(run_telc({"lint", "--fail-on", "bogus", file}).code == 2);
}

TEST_CASE("lint finds .telc.yaml by walking up and applies its severities") {
  const fs::path dir = scratch_dir("config");
  telc::test::write_text(dir / ".telc.yaml", "lint:\n  rules:\n    alerting/missing-for: error\n");
  telc::test::write_text(dir / "sub" / "rules.yaml", kAlertWithoutFor);
  const auto r = run_telc({"lint", "--format", "json", (dir / "sub" / "rules.yaml").string()});
  CHECK(r.code == 1);
  const auto json = nlohmann::json::parse(r.out);
  REQUIRE(json["diagnostics"].size() == 1);
  CHECK(json["diagnostics"][0]["code"] == "alerting/missing-for");
  CHECK(json["diagnostics"][0]["severity"] == "error");
  CHECK(json["diagnostics"][0]["line"] == 4);
}

TEST_CASE("an unknown rule code in .telc.yaml is a located error") {
  const fs::path dir = scratch_dir("unknown-code");
  telc::test::write_text(dir / "telc.yaml", "lint:\n  rules:\n    alerting/missing-fr: off\n");
  telc::test::write_text(dir / "rules.yaml", kAlertWithoutFor);
  const auto r =
      run_telc({"lint", "--format", "json", "--config", (dir / "telc.yaml").string(), (dir / "rules.yaml").string()});
  CHECK(r.code == 1);
  const auto json = nlohmann::json::parse(r.out);
  bool found = false;
  for (const auto& d : json["diagnostics"])
    if (d["code"] == "lint/unknown-rule") {
      found = true;
      CHECK(d["line"] == 3);
      CHECK(d["column"] == 5);
    }
  CHECK(found);
}

TEST_CASE("SARIF output lists the lint rules with their summaries") {
  const fs::path dir = scratch_dir("sarif");
  telc::test::write_text(dir / "rules.yaml", kAlertWithoutFor);
  const auto r = run_telc({"lint", "--format", "sarif", (dir / "rules.yaml").string()});
  const auto sarif = nlohmann::json::parse(r.out);
  bool described = false;
  for (const auto& rule : sarif["runs"][0]["tool"]["driver"]["rules"])
    if (rule["id"] == "alerting/missing-for") described = rule.contains("shortDescription");
  CHECK(described);
  CHECK(sarif["runs"][0]["results"][0]["ruleId"] == "alerting/missing-for");
}

TEST_CASE("a registry and a rule file in one run: each is recognised by its groups") {
  const fs::path dir = scratch_dir("registry");
  telc::test::write_text(dir / "registry.yaml", R"(groups:
  - id: metric.compute.vm.active
    type: metric
    metric_name: compute.vm.active
    brief: Active VMs.
    instrument: updowncounter
    unit: "{vm}"
    stability: development
    attributes:
      - id: compute.vm.zone
        type: string
        brief: Zone of the VM.
        examples: [us-east-1a]
  - id: span.compute.vm.create
    type: span
    span_kind: internal
    brief: Creating a VM.
    stability: development
    annotations: {telc: {span_name: VmCreate}}
)");
  telc::test::write_text(dir / "rules.yaml", R"(groups:
  - name: compute
    rules:
      - record: compute:vm_active:sum
        expr: sum by (cluster, compute_vm_zone) (compute_vm_actve)
)");
  const auto run = run_telc({"lint", "--format", "json", "--fail-on", "warning", dir.string()});
  CHECK(run.code == 1);
  const auto report = nlohmann::json::parse(run.out);
  std::vector<std::string> codes;
  for (const auto& d : report["diagnostics"]) codes.push_back(d["code"]);
  CHECK(codes == std::vector<std::string>{"naming/span-name", "queries/misspelt-metric"});
}
