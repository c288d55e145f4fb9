#include "driver/lint.hpp"

#include "diag/parallel.hpp"
#include "lint/engine.hpp"
#include "lint/metric_index.hpp"

namespace telc::driver {

LintResult lint(const LintOptions& options, const std::function<std::string()>& read_stdin,
                diag::SourceManager& sources, diag::Sink& sink) {
  const std::size_t files_before = sources.size();
  const model::ProjectConfig config = model::load_config(
      model::config_file(options.config_path, options.search_config, options.inputs.paths), sources, sink);
  std::optional<diag::FileId> config_id;  // the file of .telc.yaml, when one was read
  if (sources.size() > files_before) config_id = static_cast<diag::FileId>(files_before);
  lint::check_config_codes(config, sink);
  ValidateResult validated = validate(options.inputs, read_stdin, sources, sink);
  // Declarations come from every document (a query naming a metric of a definition with a schema
  // error is not "unknown"); conventions are judged on what is well-formed only.
  const lint::MetricIndex metrics(validated.model, config.prometheus_naming, config.platform_labels);
  const std::optional<model::Model> complete = model::complete_view(validated.model);
  const lint::Context context{complete ? *complete : validated.model, config, sources, lint::profile(config), metrics};
  const lint::Severities severities(config, sources);
  const std::vector<const lint::Rule*> rules = lint::enabled_rules(severities);
  std::vector<diag::Sink> sinks(rules.size());
  diag::parallel_for(rules.size(), options.inputs.jobs,
                     [&](std::size_t index) { lint::run_rule(*rules[index], context, severities, sinks[index]); });
  diag::Sink findings;  // merged in registry order, so the output never depends on timing
  for (diag::Sink& rule_sink : sinks) findings.merge(std::move(rule_sink));
  lint::apply_suppressions(findings, sources, config_id, options.today, sink);
  return {validated.io_failed, rules.size(), std::move(validated.inputs)};
}

}  // namespace telc::driver
