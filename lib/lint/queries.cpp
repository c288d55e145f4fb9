#include "lint/queries.hpp"

#include <algorithm>
#include <vector>

#include "diag/spelling.hpp"
#include "lint/rule_helpers.hpp"

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

/// The name's own filter (the first of every or-group), else the whole selector.
diag::SourceSpan selector_name_span(const model::MetricsQuery& query, const metricsql::Selector& selector) {
  const bool named = !selector.or_groups.empty() && !selector.or_groups.front().empty() &&
                     selector.or_groups.front().front().label == "__name__";
  const auto& filter = named ? selector.or_groups.front().front() : metricsql::LabelFilter{};
  return named ? query.text.where.span(filter.begin, filter.end) : query.text.where.span(selector.begin, selector.end);
}

namespace {

/// The declared name `name` is a typo of: a few edits away (a dropped, doubled or swapped letter),
/// more for a long name. diag::closest alone reaches further, to names that merely share a prefix.
std::optional<std::string> near_miss(const std::string& name, std::span<const std::string> declared) {
  std::optional<std::string> closest = diag::closest(name, declared);
  if (closest && diag::edit_distance(name, *closest) > std::max<std::size_t>(2, name.size() / 20)) return std::nullopt;
  return closest;
}

}  // namespace

void for_each_undeclared_metric(const model::Model& model, const MetricIndex& metrics, const UndeclaredVisitor& visit) {
  const bool any = !metrics.names().empty();
  const auto check = [&](const std::string& name, diag::SourceSpan span) {
    if (metrics.find(name) || !metrics.under_declared_service(name)) return;
    visit(name, span, near_miss(name, metrics.names()));
  };
  for_each_query_node(model, any, [&](const model::RecordingOrAlertingRule& rule, const metricsql::Expr& node, auto) {
    if (node.kind != metricsql::ExprKind::metric) return;
    if (const auto name = metric_name(metricsql::as<metricsql::MetricExpr>(node)))
      check(*name, span_of(rule.expr, node));
  });
  for_each_export_selector(model, any, [&](const model::MetricsQuery& query, const metricsql::Selector& selector) {
    if (selector.metric_name) check(*selector.metric_name, selector_name_span(query, selector));
  });
}

namespace {

bool ident_char(char ch) { return std::isalnum(static_cast<unsigned char>(ch)) || ch == '_' || ch == ':' || ch == '.'; }

}  // namespace

/// Where `label` is written in the modifier (inclusive byte range): its first whole-word occurrence
/// from the aggregation on, outside the arguments (the modifier may follow them: `sum(x) by (a)`);
/// the whole node when it cannot be found.
std::pair<std::size_t, std::size_t> grouping_label_range(std::string_view text, const metricsql::AggrExpr& aggregate,
                                                         std::string_view label) {
  const auto inside_arg = [&](std::size_t at) {
    return std::any_of(aggregate.args.begin(), aggregate.args.end(),
                       [&](const metricsql::Expr* expr) { return expr && at >= expr->begin && at <= expr->end; });
  };
  for (std::size_t at = text.find(label, aggregate.begin); at != std::string_view::npos;
       at = text.find(label, at + 1)) {
    const std::size_t end = at + label.size();
    if ((at == 0 || !ident_char(text[at - 1])) && (end >= text.size() || !ident_char(text[end])) && !inside_arg(at))
      return {at, end - 1};
  }
  return {aggregate.begin, aggregate.end};
}

}  // namespace telc::lint
