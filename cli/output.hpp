#pragma once
// Shared by the commands that report diagnostics: --format and the exit-code rule.
#include <span>
#include <string>

#include <CLI/CLI.hpp>

#include "cli/io.hpp"
#include "diag/render_xml.hpp"
#include "diag/sink.hpp"
#include "diag/source_manager.hpp"
#include "driver/validate.hpp"

namespace telc::cli {

struct ReportOptions {
  std::string format = "text";
  std::string fail_on = "error";
  bool verbose = false;  // list the documents that are not telc's
  std::string command;   // "lint", "collector check": names the JUnit suite and the job summary
};

/// `extra_formats`: formats the command renders itself besides the shared ones (diff: markdown).
void add_report_options(CLI::App& command, ReportOptions& options, bool with_fail_on,
                        const std::vector<std::string>& extra_formats = {});

/// Sorts, renders and prints `sink`; returns 1 when a finding reaches the fail-on severity. With
/// `inputs`, the text summary counts the documents checked and skipped (listed with --verbose).
/// The files checked (JUnit test cases, Checkstyle files) are `inputs->files`, else `files`.
/// With `tests` (telc test), JUnit has one test case per test instead of one per file.
[[nodiscard]] int report(diag::Sink& sink, const diag::SourceManager& sources, const ReportOptions& options, Io& io,
                         const driver::InputSummary* inputs = nullptr, std::span<const diag::FileId> files = {},
                         std::span<const diag::JunitTest> tests = {});

}  // namespace telc::cli
