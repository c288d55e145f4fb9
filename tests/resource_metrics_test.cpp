// ResourceMetricsPolicy in and out, through the CLI: what `compile` writes for the
// resource-metrics controller passes `validate`, and a hand-written policy's CEL errors are
// reported at their character in the YAML.
#include <catch2/catch.hpp>

#include <filesystem>

#include "golden.hpp"
#include "run_cli.hpp"

namespace fs = std::filesystem;
using telc::test::run_telc;

namespace {

std::size_t yaml_files(const fs::path& dir) {
  std::size_t n = 0;
  for (const auto& e : fs::directory_iterator(dir)) n += e.path().extension() == ".yaml" ? 1 : 0;
  return n;
}

/// `validate --format json` of `path`: clean, with no diagnostic of any severity.
void check_validates_clean(const fs::path& path) {
  const auto run = run_telc({"validate", "--format", "json", path.string()});
  INFO(path.string() << "\n" << run.out << run.err);
  CHECK(run.code == 0);
  CHECK(run.out.find("\"code\"") == std::string::npos);
  CHECK(run.err.find("skipped") == std::string::npos);  // read as a ResourceMetricsPolicy, not passed over
}

}  // namespace

TEST_CASE("resource metrics: the examples compile to ResourceMetricsPolicies that validate") {
  const fs::path out = telc::test::fresh_dir("resource-metrics", "examples");
  const auto compiled = run_telc({"compile", "--target", "resource-metrics-policy", "-o", out.string(), EXAMPLES_DIR});
  INFO(compiled.err);
  REQUIRE(compiled.code == 0);
  REQUIRE(yaml_files(out / "resource-metrics-policy") >= 1);
  check_validates_clean(out / "resource-metrics-policy");
}

TEST_CASE("resource metrics: every golden ResourceMetricsPolicy validates") {
  std::size_t dirs = 0;
  for (const auto& c : fs::directory_iterator(fs::path(TESTDATA_DIR) / "compile")) {
    const fs::path dir = c.path() / "expected" / "resource-metrics-policy";
    if (!fs::is_directory(dir)) continue;
    ++dirs;
    check_validates_clean(dir);
  }
  CHECK(dirs >= 5);
}

TEST_CASE("resource metrics: a hand-written policy's CEL errors are located in the YAML") {
  const fs::path dir = telc::test::fresh_dir("resource-metrics", "hand-written");
  telc::test::write_text(dir / "policy.yaml",
                         "apiVersion: resourcemetrics.miloapis.com/v1alpha1\n"
                         "kind: ResourceMetricsPolicy\n"
                         "metadata: {name: configmaps}\n"
                         "spec:\n"
                         "  generators:\n"
                         "    - name: configmap-info\n"
                         "      resource: {group: \"\", version: v1, resource: configmaps}\n"
                         "      families:\n"
                         "        - name: configmap_info\n"
                         "          metrics:\n"
                         "            - value: item.size\n"
                         "              labels:\n"
                         "                - {name: name, value: \"object.metadata.name[[\"}\n");
  const auto run = run_telc({"validate", (dir / "policy.yaml").string()});
  INFO(run.err);
  CHECK(run.code == 1);
  // `item` without a forEach, at its first character; the unclosed index at the end of the string.
  CHECK(run.err.find("policy.yaml:11:22: error: unknown variable 'item' in a metric without forEach") !=
        std::string::npos);
  CHECK(run.err.find("policy.yaml:13:") != std::string::npos);
  CHECK(run.err.find("[cel/syntax]") != std::string::npos);
}
