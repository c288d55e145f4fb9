#pragma once
// Small look-ups shared by the rules over rule files.
#include <string_view>

#include "compiler/model/model.hpp"
#include "metricsql/ast.hpp"

namespace telc::compiler::lint {

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
