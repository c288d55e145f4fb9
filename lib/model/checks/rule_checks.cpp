// What Prometheus refuses when it loads a rule file, beyond what the schema says: these stop the
// whole file from loading, so they are errors, not lint findings.
#include <fmt/format.h>

#include <algorithm>
#include <string_view>

#include "model/checks/checks.hpp"

namespace telc::model::checks {
namespace {

void report(diag::Sink& sink, diag::SourceSpan span, std::string code, std::string message, std::string hint) {
  sink.report({diag::Severity::error, std::move(code), std::move(message), span, std::move(hint), {}});
}

/// A metric name in Prometheus's classic form: [a-zA-Z_:][a-zA-Z0-9_:]*.
bool is_metric_name(std::string_view name) {
  const auto first = [](char ch) {
    return std::isalpha(static_cast<unsigned char>(ch)) != 0 || ch == '_' || ch == ':';
  };
  const auto rest = [&](char ch) { return first(ch) || std::isdigit(static_cast<unsigned char>(ch)) != 0; };
  return !name.empty() && first(name.front()) && std::all_of(name.begin() + 1, name.end(), rest);
}

/// A Prometheus duration that is zero ("0", "0s", "0m0s"): Prometheus accepts it on a recording
/// rule, as it is the field's default.
bool is_zero_duration(std::string_view text) {
  return text.find_first_not_of("0ywdhms") == std::string_view::npos &&
         text.find_first_of("123456789") == std::string_view::npos;
}

void check_recording_rule(const RecordingOrAlertingRule& rule, diag::Sink& sink) {
  const Str& record = *rule.record;
  if (!is_metric_name(record.value))
    report(sink, record.span, "rule/invalid-record-name",
           fmt::format("'{}' is not a valid metric name, so it cannot name a recording rule", record.value),
           record.value.find('{') != std::string::npos
               ? "braces belong in 'expr', not in the name"
               : "use letters, digits, '_' and ':', e.g. 'job:http_requests:rate5m'");
  const auto only_alerting = [&](const std::optional<Str>& field, std::string_view name) {
    if (field && !is_zero_duration(field->value))
      report(sink, field->span, "rule/recording-rule-field", fmt::format("a recording rule has no '{}'", name),
             fmt::format("remove '{}', or make the rule an alert", name));
  };
  only_alerting(rule.for_duration, "for");
  only_alerting(rule.keep_firing_for, "keep_firing_for");
  if (!rule.annotations.empty())
    report(sink, rule.annotations.front().first.span, "rule/recording-rule-field",
           "a recording rule has no 'annotations'", "remove them, or make the rule an alert");
}

void check_labels(const std::vector<std::pair<Str, Str>>& labels, diag::Sink& sink) {
  for (const auto& [name, value] : labels)
    if (name.value == "__name__")
      report(sink, name.span, "rule/reserved-label", "a rule cannot set the label '__name__'",
             "name a recorded series with 'record'; an alert's name is 'alert'");
}

}  // namespace

void check_rule_file(const RuleFile& file, diag::Sink& sink) {
  for (const RuleGroup& group : file.groups) {
    check_labels(group.labels, sink);
    for (const RecordingOrAlertingRule& rule : group.rules) {
      if (rule.record) check_recording_rule(rule, sink);
      check_labels(rule.labels, sink);
    }
  }
}

}  // namespace telc::model::checks
