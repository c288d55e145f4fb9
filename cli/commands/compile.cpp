
#include "driver/compile.hpp"
#include "backends/backend.hpp"
#include "cli/command.hpp"
#include "cli/output.hpp"
#include "driver/write.hpp"

namespace telc::cli {
namespace {

struct CompileArgs {
  std::vector<std::string> paths;
  std::vector<std::string> targets;
  std::string output;
  std::string config;
  bool check = false;
  bool merge = false;
  unsigned jobs = 0;
  ReportOptions report;
};

/// --check: lists the files that differ from what would be generated; exit 1 if any do.
int check_outputs(const backends::OutputTree& files, const std::string& dir, Io& io) {
  const auto stale = driver::differing_files(files, dir);
  for (const std::string& path : stale) io.out << path << "\n";
  if (!stale.empty()) io.err << stale.size() << " generated file(s) differ from " << dir << "; run telc compile\n";
  return stale.empty() ? kClean : kFindings;
}

int run_compile(const CompileArgs& args, Io& io) {
  diag::SourceManager sources;
  diag::Sink sink;
  driver::CompileOptions options;
  options.inputs.paths = args.paths;
  options.inputs.jobs = args.jobs;
  if (!args.config.empty()) options.inputs.config_path = args.config;
  options.targets = args.targets;
  options.merge = args.merge;
  auto read_stdin = [&io](std::size_t max_bytes) { return read_at_most(io.in, max_bytes); };
  const auto result = driver::compile(options, read_stdin, sources, sink);
  const bool failed = sink.has_errors();
  if (!failed && !args.check && !driver::write_tree(result.files, args.output, sink)) {
    (void)report(sink, sources, args.report, io, &result.inputs);
    return kUsage;  // an output directory that cannot be written is an I/O error
  }
  const int code = report(sink, sources, args.report, io, &result.inputs);
  if (result.io_failed) return kUsage;
  if (failed) return code;
  return args.check ? check_outputs(result.files, args.output, io) : code;
}

std::vector<std::string> target_names() {
  std::vector<std::string> out;
  for (const auto& b : backends::all_backends()) out.emplace_back(b->info().name);
  return out;
}

}  // namespace

void add_compile_command(CLI::App& parent, RunState& state) {
  auto args = std::make_shared<CompileArgs>();
  CLI::App* cmd = parent.add_subcommand("compile", "Compile policies into configs for the real tools");
  cmd->add_option("paths", args->paths, "Files, directories or - for stdin")->required();
  cmd->add_option("-o,--output", args->output, "Directory the generated files go to")->required();
  cmd->add_option("--target", args->targets, "Backends to run (default: every one that applies)")
      ->delimiter(',')
      ->check(CLI::IsMember(target_names()));
  cmd->add_flag("--check", args->check, "Write nothing; list generated files that differ from DIR (exit 1 if any)");
  cmd->add_flag("--merge", args->merge, "One collector config for all policies");
  cmd->add_option("--config", args->config, "Project configuration (default: .telc.yaml found from the inputs)");
  cmd->add_option("-j,--jobs", args->jobs, "Parallel workers (default: one per core)");
  add_report_options(*cmd, args->report, false);
  cmd->callback([args, &state] { state.exit_code = run_compile(*args, state.io); });
}

}  // namespace telc::cli
