#include "lint/severities.hpp"

#include <algorithm>

#include <filesystem>

namespace telc::lint {
namespace {

namespace fs = std::filesystem;

/// The file's path relative to the config file's directory, as override globs are written.
std::string relative_to_config(const std::string& file, const model::ProjectConfig& config) {
  if (!config.path) return file;
  std::error_code ec;
  const fs::path base = fs::absolute(fs::path(*config.path).parent_path(), ec);
  return fs::absolute(file, ec).lexically_normal().lexically_relative(base.lexically_normal()).generic_string();
}

bool matches(const std::vector<std::string>& globs, const std::string& path) {
  return std::any_of(globs.begin(), globs.end(),
                     [&](const std::string& glob) { return model::glob_match(glob, path); });
}

}  // namespace

std::optional<diag::Severity> apply(const std::vector<model::RuleSetting>& settings, std::string_view code,
                                    std::optional<diag::Severity> current) {
  for (const model::RuleSetting& s : settings)
    if (s.code.value == code) current = s.severity == "off" ? std::nullopt : diag::parse_severity(s.severity);
  return current;
}

// Matched up front for every file, so rules running in parallel only read.
Severities::Severities(const model::ProjectConfig& config, const diag::SourceManager& sources)
    : config_(config), matches_(sources.size()) {
  if (config.lint.overrides.empty()) return;
  for (diag::FileId f = 0; f < sources.size(); ++f) {
    const std::string path = relative_to_config(sources.file(f).path, config);
    for (std::size_t i = 0; i < config.lint.overrides.size(); ++i)
      if (matches(config.lint.overrides[i].paths, path)) matches_[f].push_back(i);
  }
}

const std::vector<std::size_t>& Severities::overrides_for(diag::FileId file) const {
  static const std::vector<std::size_t> kNone;
  return file < matches_.size() ? matches_[file] : kNone;
}

std::optional<diag::Severity> Severities::at(const RuleInfo& rule, diag::FileId file) const {
  auto severity = apply(config_.lint.rules, rule.code, rule.default_severity);
  for (std::size_t i : overrides_for(file)) severity = apply(config_.lint.overrides[i].rules, rule.code, severity);
  return severity;
}

bool Severities::may_run(const RuleInfo& rule) const {
  if (apply(config_.lint.rules, rule.code, rule.default_severity)) return true;
  for (const model::LintOverride& o : config_.lint.overrides)
    if (apply(o.rules, rule.code, std::nullopt)) return true;
  return false;
}

}  // namespace telc::lint
