#pragma once
// The lint engine's steps; driver::lint runs them in order (and the rules in parallel).
#include <optional>
#include <string>
#include <vector>

#include "diag/sink.hpp"
#include "diag/source_manager.hpp"
#include "lint/rule.hpp"
#include "lint/severities.hpp"
#include "model/config.hpp"

namespace telc::lint {

/// Reports every rule code in `.telc.yaml` that no rule has, with "did you mean".
void check_config_codes(const model::ProjectConfig& config, diag::Sink& sink);

/// The rules some file can turn on, in code order; the others need not run.
[[nodiscard]] std::vector<const Rule*> enabled_rules(const Severities& severities);

/// One rule over the whole model. Rules only read the model, so several may run at once, each
/// into its own sink.
void run_rule(const Rule& rule, const Context& context, const Severities& severities, diag::Sink& sink);

/// `findings` into `sink`, less what an inline suppression silences; suppression problems are
/// reported too. `config` is the file of `.telc.yaml` (its comments suppress nothing); `today` is
/// YYYY-MM-DD, for `until` dates.
void apply_suppressions(const diag::Sink& findings, const diag::SourceManager& sources,
                        std::optional<diag::FileId> config, const std::string& today, diag::Sink& sink);

[[nodiscard]] Profile profile(const model::ProjectConfig& config);

}  // namespace telc::lint
