#include "driver/diff.hpp"

#include <fmt/format.h>

#include "diff/diff.hpp"
#include "driver/baseline.hpp"
#include "driver/diff_impact.hpp"

namespace telc::driver {
namespace {

diag::Severity severity_named(const std::string& name) {
  if (name == "error") return diag::Severity::error;
  return name == "warning" ? diag::Severity::warning : diag::Severity::note;
}

/// A change to a stable element breaks its users; to a beta one, maybe; to anything younger (or
/// deprecated, or of no declared stability), it is expected. `.telc.yaml` `diff.severity` may
/// raise the latter two.
diag::Severity severity(const std::string& stability, const model::ProjectConfig& config) {
  if (stability == "stable") return severity_named(config.diff_stable);
  if (stability == "beta" || stability == "release_candidate") return severity_named(config.diff_beta);
  return severity_named(config.diff_alpha);
}

diag::Diagnostic to_diagnostic(const diff::Change& change, const model::Model& current,
                               const model::ProjectConfig& config) {
  diag::Diagnostic out{severity(change.stability, config),
                       change.code,
                       change.message,
                       change.at.known() ? change.at : change.baseline_at,
                       change.hint.empty() ? std::nullopt : std::optional<std::string>(change.hint),
                       {}};
  if (change.at.known() && change.baseline_at.known()) out.notes.push_back({change.baseline_at, "in the baseline"});
  if (!change.new_prometheus_name.empty())
    out.notes.push_back({{}, fmt::format("queries now see '{}'", change.new_prometheus_name)});
  for (diag::Note& note : impact(change, current)) out.notes.push_back(std::move(note));
  return out;
}

/// The baseline's own problems are not this run's to report, but they can hide changes: one
/// warning says so, at the first of them.
void report_baseline_errors(const diag::Sink& found, diag::Sink& sink) {
  std::size_t errors = 0;
  const diag::Diagnostic* first = nullptr;
  for (const diag::Diagnostic& d : found.all())
    if (d.severity == diag::Severity::error && ++errors == 1) first = &d;
  if (first == nullptr) return;
  sink.report({diag::Severity::warning,
               "diff/baseline",
               fmt::format("the baseline has {} error{}: changes to what they affect are not seen", errors,
                           errors == 1 ? "" : "s"),
               first->span,
               "run telc validate on the baseline to see them",
               {}});
}

}  // namespace

DiffResult diff(const DiffOptions& options, const model::ReadStdin& read_stdin, diag::SourceManager& sources,
                diag::Sink& sink) {
  DiffResult out;
  const ValidateOptions validate_options{options.paths, options.jobs, options.config_path, options.search_config, true};
  ValidateResult current = validate(validate_options, read_stdin, sources, sink);
  out.io_failed = current.io_failed;
  out.inputs = std::move(current.inputs);
  model::Model merged;
  for (Project& project : current.projects) merged.merge(std::move(project.model));
  const model::ProjectConfig& config = current.projects.front().config;

  const Baseline baseline = load_baseline(options.baseline, options.paths, sources, sink);
  out.io_failed |= baseline.failed;
  out.baseline_files = baseline.files.size();
  if (baseline.failed) return out;
  Project base;
  base.config = config;
  diag::Sink base_found;
  InputSummary base_summary;
  check_files(validate_options, baseline.files, base, sources, base_found, base_summary);
  report_baseline_errors(base_found, sink);

  const std::vector<diff::Change> changes = diff::compare(base.model, merged, config.prometheus_naming);
  out.changes = changes.size();
  for (const diff::Change& change : changes) sink.report(to_diagnostic(change, merged, config));
  return out;
}

}  // namespace telc::driver
