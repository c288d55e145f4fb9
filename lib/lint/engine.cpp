#include "lint/engine.hpp"

#include <fmt/format.h>

#include "diag/spelling.hpp"
#include "lint/registry.hpp"
#include "lint/suppressions.hpp"

namespace telc::lint {
namespace {

void check_codes(const std::vector<model::RuleSetting>& settings, diag::Sink& sink) {
  std::vector<std::string> codes;
  for (const auto& rule : all_rules()) codes.emplace_back(rule->info().code);
  for (const model::RuleSetting& setting : settings) {
    if (find_rule(setting.code.value) != nullptr) continue;
    const auto near = diag::closest(setting.code.value, codes);
    sink.report({diag::Severity::error,
                 "lint/unknown-rule",
                 fmt::format("no lint rule has the code '{}'", setting.code.value),
                 setting.code.span,
                 near ? fmt::format("did you mean '{}'?", *near) : "see 'telc rules list'",
                 {}});
  }
}

}  // namespace

void check_config_codes(const model::ProjectConfig& config, diag::Sink& sink) {
  check_codes(config.lint.rules, sink);
  for (const model::LintOverride& entry : config.lint.overrides) check_codes(entry.rules, sink);
}

std::vector<const Rule*> enabled_rules(const Severities& severities) {
  std::vector<const Rule*> out;
  for (const auto& rule : all_rules())
    if (severities.may_run(rule->info())) out.push_back(rule.get());
  return out;
}

void run_rule(const Rule& rule, const Context& context, const Severities& severities, diag::Sink& sink) {
  const RuleInfo& info = rule.info();
  Reporter reporter(
      info, [&](diag::FileId file) { return severities.at(info, file); }, sink);
  rule.check(context, reporter);
}

void apply_suppressions(const diag::Sink& findings, const diag::SourceManager& sources,
                        std::optional<diag::FileId> config, const std::string& today, diag::Sink& sink) {
  std::vector<Suppression> active;
  for (diag::FileId file = 0; file < sources.size(); ++file) {
    if (file == config) continue;
    auto found = scan_suppressions(sources, file, today, sink);
    active.insert(active.end(), found.begin(), found.end());
  }
  for (const diag::Diagnostic& finding : findings.all())
    if (!is_suppressed(finding, active)) sink.report(finding);
}

Profile profile(const model::ProjectConfig& config) {
  return config.lint.profile == "otel" ? Profile::otel : Profile::datum;
}

}  // namespace telc::lint
