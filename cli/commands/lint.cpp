#include <chrono>

#include <fmt/chrono.h>

#include "cli/command.hpp"
#include "cli/output.hpp"
#include "driver/lint.hpp"

namespace telc::cli {
namespace {

struct LintArgs {
  std::vector<std::string> paths;
  std::string config;
  ReportOptions report;
  unsigned jobs = 0;
};

/// Today in UTC, for `until` dates in suppressions.
std::string today() {
  const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day ymd{days};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day()));
}

int run_lint(const LintArgs& args, Io& io) {
  diag::SourceManager sources;
  diag::Sink sink;
  auto read_stdin = [&io](std::size_t max_bytes) { return read_at_most(io.in, max_bytes); };
  driver::LintOptions options;
  options.inputs.paths = args.paths;
  options.inputs.jobs = args.jobs;
  if (!args.config.empty()) options.inputs.config_path = args.config;
  options.today = today();
  const auto result = driver::lint(options, read_stdin, sources, sink);
  const int code = report(sink, sources, args.report, io, &result.inputs);
  return result.io_failed ? kUsage : code;
}

}  // namespace

void add_lint_command(CLI::App& parent, RunState& state) {
  auto args = std::make_shared<LintArgs>();
  CLI::App* cmd = parent.add_subcommand("lint", "Validate, then check conventions with every enabled lint rule");
  cmd->add_option("paths", args->paths, "Files, directories (searched for *.yaml, *.yml) or - for stdin")->required();
  cmd->add_option("--config", args->config, "Project configuration (default: .telc.yaml found from the inputs)");
  cmd->add_option("-j,--jobs", args->jobs, "Parallel workers (default: one per core)");
  add_report_options(*cmd, args->report, true);
  set_examples(*cmd, R"(  telc lint policies/ rules/                         validate, then apply every enabled rule
  telc lint --fail-on warning policies/              exit 1 on warnings too
  telc lint --format github --fail-on warning p/     annotations in a GitHub Actions log
  telc rules explain alerting/runbook-url            what a rule checks, and how to fix it)");
  cmd->callback([args, &state] { state.exit_code = run_lint(*args, state.io); });
}

}  // namespace telc::cli
