#include "cli/output.hpp"

#include <cstdlib>
#include <fstream>
#include <ostream>

#include <fmt/format.h>

#include "diag/render.hpp"
#include "diag/render_xml.hpp"
#include "driver/codes.hpp"

namespace telc::cli {
namespace {

bool use_colour(const Io& io) {
  const char* no_colour = std::getenv("NO_COLOR");
  return io.err_is_terminal && (no_colour == nullptr || *no_colour == '\0');
}

std::string plural(std::size_t count, std::string_view word) {
  return fmt::format("{} {}{}", count, word, count == 1 ? "" : "s");
}

std::string summary(const diag::Sink& sink, const driver::InputSummary* inputs) {
  const std::size_t errors = sink.error_count();
  const std::size_t warnings = sink.count(diag::Severity::warning) - errors;
  std::string out = plural(errors, "error") + ", " + plural(warnings, "warning");
  if (inputs != nullptr) {
    out += " in " + plural(inputs->documents, "document");
    if (!inputs->skipped.empty()) out += fmt::format("; {} not telc's, skipped", inputs->skipped.size());
  }
  return out + "\n";
}

/// --verbose: what was passed over, as `file:line: skipped: what` (line 0: the whole file).
std::string skipped_list(const driver::InputSummary& inputs, const diag::SourceManager& sources) {
  std::string out;
  for (const driver::SkippedDocument& skipped : inputs.skipped) {
    out += diag::escape_controls(sources.file(skipped.file).path);  // names and kinds come from the inputs
    if (skipped.line != 0) out += fmt::format(":{}", skipped.line);
    out += ": skipped: " + diag::escape_controls(skipped.what) + "\n";
  }
  return out;
}

/// "lint", "collector check": the command as typed, for the JUnit suite and the job summary.
std::string command_name(const CLI::App& command) {
  const CLI::App* parent = command.get_parent();
  const bool nested = parent != nullptr && parent->get_parent() != nullptr;
  return nested ? parent->get_name() + " " + command.get_name() : command.get_name();
}

/// --format github: the annotations, and with $GITHUB_STEP_SUMMARY a Markdown summary of every
/// finding appended to that file (GitHub shows only the first annotations of each type).
void report_github(const std::vector<diag::Diagnostic>& all, const diag::SourceManager& sources,
                   const ReportOptions& options, Io& io) {
  io.out << diag::render_github(all, sources);
  const char* summary_path = std::getenv("GITHUB_STEP_SUMMARY");
  const bool has_summary = summary_path != nullptr && *summary_path != '\0';
  if (has_summary) {
    std::ofstream summary_file(summary_path, std::ios::app | std::ios::binary);
    summary_file << diag::render_github_summary(all, sources, "telc " + options.command);
    if (!summary_file.flush()) io.err << "telc: cannot append to $GITHUB_STEP_SUMMARY (" << summary_path << ")\n";
  }
  const std::size_t shown = diag::github_annotations_shown(all);
  if (shown < all.size())
    io.out << fmt::format("telc: {} findings; GitHub shows {} as annotations, the rest are {}\n", all.size(), shown,
                          has_summary ? "in this log and the job summary" : "in this log");
}

std::vector<diag::FileId> input_files(const driver::InputSummary* inputs, std::span<const diag::FileId> files) {
  if (inputs != nullptr) return inputs->files;
  return {files.begin(), files.end()};
}

}  // namespace

void add_report_options(CLI::App& command, ReportOptions& options, bool with_fail_on,
                        const std::vector<std::string>& extra_formats) {
  command.add_flag("-v,--verbose", options.verbose, "Also list the documents that are not telc's (skipped)");
  options.command = command_name(command);
  std::vector<std::string> formats{"text", "json", "sarif", "github", "junit", "checkstyle"};
  formats.insert(formats.end(), extra_formats.begin(), extra_formats.end());
  command.add_option("--format", options.format, "Diagnostics format")
      ->check(CLI::IsMember(formats))
      ->capture_default_str();
  if (with_fail_on)
    command.add_option("--fail-on", options.fail_on, "Lowest severity that fails the run")
        ->check(CLI::IsMember({"error", "warning", "note"}))
        ->capture_default_str();
}

int report(diag::Sink& sink, const diag::SourceManager& sources, const ReportOptions& options, Io& io,
           const driver::InputSummary* inputs, std::span<const diag::FileId> files,
           std::span<const diag::JunitTest> tests) {
  sink.sort();
  const auto& all = sink.all();
  if (options.format == "json") {
    io.out << diag::render_json(all, sources);
  } else if (options.format == "sarif") {
    io.out << diag::render_sarif(all, sources, driver::all_codes(), TELC_VERSION);
  } else if (options.format == "github") {
    report_github(all, sources, options, io);
  } else if (options.format == "junit" && !tests.empty()) {
    io.out << diag::render_junit_tests(all, sources, tests, "telc " + options.command, input_files(inputs, files));
  } else if (options.format == "junit") {
    io.out << diag::render_junit(all, sources, "telc " + options.command, input_files(inputs, files));
  } else if (options.format == "checkstyle") {
    io.out << diag::render_checkstyle(all, sources, input_files(inputs, files), TELC_VERSION);
  } else {
    if (options.verbose && inputs != nullptr) io.err << skipped_list(*inputs, sources);
    io.err << diag::render_text(all, sources, {use_colour(io)});
    if (!all.empty() || options.verbose) io.err << summary(sink, inputs);
  }
  const auto threshold = diag::parse_severity(options.fail_on).value_or(diag::Severity::error);
  return sink.count(threshold) > 0 ? kFindings : kClean;
}

}  // namespace telc::cli
