#include "driver/lint.hpp"

#include <algorithm>

#include "diag/parallel.hpp"
#include "lint/engine.hpp"
#include "lint/metric_index.hpp"

namespace telc::driver {

namespace {

/// Every enabled rule over one project, under its own configuration; returns how many ran.
std::size_t lint_project(const Project& project, const LintOptions& options, const diag::SourceManager& sources,
                         diag::Sink& sink) {
  const model::ProjectConfig& config = project.config;
  lint::check_config_codes(config, sink);
  // Declarations come from every document (a query naming a metric of a definition with a schema
  // error is not "unknown"); conventions are judged on what is well-formed only.
  const lint::MetricIndex metrics(project.model, config.prometheus_naming, config.platform_labels);
  const lint::semconv::Declared declared(project.model);
  const std::optional<model::Model> judged = model::judged_view(project.model, project.context);
  const lint::Context context{
      judged ? *judged : project.model, config, sources, lint::profile(config), metrics, project.model, declared};
  const lint::Severities severities(config, sources);
  const std::vector<const lint::Rule*> rules = lint::enabled_rules(severities);
  std::vector<diag::Sink> sinks(rules.size());
  diag::parallel_for(rules.size(), options.inputs.jobs,
                     [&](std::size_t index) { lint::run_rule(*rules[index], context, severities, sinks[index]); });
  diag::Sink findings;  // merged in registry order, so the output never depends on timing
  for (diag::Sink& rule_sink : sinks) findings.merge(std::move(rule_sink));
  if (!project.context.empty())  // findings only for the files named
    findings.retain([&](const diag::Diagnostic& finding) {
      return !std::binary_search(project.context.begin(), project.context.end(), finding.span.file);
    });
  lint::apply_suppressions(findings, sources, project.config_file, options.today, sink);
  return rules.size();
}

}  // namespace

LintResult lint(const LintOptions& options, const model::ReadStdin& read_stdin, diag::SourceManager& sources,
                diag::Sink& sink) {
  ValidateResult validated = validate(options.inputs, read_stdin, sources, sink);
  std::size_t rules_run = 0;
  for (const Project& project : validated.projects)
    rules_run = std::max(rules_run, lint_project(project, options, sources, sink));
  return {validated.io_failed, rules_run, std::move(validated.inputs)};
}

}  // namespace telc::driver
