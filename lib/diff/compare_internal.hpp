#pragma once
// What the comparisons of lib/diff share: the Change builder, the names queries see of a metric,
// and the resolved view of a registry (attributes by key; signals and public attribute groups by
// the name Weaver's backwards-compatibility policy compares them by).
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diff/diff.hpp"
#include "model/model.hpp"
#include "model/naming.hpp"
#include "model/semconv_index.hpp"

namespace telc::diff::detail {

/// An optional value as a message shows it: its text, or "(none)".
[[nodiscard]] inline std::string shown(const std::optional<model::Str>& value) {
  return value ? value->value : std::string("(none)");
}

/// The span of an optional field, else of the element.
[[nodiscard]] inline diag::SourceSpan span_or(const std::optional<model::Str>& field, const diag::SourceSpan& element) {
  return field && field->span.known() ? field->span : element;
}

/// The element words a message starts with ("attribute group", "enum member", …).
[[nodiscard]] inline std::string_view element_words(std::string_view element) {
  if (element == "attribute_group") return "attribute group";
  if (element == "member") return "enum member";
  if (element == "policy") return "MetricPolicy";
  return element;
}

/// Builds the changes of one comparison.
class Changes {
 public:
  explicit Changes(model::PrometheusNaming mode) : mode_(mode) {}

  /// Adds a change; the message is "<element> '<name>' <what>".
  Change& add(std::string code, std::string element, std::string name, const std::optional<model::Str>& stability,
              std::string_view what, std::string hint, diag::SourceSpan at, diag::SourceSpan baseline_at) {
    Change change;
    change.message = std::string(element_words(element)) + " '" + name + "' " + std::string(what);
    change.code = std::move(code);
    change.element = std::move(element);
    change.name = std::move(name);
    change.stability = stability ? stability->value : std::string();
    change.hint = std::move(hint);
    change.at = at;
    change.baseline_at = baseline_at;
    out_.push_back(std::move(change));
    return out_.back();
  }

  /// Fills what queries see of a change to the metric `base` (now `current`, when it is still
  /// there): its names, and the new Prometheus name when the current shape changes it.
  void metric_names(Change& change, const model::MetricDefinition& base,
                    const model::MetricDefinition* current = nullptr) const {
    change.metrics.push_back(base.name.value);
    const std::string prometheus = prometheus_name(base);
    if (prometheus != base.name.value) change.metrics.push_back(prometheus);
    if (current == nullptr) return;
    const std::string now = prometheus_name(*current);
    if (now != prometheus || current->name.value != base.name.value) change.new_prometheus_name = now;
  }

  [[nodiscard]] std::string prometheus_name(const model::MetricDefinition& metric) const {
    return model::prometheus_name(metric.name.value, metric.instrument_kind, metric.unit.value, mode_);
  }

  [[nodiscard]] std::vector<Change> take() { return std::move(out_); }

 private:
  model::PrometheusNaming mode_;
  std::vector<Change> out_;
};

/// One attribute a signal or group uses, resolved: its key, the entry (definition or ref) and the
/// definition it stands for.
struct UsedKey {
  const model::SemconvAttribute* entry = nullptr;
  diag::SourceSpan where;  // the entry's key, or the extends / ref_group that brings it in
};

/// A signal (metric, event, span, entity) or public attribute group, by the name Weaver compares.
struct Signal {
  const model::SemconvGroup* group = nullptr;
  std::string element;  // metric | event | span | entity | attribute_group
  std::string name;
  diag::SourceSpan span;  // the name, else the group's id or key
  std::map<std::string, UsedKey, std::less<>> attributes;
};

/// A registry as the comparison reads it.
struct RegistryView {
  model::semconv::AttributeIndex attributes;
  std::map<std::pair<std::string, std::string>, Signal, std::less<>> signals;  // (element, name)
  /// Registry metrics by name, for the attribute changes queries see.
  std::map<std::string, const model::MetricDefinition*, std::less<>> metrics;
};

[[nodiscard]] RegistryView registry_view(const model::Model& model);

/// True when `deprecated` says the element was renamed (`renamed_to` is set).
[[nodiscard]] inline bool renamed(const std::optional<model::SemconvDeprecation>& deprecated) {
  return deprecated && deprecated->renamed_to && !deprecated->renamed_to->value.empty();
}

void compare_attributes(const RegistryView& base, const RegistryView& current, Changes& out);
void compare_signals(const RegistryView& base, const RegistryView& current, Changes& out);
void compare_definitions(const model::Model& base, const model::Model& current, Changes& out);
void compare_policies(const model::Model& base, const model::Model& current, Changes& out);

}  // namespace telc::diff::detail
