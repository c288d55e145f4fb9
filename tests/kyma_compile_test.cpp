// The `kyma` target through the CLI on the bundled Kyma examples: the three collector configs and
// the Secret-key manifest, each loadable by Kyma's collector, covered by --check; and the notes
// for what it does not compile.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "golden.hpp"
#include "run_cli.hpp"

namespace fs = std::filesystem;
using telc::test::read_text;
using telc::test::run_telc;
using telc::test::write_text;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const char* const kConfigs[] = {"kyma/otlp-gateway.yaml", "kyma/log-agent.yaml", "kyma/metric-agent.yaml"};

telc::test::CliRun compile_kyma(const fs::path& in, const fs::path& out, const std::vector<std::string>& extra = {}) {
  std::vector<std::string> args{"compile", "--target", "kyma"};
  args.insert(args.end(), extra.begin(), extra.end());
  args.insert(args.end(), {"-o", out.string(), in.string()});
  return run_telc(args);
}

}  // namespace

TEST_CASE("kyma: the examples compile to the gateway, both agents and the Secret-key manifest") {
  const fs::path out = telc::test::fresh_dir("kyma-compile", "examples");
  const auto run = compile_kyma(fs::path(EXAMPLES_DIR) / "kyma", out);
  INFO(run.err);
  REQUIRE(run.code == 0);
  CHECK(!contains(run.err, "error"));
  for (const char* config : kConfigs) {
    INFO(config);
    REQUIRE(fs::exists(out / config));
    // Each config loads in Kyma's collector distribution at the manager's collector version.
    const auto check = run_telc(
        {"collector", "check", "--version", "0.157.0", "--distribution", "otelcol-kyma", (out / config).string()});
    INFO(check.out + check.err);
    CHECK(check.code == 0);
    CHECK(!contains(check.out + check.err, "warning"));
  }
  const std::string gateway = read_text(out / "kyma/otlp-gateway.yaml");
  CHECK(contains(gateway, "logs/backend-logs:"));
  CHECK(contains(gateway, "traces/jaeger:"));
  const std::string agent = read_text(out / "kyma/log-agent.yaml");
  CHECK(contains(agent, "file_log/backend-logs:"));
  CHECK(contains(agent, "- /var/log/pods/sandbox_*/*/*.log\n"));      // an excluded namespace
  CHECK(contains(agent, "- /var/log/pods/*_*/istio-proxy/*.log\n"));  // an excluded container
  CHECK(contains(agent, "id: remove-body\n"));                        // keepOriginalBody: false
  CHECK(contains(agent, "storage: file_storage\n"));
  CHECK(contains(agent, "Authorization: ${BASIC_AUTH_HEADER_LOGPIPELINE_BACKEND_LOGS}\n"));
  // Secrets stay references: the manifest names each Secret key the configs read.
  const std::string keys = read_text(out / "kyma/secret-keys.yaml");
  CHECK(contains(keys, "  - endpoint\n  - password\n  - user\n  name: log-backend\n  namespace: telemetry-secrets\n"));
  CHECK(contains(keys, "OTLP_ENDPOINT_LOGPIPELINE_BACKEND_LOGS:"));
}

TEST_CASE("kyma: --check covers every kyma output") {
  const fs::path out = telc::test::fresh_dir("kyma-compile", "check");
  const fs::path in = fs::path(EXAMPLES_DIR) / "kyma";
  REQUIRE(compile_kyma(in, out).code == 0);
  CHECK(compile_kyma(in, out, {"--check"}).code == 0);
  write_text(out / "kyma/log-agent.yaml", read_text(out / "kyma/log-agent.yaml") + "# edited\n");
  fs::remove(out / "kyma/secret-keys.yaml");
  const auto drift = compile_kyma(in, out, {"--check"});
  INFO(drift.err);
  CHECK(drift.code == 1);
  CHECK(contains(drift.err, (out / "kyma/log-agent.yaml").generic_string()));
  CHECK(contains(drift.err, (out / "kyma/secret-keys.yaml").generic_string()));
}

TEST_CASE("kyma: no agent without its input, and the Fluent Bit path gets a located note") {
  const fs::path dir = telc::test::fresh_dir("kyma-compile", "partial");
  write_text(dir / "in/pipelines.yaml", R"(apiVersion: telemetry.kyma-project.io/v1beta1
kind: LogPipeline
metadata:
  name: otlp-only
spec:
  input:
    runtime:
      enabled: false
  output:
    otlp:
      endpoint:
        value: http://backend.example.com:4317
---
apiVersion: telemetry.kyma-project.io/v1alpha1
kind: LogPipeline
metadata:
  name: legacy
spec:
  output:
    http:
      host:
        value: logs.example.com
)");
  const auto run = compile_kyma(dir / "in", dir / "out");
  INFO(run.err);
  REQUIRE(run.code == 0);
  CHECK(fs::exists(dir / "out/kyma/otlp-gateway.yaml"));
  CHECK(!fs::exists(dir / "out/kyma/log-agent.yaml"));
  CHECK(!fs::exists(dir / "out/kyma/metric-agent.yaml"));
  CHECK(contains(run.err, "pipelines.yaml:20:5: note: LogPipeline 'legacy' uses the legacy Fluent Bit path"));
  CHECK(contains(run.err, "[emit/kyma-fluent-bit]"));
}
