// `telc diff --baseline REF PATH...`: breaking changes to registries and metric definitions since
// a baseline, with what each breaks. Besides the shared formats, `--format markdown` writes a
// release-note section on standard output.
#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/output.hpp"
#include "diag/render.hpp"
#include "driver/diff.hpp"

namespace telc::cli {
namespace {

struct DiffArgs {
  std::string baseline;
  std::vector<std::string> paths;
  std::string config;
  ReportOptions report;
  unsigned jobs = 0;
};

/// Text for Markdown: controls escaped, and the characters that would start markup or end a
/// code span taken literally.
std::string md(std::string_view text) {
  std::string out;
  for (char c : diag::escape_controls(text)) {
    if (c == '*' || c == '_' || c == '[' || c == ']' || c == '<' || c == '`' || c == '|') out += '\\';
    out += c;
  }
  return out;
}

std::string where(const diag::SourceSpan& span, const diag::SourceManager& sources) {
  if (!span.known()) return "";
  return fmt::format("`{}:{}:{}`", diag::escape_controls(sources.file(span.file).path), span.begin.line,
                     span.begin.column);
}

void section(std::string& out, std::string_view title, diag::Severity severity,
             const std::vector<diag::Diagnostic>& all, const diag::SourceManager& sources) {
  std::string items;
  std::size_t count = 0;
  for (const diag::Diagnostic& d : all) {
    if (d.severity != severity || !d.code.starts_with("diff/") || d.code == "diff/baseline") continue;
    ++count;
    items += fmt::format("- {} ({})\n", md(d.message), where(d.span, sources));
    for (const diag::Note& note : d.notes)
      if (note.message != "in the baseline")
        items +=
            fmt::format("  - {}{}\n", md(note.message), note.span.known() ? " at " + where(note.span, sources) : "");
  }
  if (count != 0) out += fmt::format("\n### {} ({})\n\n{}", title, count, items);
}

/// The release-note section: breaking changes first, then those to beta elements, then the rest.
std::string changelog(diag::Sink& sink, const diag::SourceManager& sources, const std::string& baseline) {
  sink.sort();
  const auto& all = sink.all();
  std::string name = diag::escape_controls(baseline);
  std::replace(name.begin(), name.end(), '`', '\'');
  std::string out = fmt::format("## Telemetry changes since `{}`\n", name);
  section(out, "Breaking changes", diag::Severity::error, all, sources);
  section(out, "Changes to beta elements", diag::Severity::warning, all, sources);
  section(out, "Other changes", diag::Severity::note, all, sources);
  const bool none = std::none_of(all.begin(), all.end(), [](const diag::Diagnostic& found) {
    return found.code.starts_with("diff/") && found.code != "diff/baseline";
  });
  if (none) out += "\nNo change to the registries or metric definitions.\n";
  return out;
}

int run_diff(const DiffArgs& args, Io& io) {
  diag::SourceManager sources;
  diag::Sink sink;
  auto read_stdin = [&io](std::size_t max_bytes) { return read_at_most(io.in, max_bytes); };
  driver::DiffOptions options;
  options.baseline = args.baseline;
  options.paths = args.paths;
  options.jobs = args.jobs;
  if (!args.config.empty()) options.config_path = args.config;
  const auto result = driver::diff(options, read_stdin, sources, sink);
  if (args.report.format == "markdown") {
    const auto threshold = diag::parse_severity(args.report.fail_on).value_or(diag::Severity::error);
    const bool failing = sink.count(threshold) > 0;
    io.out << changelog(sink, sources, args.baseline);
    // Problems that are not changes (the inputs' own errors, an unreadable baseline) still go to
    // standard error, so a broken run is not mistaken for a quiet one.
    sink.retain([](const diag::Diagnostic& found) {
      return !found.code.starts_with("diff/") || found.code == "diff/baseline";
    });
    ReportOptions text = args.report;
    text.format = "text";
    const int code = report(sink, sources, text, io, &result.inputs);
    return result.io_failed ? kUsage : std::max<int>(code, failing ? kFindings : kClean);
  }
  const int code = report(sink, sources, args.report, io, &result.inputs);
  return result.io_failed ? kUsage : code;
}

}  // namespace

void add_diff_command(CLI::App& parent, RunState& state) {
  auto args = std::make_shared<DiffArgs>();
  CLI::App* cmd = parent.add_subcommand(
      "diff", "Report breaking changes to registries and metric definitions since a baseline, and what they break");
  cmd->add_option("--baseline", args->baseline, "A git revision (origin/main, v1.2.0) or a directory of the old files")
      ->required();
  cmd->add_option("paths", args->paths, "Files or directories (searched for *.yaml, *.yml)")->required();
  cmd->add_option("--config", args->config, "Project configuration (default: .telc.yaml found from the inputs)");
  cmd->add_option("-j,--jobs", args->jobs, "Parallel workers (default: one per core)");
  add_report_options(*cmd, args->report, true, {"markdown"});
  set_examples(*cmd, R"(  telc diff --baseline origin/main policies/ rules/        what this branch breaks, and where
  telc diff --baseline v1.4.0 --format markdown model/      a release-note section since a tag
  telc diff --baseline old/model/ model/                   two directories
  telc diff --baseline HEAD --fail-on warning registry/    block on beta changes too)");
  cmd->callback([args, &state] { state.exit_code = run_diff(*args, state.io); });
}

}  // namespace telc::cli
