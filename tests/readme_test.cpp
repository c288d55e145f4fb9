// README.md's first screen is a real run, and the bundled examples are clean: they compile to every
// target they claim with no finding, and lint has nothing to say about them.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "golden.hpp"
#include "run_cli.hpp"

namespace fs = std::filesystem;

namespace {

using telc::test::run_telc;

const fs::path kRoot = fs::path(EXAMPLES_DIR).parent_path();

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// The first fenced block of README.md, without its fences.
std::string first_block(const std::string& readme) {
  const auto open = readme.find("```\n");
  REQUIRE(open != std::string::npos);
  const auto body = open + 4;
  const auto close = readme.find("```\n", body);
  REQUIRE(close != std::string::npos);
  return readme.substr(body, close - body);
}

std::vector<std::string> words(const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> w;
  for (std::string x; in >> x;) w.push_back(x);
  return w;
}

/// Runs from the repository root, as a reader of README.md does.
struct AtRoot {
  fs::path before = fs::current_path();
  AtRoot() { fs::current_path(kRoot); }
  ~AtRoot() { fs::current_path(before); }
  AtRoot(const AtRoot&) = delete;
  AtRoot& operator=(const AtRoot&) = delete;
};

/// Diagnostics text without the compile/not-compiled notes' header lines.
std::string without_not_compiled_notes(const std::string& text) {
  std::string out, line;
  std::istringstream in(text);
  while (std::getline(in, line))
    if (line.find("[compile/not-compiled]") == std::string::npos) out += line + "\n";
  return out;
}

fs::path scratch(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / "telc-readme-test" / name;
  fs::remove_all(dir);
  return dir;
}

}  // namespace

TEST_CASE("README: the first screen is the output of the command it shows") {
  const std::string block = first_block(read(kRoot / "README.md"));
  const auto eol = block.find('\n');
  const std::string command = block.substr(0, eol);
  REQUIRE(command.rfind("$ telc ", 0) == 0);
  std::vector<std::string> args = words(command.substr(7));
  const AtRoot at_root;
  auto r = run_telc(args);
  CHECK(r.code == 1);
  CHECK(r.out.empty());
  CHECK(r.err == block.substr(eol + 1));
}

TEST_CASE("examples: every PolicyTest passes") {
  auto r = run_telc({"test", EXAMPLES_DIR});
  INFO(r.err);
  CHECK(r.code == 0);
  CHECK(telc::test::only_design_only_warnings(r.err));  // the other examples are validated too
  CHECK(r.out.find("FAIL") == std::string::npos);
  CHECK(r.out.find(" tests passed\n") != std::string::npos);
}

TEST_CASE("examples: lint has no findings") {
  auto r = run_telc({"lint", EXAMPLES_DIR});
  INFO(r.err);
  CHECK(r.code == 0);
  CHECK(telc::test::only_design_only_warnings(r.err));  // validation's, not lint's
  CHECK(r.out.empty());
}

TEST_CASE("examples: every target examples/README.md claims compiles with no finding") {
  // Every target over the whole directory, except vector: its inputs are the export policies with a
  // remote-write sink, and the OTLP ones are collector-only (examples/README.md says which).
  const std::string metrics = std::string(EXAMPLES_DIR) + "/metrics/";
  const std::vector<std::pair<std::string, std::vector<std::string>>> runs = {
      {"collector", {EXAMPLES_DIR}},
      {"ksm", {metrics + "httproute-definitions.yaml", metrics + "httproute-generation-policy.yaml"}},
      {"prometheus-rules", {EXAMPLES_DIR}},
      {"resource-metrics-policy", {EXAMPLES_DIR}},
      {"docs", {EXAMPLES_DIR}},
      {"vector", {std::string(EXAMPLES_DIR) + "/export-policies/exportpolicy-sample.yaml"}},
      {"kyma", {std::string(EXAMPLES_DIR) + "/kyma"}},
  };
  for (const auto& [target, inputs] : runs) {
    const fs::path out = scratch(target);
    std::vector<std::string> args = {"compile", "--target", target, "-o", out.string()};
    args.insert(args.end(), inputs.begin(), inputs.end());
    auto r = run_telc(args);
    INFO(target << ":\n" << r.err);
    CHECK(r.code == 0);
    CHECK(r.err.find(": error:") == std::string::npos);
    CHECK((inputs.front() == EXAMPLES_DIR ? telc::test::only_design_only_warnings(r.err)
                                          : r.err.find(": warning:") == std::string::npos));
    // The only note: the other kinds of the folder, which this target does not compile.
    CHECK(without_not_compiled_notes(r.err).find(": note:") == std::string::npos);
    CHECK(r.err.find(" written,") != std::string::npos);
    CHECK(!fs::is_empty(out / target));
  }
}

TEST_CASE(
    "examples: compile without --target has no error, and notes only for OTLP sinks on Vector and the "
    "string comparison on KSM") {
  const fs::path out = scratch("all");
  auto r = run_telc({"compile", "-o", out.string(), EXAMPLES_DIR});
  INFO(r.err);
  CHECK(r.code == 0);
  CHECK(r.err.find(": error:") == std::string::npos);
  CHECK(telc::test::only_design_only_warnings(r.err));
  std::istringstream lines(r.err);
  int notes = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.find(": note:") == std::string::npos) continue;
    ++notes;
    if (line.find("no kube-state-metrics config for MetricPolicy 'httproute-condition-status-policy'") !=
        std::string::npos)
      continue;  // KSM reads paths; the condition's value compares a string
    CHECK(line.find("no Vector config for ") != std::string::npos);
    CHECK(line.find("is OTLP; the Vector target writes Prometheus remote write only") != std::string::npos);
  }
  CHECK(notes == 4);  // grafana-otlp, example-exporter, gateway-exporter; the condition policy on KSM
  for (const char* target : {"collector", "vector", "ksm", "prometheus-rules", "resource-metrics-policy", "docs"})
    CHECK(fs::is_directory(out / target));
}
