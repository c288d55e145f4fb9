#include "lint/queries.hpp"

#include <vector>

namespace telc::lint {
namespace {

using metricsql::Expr;
using metricsql::ExprKind;

/// Calls `f` on each direct child; no allocation, since this runs for every node of every query.
template <typename F> void for_each_child(const Expr& expr, F&& field) {
  switch (expr.kind) {
    case ExprKind::function:
      for (const Expr* a : metricsql::as<metricsql::FuncExpr>(expr).args) field(a);
      break;
    case ExprKind::aggregate:
      for (const Expr* a : metricsql::as<metricsql::AggrExpr>(expr).args) field(a);
      break;
    case ExprKind::binary:
      field(metricsql::as<metricsql::BinaryExpr>(expr).left);
      field(metricsql::as<metricsql::BinaryExpr>(expr).right);
      break;
    case ExprKind::rollup:
      field(metricsql::as<metricsql::RollupExpr>(expr).expr);
      field(metricsql::as<metricsql::RollupExpr>(expr).at);
      break;
    default: break;
  }
}

void walk_from(const Expr& expr, std::vector<const Expr*>& parents, const NodeVisitor& visit) {
  visit(expr, parents);
  parents.push_back(&expr);
  for_each_child(expr, [&](const Expr* child) {
    if (child != nullptr) walk_from(*child, parents, visit);
  });
  parents.pop_back();
}

}  // namespace

void for_each_rule(const model::Model& model, const RuleVisitor& visit) {
  for (const model::RuleFile& file : model.rule_files)
    for (const model::RuleGroup& group : file.groups)
      for (const model::RecordingOrAlertingRule& rule : group.rules) visit(file, group, rule);
}

void walk(const Expr& root, const NodeVisitor& visit) {
  std::vector<const Expr*> parents;
  walk_from(root, parents, visit);
}

std::optional<std::string> metric_name(const metricsql::MetricExpr& metric) {
  std::optional<std::string> name;
  for (const auto& group : metric.groups) {
    if (group.empty() || group.front().label != "__name__" || group.front().regexp || group.front().negative)
      return std::nullopt;
    const std::string value(group.front().value);
    if (name && *name != value) return std::nullopt;
    name = value;
  }
  return name;
}

const metricsql::MetricExpr* selector_of(const Expr& expr) {
  if (expr.kind == ExprKind::metric) return &metricsql::as<metricsql::MetricExpr>(expr);
  if (expr.kind != ExprKind::rollup) return nullptr;
  const Expr* inner = metricsql::as<metricsql::RollupExpr>(expr).expr;
  return inner != nullptr && inner->kind == ExprKind::metric ? &metricsql::as<metricsql::MetricExpr>(*inner) : nullptr;
}

std::string_view call_name(const Expr& expr) {
  if (expr.kind == ExprKind::function) return metricsql::as<metricsql::FuncExpr>(expr).name;
  if (expr.kind == ExprKind::aggregate) return metricsql::as<metricsql::AggrExpr>(expr).name;
  return {};
}

void for_each_query_node(const model::Model& model, bool any_declared, const QueryNodeVisitor& visit) {
  if (!any_declared) return;
  for_each_rule(
      model, [&](const model::RuleFile&, const model::RuleGroup&, const model::RecordingOrAlertingRule& rule) {
        if (rule.expr.root() == nullptr) return;
        walk(*rule.expr.root(), [&](const metricsql::Expr& node, std::span<const metricsql::Expr* const> parents) {
          visit(rule, node, parents);
        });
      });
}

void for_each_export_selector(const model::Model& model, bool any_declared, const SelectorVisitor& visit) {
  if (!any_declared) return;
  for (const model::ExportPolicy& p : model.export_policies)
    for (const model::ExportSource& s : p.sources)
      if (s.metricsql && s.metricsql->selector) visit(*s.metricsql, *s.metricsql->selector);
}

}  // namespace telc::lint
