#include "cli/app.hpp"

#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

#include "cli/command.hpp"
#include "cli/help.hpp"

namespace telc::cli {
namespace {

// The one list of subcommands, in the order `--help` shows them.
constexpr CommandSetup kCommands[] = {
    &add_validate_command,  &add_lint_command,      &add_compile_command, &add_test_command,   &add_diff_command,
    &add_metricsql_command, &add_collector_command, &add_rules_command,   &add_schema_command, &add_completion_command,
};

constexpr std::string_view kDescription = "telc — validate, lint and compile telemetry policy";

constexpr std::string_view kTelcExamples =
    R"(  telc validate examples/                 check every policy under a directory
  telc validate --format json policy.yaml print diagnostics as JSON
  cat policy.yaml | telc validate -       read one file from standard input
  telc lint policies/ rules/               validate, then apply every lint rule
  telc rules explain alerting/runbook-url  what a lint rule checks and why
  telc compile -o out/ examples/          write collector and Vector configs
  telc compile --check -o out/ policies/  fail when out/ is not what policies/ compile to
  telc collector check otelcol.yaml       check a hand-written collector config
  telc metricsql fmt --jsonl q.jsonl      print canonical MetricsQL
  telc completion bash                    print the bash completion script
Each command's --help shows its own examples.)";

std::vector<std::string> reversed(std::span<const std::string_view> args) {
  std::vector<std::string> out(args.begin(), args.end());
  std::reverse(out.begin(), out.end());  // CLI11 consumes arguments from the back
  return out;
}

/// Output that did not reach standard output (a full disk) is an I/O error, exit 2: checked
/// once, after the command, since a stream keeps its failure.
int checked_output(Io& io, int code) {
  io.out.flush();
  if (io.out) return code;
  io.err << "telc: cannot write to standard output\n";
  return kUsage;
}

int run_command(std::span<const std::string_view> args, Io& io) {
  CLI::App app{std::string(kDescription), "telc"};
  RunState state{io};
  configure_app(app, state);
  if (const auto unknown = unknown_subcommand(app, args)) {
    io.err << *unknown;
    return kUsage;
  }
  std::vector<std::string> argv = reversed(args);
  try {
    app.parse(argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e, io.out, io.err);
    return code == 0 ? kClean : kUsage;
  }
  return state.exit_code;
}

}  // namespace

void configure_app(CLI::App& app, RunState& state) {
  app.set_version_flag("--version", std::string("telc ") + TELC_VERSION);
  set_examples(app, kTelcExamples);
  app.require_subcommand(1);
  for (CommandSetup setup : kCommands) setup(app, state);
}

int run(std::span<const std::string_view> args, Io& io) { return checked_output(io, run_command(args, io)); }

}  // namespace telc::cli
