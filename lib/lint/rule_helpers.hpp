#pragma once
// Small look-ups shared by the rules over rule files.
#include <algorithm>
#include <string_view>
#include <vector>

#include "metricsql/ast.hpp"
#include "model/model.hpp"

namespace telc::lint {

/// The labels that name the resource a series is about; every resource metric has them.
inline constexpr std::string_view kIdentityLabels[] = {"resource_name", "resource_namespace", "resource_uid"};

/// The last word of a name: after the last '.', then after the last '_' (request.duration_ms → ms).
[[nodiscard]] inline std::string_view last_word(std::string_view name) {
  const std::size_t at = name.find_last_of("._");
  return at == std::string_view::npos ? name : name.substr(at + 1);
}

/// The metric groups of the inputs' semantic-convention registries. They are OTel metrics whatever
/// the naming profile, so the OTel naming rules always apply to them.
[[nodiscard]] inline std::vector<const model::MetricDefinition*> registry_metrics(const model::Model& model) {
  std::vector<const model::MetricDefinition*> out;
  for (const model::Registry& r : model.registries)
    for (const model::SemconvGroup& g : r.groups)
      if (g.metric) out.push_back(&*g.metric);
  return out;
}

/// Every declared metric: MetricDefinitions, then registry metrics.
[[nodiscard]] inline std::vector<const model::MetricDefinition*> all_metrics(const model::Model& model) {
  std::vector<const model::MetricDefinition*> out;
  for (const model::MetricDefinition& d : model.definitions) out.push_back(&d);
  for (const model::MetricDefinition* d : registry_metrics(model)) out.push_back(d);
  return out;
}

/// The metrics the OTel naming rules judge: every one in the otel profile, else registry metrics.
[[nodiscard]] inline std::vector<const model::MetricDefinition*> otel_named_metrics(const model::Model& model,
                                                                                    bool otel_profile) {
  return otel_profile ? all_metrics(model) : registry_metrics(model);
}

/// snake_case: a lowercase letter, then lowercase letters, digits and '_' (one name segment).
[[nodiscard]] inline bool is_snake_case(std::string_view text) {
  const auto ok = [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_'; };
  return !text.empty() && text[0] >= 'a' && text[0] <= 'z' && std::all_of(text.begin(), text.end(), ok);
}

/// A label of the rule, or of its group (group labels apply to every rule).
[[nodiscard]] inline const model::Str* label_of(const model::RuleGroup& group,
                                                const model::RecordingOrAlertingRule& rule, std::string_view key) {
  for (const auto& [k, v] : rule.labels)
    if (k.value == key) return &v;
  for (const auto& [k, v] : group.labels)
    if (k.value == key) return &v;
  return nullptr;
}

[[nodiscard]] inline const model::Str* annotation_of(const model::RecordingOrAlertingRule& rule, std::string_view key) {
  for (const auto& [k, v] : rule.annotations)
    if (k.value == key) return &v;
  return nullptr;
}

/// Where a node of the rule's expression is in the file.
[[nodiscard]] inline diag::SourceSpan span_of(const model::RuleQuery& query, const metricsql::Expr& expr) {
  return query.text.where.span(expr.begin, expr.end);
}

}  // namespace telc::lint
