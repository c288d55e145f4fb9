#pragma once
// A lint rule: one small file in rules/, listed once in registry.cpp. A rule sees the whole model
// and reports through a Reporter bound to its code and effective severity, so it cannot mislabel
// its findings and never decides whether it is enabled.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "diag/sink.hpp"
#include "diag/source_manager.hpp"
#include "lint/metric_index.hpp"
#include "lint/semconv.hpp"
#include "model/config.hpp"
#include "model/model.hpp"

namespace telc::lint {

struct RuleInfo {
  std::string_view code;  // group/name, stable
  std::string_view summary;
  diag::Severity default_severity;
};

enum class Profile { datum, otel };

/// What every rule may read.
struct Context {
  const model::Model& model;  // what lint judges: well-formed documents of the files named
  const model::ProjectConfig& config;
  const diag::SourceManager& sources;
  Profile profile;
  const MetricIndex& metrics;
  /// Every document read, the project's context files and those with schema errors included: what
  /// references (a registry's `ref`, `renamed_to`, entity associations) resolve against.
  const model::Model& declared;
  const semconv::Declared& semconv;  // attribute definitions and groups of `declared`, by id
};

/// The severity of a rule's findings in one file; nullopt when the rule is off there.
using SeverityFor = std::function<std::optional<diag::Severity>(diag::FileId)>;

class Reporter;

/// One finding under construction; reported when it goes out of scope.
class Finding {
 public:
  Finding(Reporter& to, diag::Diagnostic diagnostic) : to_(to), d_(std::move(diagnostic)) {}
  Finding(const Finding&) = delete;
  Finding& operator=(const Finding&) = delete;
  ~Finding();
  Finding& hint(std::string text);
  Finding& note(diag::SourceSpan span, std::string message);

 private:
  Reporter& to_;
  diag::Diagnostic d_;
};

class Reporter {
 public:
  Reporter(const RuleInfo& info, SeverityFor severity, diag::Sink& sink)
      : info_(info), severity_(std::move(severity)), sink_(sink) {}
  /// `message`: one line, lowercase start, no trailing period.
  [[nodiscard]] Finding report(diag::SourceSpan span, std::string message) {
    return Finding(*this, {info_.default_severity, std::string(info_.code), std::move(message), span, {}, {}});
  }

 private:
  friend class Finding;
  void emit(diag::Diagnostic diagnostic);
  const RuleInfo& info_;
  SeverityFor severity_;
  diag::Sink& sink_;
};

class Rule {
 public:
  virtual ~Rule() = default;
  [[nodiscard]] virtual const RuleInfo& info() const = 0;
  virtual void check(const Context& context, Reporter& out) const = 0;
};

using RuleFactory = std::unique_ptr<Rule> (*)();

}  // namespace telc::lint
