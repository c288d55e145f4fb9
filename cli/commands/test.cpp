#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/output.hpp"
#include "diag/render.hpp"
#include "driver/test.hpp"

namespace telc::cli {
namespace {

struct TestArgs {
  std::vector<std::string> paths;
  std::string config;
  ReportOptions report;
  unsigned jobs = 0;
};

std::vector<diag::JunitTest> junit_tests(const driver::TestResult& result) {
  std::vector<diag::JunitTest> out;
  for (const driver::SuiteResult& suite : result.suites)
    for (const policytest::CaseResult& test : suite.cases)
      out.push_back({suite.name, test.name, test.extent, test.passed});
  return out;
}

/// The text format's verdicts, on standard output: one line per test, then the counts.
std::string verdicts(const driver::TestResult& result) {
  std::string out;
  std::size_t passed = 0;
  std::size_t total = 0;
  std::size_t not_run = 0;
  for (const driver::SuiteResult& suite : result.suites) {
    if (suite.cases.empty()) {
      out += fmt::format("not run  {}: see the errors above\n", diag::escape_controls(suite.name));
      ++not_run;
    }
    for (const policytest::CaseResult& test : suite.cases) {
      ++total;
      passed += test.passed ? 1 : 0;
      out += fmt::format("{}  {}: {}\n", test.passed ? "pass" : "FAIL", diag::escape_controls(suite.name),
                         diag::escape_controls(test.name));
    }
  }
  out += fmt::format("{} of {} tests passed", passed, total);
  if (not_run != 0) out += fmt::format("; {} suite{} not run", not_run, not_run == 1 ? "" : "s");
  return out + "\n";
}

int run_test(const TestArgs& args, Io& io) {
  diag::SourceManager sources;
  diag::Sink sink;
  auto read_stdin = [&io](std::size_t max_bytes) { return read_at_most(io.in, max_bytes); };
  driver::TestOptions options;
  options.paths = args.paths;
  options.jobs = args.jobs;
  if (!args.config.empty()) options.config_path = args.config;
  const auto result = driver::test(options, read_stdin, sources, sink);
  const std::vector<diag::JunitTest> tests = junit_tests(result);
  const int code = report(sink, sources, args.report, io, &result.inputs, {}, tests);
  if (args.report.format == "text" && !result.suites.empty()) io.out << verdicts(result);
  return result.io_failed ? kUsage : code;
}

}  // namespace

void add_test_command(CLI::App& parent, RunState& state) {
  auto args = std::make_shared<TestArgs>();
  CLI::App* cmd = parent.add_subcommand(
      "test", "Run MetricPolicy unit tests: policies on given objects and samples, series compared");
  cmd->add_option("paths", args->paths, "PolicyTest files, or directories searched for them, or - for stdin")
      ->required();
  cmd->add_option("--config", args->config, "Project configuration (default: .telc.yaml found from the inputs)");
  cmd->add_option("-j,--jobs", args->jobs, "Parallel workers (default: one per core)");
  add_report_options(*cmd, args->report, true);
  set_examples(*cmd, R"(  telc test examples/metrics/httproute-policies.test.yaml   one test file
  telc test tests/policies/                                  every PolicyTest under a directory
  telc test --format junit policies/ > telc-tests.xml        one JUnit test case per test)");
  cmd->callback([args, &state] { state.exit_code = run_test(*args, state.io); });
}

}  // namespace telc::cli
