#include <iterator>
#include <sstream>

#include "cli/command.hpp"
#include "cli/output.hpp"
#include "driver/validate.hpp"

namespace telc::cli {
namespace {

struct ValidateArgs {
  std::vector<std::string> paths;
  ReportOptions report;
  unsigned jobs = 0;
};

int run_validate(const ValidateArgs& args, Io& io) {
  diag::SourceManager sources;
  diag::Sink sink;
  auto read_stdin = [&io] { return std::string(std::istreambuf_iterator<char>(io.in), {}); };
  const auto result = driver::validate({args.paths, args.jobs}, read_stdin, sources, sink);
  const int code = report(sink, sources, args.report, io, &result.inputs);
  return result.io_failed ? kUsage : code;
}

}  // namespace

void add_validate_command(CLI::App& parent, RunState& state) {
  auto args = std::make_shared<ValidateArgs>();
  CLI::App* cmd = parent.add_subcommand("validate", "Check policy YAML against schemas and cross-references");
  cmd->add_option("paths", args->paths, "Files, directories (searched for *.yaml, *.yml) or - for stdin")->required();
  cmd->add_option("-j,--jobs", args->jobs, "Parallel workers (default: one per core)");
  add_report_options(*cmd, args->report, false);
  cmd->callback([args, &state] { state.exit_code = run_validate(*args, state.io); });
}

}  // namespace telc::cli
