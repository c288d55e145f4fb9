#include "compiler/lint/lint.hpp"

#include <atomic>
#include <thread>

#include <fmt/format.h>

#include "compiler/lint/metric_index.hpp"
#include "compiler/lint/registry.hpp"
#include "compiler/lint/severities.hpp"
#include "compiler/lint/suppressions.hpp"
#include "diag/spelling.hpp"

namespace telc::compiler::lint {
namespace {

void check_codes(const std::vector<RuleSetting>& settings, diag::Sink& sink) {
  std::vector<std::string> codes;
  for (const auto& r : all_rules()) codes.emplace_back(r->info().code);
  for (const RuleSetting& s : settings) {
    if (find_rule(s.code.value) != nullptr) continue;
    const auto near = diag::closest(s.code.value, codes);
    sink.report({diag::Severity::error,
                 "lint/unknown-rule",
                 fmt::format("no lint rule has the code '{}'", s.code.value),
                 s.code.span,
                 near ? fmt::format("did you mean '{}'?", *near) : "see 'telc rules list'",
                 {}});
  }
}

void check_config_codes(const ProjectConfig& config, diag::Sink& sink) {
  check_codes(config.lint.rules, sink);
  for (const LintOverride& o : config.lint.overrides) check_codes(o.rules, sink);
}

/// Rules only read the model, so they run in parallel, each into its own sink; the sinks are
/// merged in registry order, so the output never depends on timing.
std::size_t run_rules(const Context& context, const Severities& severities, unsigned jobs, diag::Sink& out) {
  std::vector<const Rule*> enabled;
  for (const auto& rule : all_rules())
    if (severities.may_run(rule->info())) enabled.push_back(rule.get());
  std::vector<diag::Sink> sinks(enabled.size());
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < enabled.size(); i = next++) {
      const RuleInfo& info = enabled[i]->info();
      Reporter reporter(
          info, [&](diag::FileId f) { return severities.at(info, f); }, sinks[i]);
      enabled[i]->check(context, reporter);
    }
  };
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < std::min<std::size_t>(jobs, enabled.size()); ++t) threads.emplace_back(worker);
  worker();
  for (auto& t : threads) t.join();
  for (diag::Sink& s : sinks) out.merge(std::move(s));
  return enabled.size();
}

/// Drops suppressed findings; reports suppression problems.
void apply_suppressions(diag::Sink&& findings, const diag::SourceManager& sources, std::optional<diag::FileId> config,
                        const std::string& today, diag::Sink& sink) {
  std::vector<Suppression> active;
  for (diag::FileId f = 0; f < sources.size(); ++f) {
    if (f == config) continue;
    auto found = scan_suppressions(sources, f, today, sink);
    active.insert(active.end(), found.begin(), found.end());
  }
  for (const diag::Diagnostic& d : findings.all())
    if (!is_suppressed(d, active)) sink.report(d);
}

Profile profile(const ProjectConfig& config) { return config.lint.profile == "otel" ? Profile::otel : Profile::datum; }

}  // namespace

LintResult lint(const LintOptions& options, const std::function<std::string()>& read_stdin,
                diag::SourceManager& sources, diag::Sink& sink) {
  const std::size_t files_before = sources.size();
  const ProjectConfig config =
      load_config(config_file(options.config_path, options.search_config, options.inputs.paths), sources, sink);
  std::optional<diag::FileId> config_id;  // the file of .telc.yaml, when one was read
  if (sources.size() > files_before) config_id = static_cast<diag::FileId>(files_before);
  check_config_codes(config, sink);
  const ValidateResult validated = validate(options.inputs, read_stdin, sources, sink);
  const MetricIndex metrics(validated.model, config.prometheus_naming, config.platform_labels);
  const Context context{validated.model, config, sources, profile(config), metrics};
  diag::Sink findings;
  const std::size_t ran = run_rules(context, Severities(config, sources), options.inputs.jobs, findings);
  apply_suppressions(std::move(findings), sources, config_id, options.today, sink);
  return {validated.io_failed, ran};
}

}  // namespace telc::compiler::lint
