#pragma once
// Small look-ups shared by the rules over rule files.
#include <string_view>
#include <vector>

#include "compiler/model/model.hpp"
#include "metricsql/ast.hpp"

namespace telc::compiler::lint {

/// The metric groups of the inputs' semantic-convention registries. They are OTel metrics whatever
/// the naming profile, so the OTel naming rules always apply to them.
[[nodiscard]] inline std::vector<const model::MetricDefinition*> registry_metrics(const model::Model& m) {
  std::vector<const model::MetricDefinition*> out;
  for (const model::Registry& r : m.registries)
    for (const model::SemconvGroup& g : r.groups)
      if (g.metric) out.push_back(&*g.metric);
  return out;
}

/// Every declared metric: MetricDefinitions, then registry metrics.
[[nodiscard]] inline std::vector<const model::MetricDefinition*> all_metrics(const model::Model& m) {
  std::vector<const model::MetricDefinition*> out;
  for (const model::MetricDefinition& d : m.definitions) out.push_back(&d);
  for (const model::MetricDefinition* d : registry_metrics(m)) out.push_back(d);
  return out;
}

/// A label of the rule, or of its group (group labels apply to every rule).
[[nodiscard]] inline const model::Str* label_of(const model::RuleGroup& g, const model::Rule& r, std::string_view key) {
  for (const auto& [k, v] : r.labels)
    if (k.value == key) return &v;
  for (const auto& [k, v] : g.labels)
    if (k.value == key) return &v;
  return nullptr;
}

[[nodiscard]] inline const model::Str* annotation_of(const model::Rule& r, std::string_view key) {
  for (const auto& [k, v] : r.annotations)
    if (k.value == key) return &v;
  return nullptr;
}

/// Where a node of the rule's expression is in the file.
[[nodiscard]] inline diag::SourceSpan span_of(const model::RuleQuery& q, const metricsql::Expr& e) {
  return q.text.where.span(e.begin, e.end);
}

}  // namespace telc::compiler::lint
