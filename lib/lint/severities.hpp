#pragma once
// The effective severity of a rule in a file: the rule's default, then `.telc.yaml` `lint.rules`,
// then every `lint.overrides` entry whose globs match the file, in order.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "diag/source_manager.hpp"
#include "lint/rule.hpp"
#include "model/config.hpp"

namespace telc::lint {

class Severities {
 public:
  Severities(const model::ProjectConfig& config, const diag::SourceManager& sources);

  /// nullopt: the rule is off in that file.
  [[nodiscard]] std::optional<diag::Severity> at(const RuleInfo& rule, diag::FileId file) const;
  /// False when no file can turn the rule on, so it need not run. Both are thread-safe.
  [[nodiscard]] bool may_run(const RuleInfo& rule) const;

 private:
  [[nodiscard]] const std::vector<std::size_t>& overrides_for(diag::FileId file) const;

  const model::ProjectConfig& config_;
  std::vector<std::vector<std::size_t>> matches_;  // by file id: the overrides that match it
};

/// Applies a setting ("error" … "off") to a severity.
[[nodiscard]] std::optional<diag::Severity> apply(const std::vector<model::RuleSetting>& settings,
                                                  std::string_view code, std::optional<diag::Severity> current);

}  // namespace telc::lint
