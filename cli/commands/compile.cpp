// `telc compile`: writes what the inputs compile to, removes what an earlier compile wrote and no
// input generates any more, and says what it did; with --check, writes nothing and reports every
// difference as a `compile/drift` finding in the chosen format.
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "backends/backend.hpp"
#include "cli/command.hpp"
#include "cli/output.hpp"
#include "diag/render.hpp"
#include "driver/compile.hpp"
#include "driver/outputs.hpp"
#include "driver/write.hpp"

namespace telc::cli {
namespace {

struct CompileArgs {
  std::vector<std::string> paths;
  std::vector<std::string> targets;
  std::vector<std::string> resources;
  std::string output;
  std::string config;
  bool check = false;
  bool merge = false;
  unsigned jobs = 0;
  ReportOptions report;
};

std::string display(const std::string& dir, const std::string& path) {
  return diag::escape_controls((std::filesystem::path(dir) / path).generic_string());
}

/// `out/: 2 written, 5 unchanged, 1 removed` (with --check: what compile would do).
std::string summary_line(const driver::OutputPlan& plan, const CompileArgs& args) {
  using driver::FileStatus;
  const std::size_t written = plan.count(FileStatus::added) + plan.count(FileStatus::changed);
  return fmt::format("{}: {} {}, {} unchanged, {} {}\n", diag::escape_controls(args.output), written,
                     args.check ? "to write" : "written", plan.count(FileStatus::unchanged),
                     plan.count(FileStatus::removed), args.check ? "to remove" : "removed");
}

/// --verbose: every file with what compile did to it (or would do, with --check), by path.
std::string file_list(const driver::OutputPlan& plan, const CompileArgs& args) {
  std::string out;
  for (const driver::PlannedFile& file : plan.files)
    out += fmt::format("{}: {}\n", display(args.output, file.path), driver::to_string(file.status));
  return out;
}

/// The JSON report's `compile` member: the output directory, the counts and every file's status.
nlohmann::json json_summary(const driver::OutputPlan& plan, const CompileArgs& args) {
  using driver::FileStatus;
  nlohmann::json files = nlohmann::json::array();
  for (const driver::PlannedFile& file : plan.files)
    files.push_back({{"path", file.path}, {"status", driver::to_string(file.status)}});
  return {{"output", args.output},
          {"check", args.check},
          {"written", plan.count(FileStatus::added) + plan.count(FileStatus::changed)},
          {"unchanged", plan.count(FileStatus::unchanged)},
          {"removed", plan.count(FileStatus::removed)},
          {"files", std::move(files)}};
}

/// Renders the diagnostics in the chosen format, then what compile did: inside the JSON object
/// for json, on standard error for every other format (stdout stays machine-readable).
int report_compile(diag::Sink& sink, const diag::SourceManager& sources, const CompileArgs& args,
                   const driver::OutputPlan* plan, const driver::InputSummary& inputs, Io& io) {
  if (plan == nullptr) return report(sink, sources, args.report, io, &inputs);
  if (args.report.format != "json") {
    const int code = report(sink, sources, args.report, io, &inputs);
    if (args.report.verbose) io.err << file_list(*plan, args);
    io.err << summary_line(*plan, args);
    return code;
  }
  std::ostringstream rendered;
  Io buffered{io.in, rendered, io.err, io.err_is_terminal};
  const int code = report(sink, sources, args.report, buffered, &inputs);
  nlohmann::json document = nlohmann::json::parse(rendered.str());
  document["compile"] = json_summary(*plan, args);
  io.out << document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  return code;
}

driver::CompileOptions compile_options(const CompileArgs& args) {
  driver::CompileOptions options;
  options.inputs.paths = args.paths;
  options.inputs.jobs = args.jobs;
  if (!args.config.empty()) options.inputs.config_path = args.config;
  options.targets = args.targets;
  options.merge = args.merge;
  options.resources = args.resources;
  return options;
}

int run_compile(const CompileArgs& args, Io& io) {
  diag::SourceManager sources;
  diag::Sink sink;
  auto read_stdin = [&io](std::size_t max_bytes) { return read_at_most(io.in, max_bytes); };
  const auto result = driver::compile(compile_options(args), read_stdin, sources, sink);
  if (sink.has_errors() || result.io_failed) {
    const int code = report_compile(sink, sources, args, nullptr, result.inputs, io);
    return result.io_failed ? kUsage : code;
  }
  const driver::OutputPlan plan = driver::plan_outputs(result.files, args.output);
  driver::report_plan(plan, args.output, args.check, sources, sink);
  if (!args.check && !driver::write_tree(plan.to_write, args.output, sink, plan.removals())) {
    (void)report_compile(sink, sources, args, nullptr, result.inputs, io);
    return kUsage;  // an output directory that cannot be written is an I/O error
  }
  return report_compile(sink, sources, args, &plan, result.inputs, io);
}

std::vector<std::string> target_names() {
  std::vector<std::string> out;
  for (const auto& b : backends::all_backends()) out.emplace_back(b->info().name);
  return out;
}

constexpr std::string_view kCompileExamples =
    R"(  telc compile -o deploy/ policies/            write every target's files into deploy/
  telc compile --target collector -o out/ p/   only the OpenTelemetry Collector configs
  telc compile --merge -o out/ policies/       one collector config for all policies
  telc compile --resources routes.yaml -o out/ p/   DataPlane labels that need the objects, per object
  telc compile --check -o deploy/ policies/    in CI: exit 1 when deploy/ is not what policies/ compile to
  telc compile -v -o deploy/ policies/         also list every file: new, changed, unchanged, removed)";

}  // namespace

void add_compile_command(CLI::App& parent, RunState& state) {
  auto args = std::make_shared<CompileArgs>();
  CLI::App* cmd = parent.add_subcommand("compile", "Compile policies into configs for the real tools");
  cmd->add_option("paths", args->paths, "Files, directories or - for stdin")->required();
  cmd->add_option("-o,--output", args->output, "Directory the generated files go to")->required();
  cmd->add_option("--target", args->targets, "Backends to run (default: every one that applies)")
      ->delimiter(',')
      ->check(CLI::IsMember(target_names()));
  cmd->add_flag("--check", args->check,
                "Write nothing; report generated files that are missing, differ or are stale in DIR (exit 1 if any)");
  cmd->add_flag("--merge", args->merge, "One collector config for all policies");
  cmd->add_option("--resources", args->resources,
                  "Kubernetes objects (files or directories: kubectl get -o yaml dumps, Lists or plain documents) on "
                  "which DataPlane policies evaluate the labels that need the object");
  cmd->add_option("--config", args->config, "Project configuration (default: .telc.yaml found from the inputs)");
  cmd->add_option("-j,--jobs", args->jobs, "Parallel workers (default: one per core)");
  add_report_options(*cmd, args->report, false);
  cmd->get_option("--verbose")->description("Also list every file with what compile did, and skipped documents");
  set_examples(*cmd, kCompileExamples);
  cmd->callback([args, &state] { state.exit_code = run_compile(*args, state.io); });
}

}  // namespace telc::cli
