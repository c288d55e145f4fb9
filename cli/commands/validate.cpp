#include <sstream>

#include "cli/command.hpp"
#include "cli/output.hpp"
#include "driver/validate.hpp"

namespace telc::cli {
namespace {

struct ValidateArgs {
  std::vector<std::string> paths;
  std::string config;
  ReportOptions report;
  unsigned jobs = 0;
};

int run_validate(const ValidateArgs& args, Io& io) {
  diag::SourceManager sources;
  diag::Sink sink;
  auto read_stdin = [&io](std::size_t max_bytes) { return read_at_most(io.in, max_bytes); };
  driver::ValidateOptions options;
  options.paths = args.paths;
  options.jobs = args.jobs;
  options.query_trees = false;  // nothing after validation walks them
  if (!args.config.empty()) options.config_path = args.config;
  const auto result = driver::validate(options, read_stdin, sources, sink);
  const int code = report(sink, sources, args.report, io, &result.inputs);
  return result.io_failed ? kUsage : code;
}

}  // namespace

void add_validate_command(CLI::App& parent, RunState& state) {
  auto args = std::make_shared<ValidateArgs>();
  CLI::App* cmd = parent.add_subcommand("validate", "Check policy YAML against schemas and cross-references");
  cmd->add_option("paths", args->paths, "Files, directories (searched for *.yaml, *.yml) or - for stdin")->required();
  cmd->add_option("--config", args->config, "Project configuration (default: .telc.yaml found from the inputs)");
  cmd->add_option("-j,--jobs", args->jobs, "Parallel workers (default: one per core)");
  add_report_options(*cmd, args->report, false);
  set_examples(*cmd, R"(  telc validate examples/                       every policy under a directory
  telc validate --format json policy.yaml       diagnostics as JSON on standard output
  git show :policy.yaml | telc validate -       the staged version of one file
  telc validate --config ci/.telc.yaml team-a/  one project configuration for every input
  telc validate -v policies/                    also list the documents that are not telc's)");
  cmd->callback([args, &state] { state.exit_code = run_validate(*args, state.io); });
}

}  // namespace telc::cli
