// What telc owns and what it passes over, through the CLI: real repositories hold Kubernetes
// manifests, Helm charts, CI workflows and tooling configuration beside the policies.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "golden.hpp"
#include "run_cli.hpp"

namespace fs = std::filesystem;
using telc::test::run_telc;

namespace {

fs::path fresh_dir(const std::string& name) { return telc::test::fresh_dir("telc-ownership-test", name); }

const std::string kRuleWithLabelTemplate = R"yaml(groups:
  - name: demo
    rules:
      - alert: Down
        expr: up == 0
        for: 5m
        annotations:
          summary: "{{ $labels.instance }} is down ({{ $value | humanize }})"
)yaml";

}  // namespace

TEST_CASE("documents that are not telc's are skipped, listed with --verbose and counted") {
  const fs::path dir = fs::path(TESTDATA_DIR) / "validate" / "ownership-mixed-repository";
  const auto quiet = run_telc({"validate", (dir / "input-1-kubernetes.yaml").string()});
  CHECK(quiet.code == 0);
  CHECK(quiet.err.empty());
  const auto verbose = run_telc({"validate", "--verbose", dir.string()});
  CHECK(verbose.code == 1);
  CHECK(verbose.err.find("input-1-kubernetes.yaml:7: skipped: apiVersion 'apps/v1', kind 'Deployment'") !=
        std::string::npos);
  CHECK(verbose.err.find("input-4-list.yaml:6: skipped: item 1 of a kind: List, apiVersion 'v1', kind 'Service'") !=
        std::string::npos);
  CHECK(verbose.err.find("5 errors, 0 warnings in 5 documents; 10 not telc's, skipped") != std::string::npos);
}

TEST_CASE("a Helm chart's templates are skipped, Prometheus alert templates are not") {
  const fs::path chart = fresh_dir("chart");
  telc::test::write_text(chart / "Chart.yaml", "apiVersion: v2\nname: demo\nversion: 0.1.0\n");
  telc::test::write_text(chart / "values.yaml", "rules: {enabled: true}\n");
  telc::test::write_text(chart / "templates" / "rule.yaml",
                         "apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata:\n"
                         "  name: {{ .Release.Name }}\nspec:\n  groups: []\n");
  const auto in_chart = run_telc({"validate", "--verbose", chart.string()});
  CHECK(in_chart.code == 0);
  CHECK(in_chart.err.find("templates/rule.yaml: skipped: an unrendered Helm template") != std::string::npos);

  const fs::path loose = fresh_dir("loose") / "rules.yaml";
  telc::test::write_text(loose, "groups:\n{{- range .Values.groups }}\n  - name: {{ .name }}\n{{- end }}\n");
  CHECK(run_telc({"validate", loose.string()}).code == 0);

  const fs::path alert = fresh_dir("alert") / "rules.yaml";
  telc::test::write_text(alert, kRuleWithLabelTemplate);
  const auto checked = run_telc({"validate", "--verbose", alert.string()});
  CHECK(checked.code == 0);
  CHECK(checked.err.find("0 errors, 0 warnings in 1 document") != std::string::npos);
}

TEST_CASE("a .telc.yaml named as an input is configuration, not a policy") {
  const fs::path dir = fresh_dir("config");
  telc::test::write_text(dir / ".telc.yaml", "collector: {version: 0.159.0}\n");
  const auto named = run_telc({"validate", "--verbose", (dir / ".telc.yaml").string()});
  CHECK(named.code == 0);
  CHECK(named.err.find(".telc.yaml: skipped: project configuration") != std::string::npos);
}

TEST_CASE("broken YAML is reported when it names something of telc's, skipped when it names nothing") {
  const fs::path dir = fresh_dir("broken-yaml");
  telc::test::write_text(dir / "alertmanager.yaml", "receivers:\n- name: slack\n   title: '{{ template \"t\" . }}'\n");
  const auto foreign = run_telc({"validate", "--verbose", (dir / "alertmanager.yaml").string()});
  CHECK(foreign.code == 0);
  CHECK(foreign.err.find("skipped: not valid YAML, and names nothing of telc's") != std::string::npos);
  telc::test::write_text(dir / "rules.yaml", "groups:\n- name: g\n   rules: []\n");
  const auto rules = run_telc({"validate", (dir / "rules.yaml").string()});
  CHECK(rules.code == 1);
  CHECK(rules.err.find("rules.yaml:3:") != std::string::npos);
}
