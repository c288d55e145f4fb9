#pragma once
// Helpers for rules that read rule-file expressions: iteration over rules and a walk over the
// syntax tree that keeps the chain of enclosing nodes (a selector inside rate() inside sum()).
#include <functional>
#include <optional>
#include <span>
#include <string>

#include "lint/metric_index.hpp"
#include "metricsql/ast.hpp"
#include "metricsql/parse.hpp"
#include "model/model.hpp"

namespace telc::lint {

using RuleVisitor =
    std::function<void(const model::RuleFile&, const model::RuleGroup&, const model::RecordingOrAlertingRule&)>;
void for_each_rule(const model::Model& model, const RuleVisitor& visit);

/// `parents` runs from the root down to the node's parent.
using NodeVisitor = std::function<void(const metricsql::Expr& node, std::span<const metricsql::Expr* const> parents)>;
void walk(const metricsql::Expr& root, const NodeVisitor& visit);

/// Every node of every parsed rule expression, with its rule. Nothing is visited when no metric
/// is declared: the queries-vs-declared-metrics rules then have nothing to compare with.
using QueryNodeVisitor = std::function<void(const model::RecordingOrAlertingRule& rule, const metricsql::Expr& node,
                                            std::span<const metricsql::Expr* const> parents)>;
void for_each_query_node(const model::Model& model, bool any_declared, const QueryNodeVisitor& visit);

/// Every ExportPolicy source whose `metricsql` is a plain selector: the series it exports are the
/// platform's, so they are checked against the declared metrics like rule expressions. Nothing is
/// visited when no metric is declared.
using SelectorVisitor = std::function<void(const model::MetricsQuery& query, const metricsql::Selector& selector)>;
void for_each_export_selector(const model::Model& model, bool any_declared, const SelectorVisitor& visit);

/// Where an export selector names its metric: its `__name__` filter (the first of every or-group),
/// else the whole selector.
[[nodiscard]] diag::SourceSpan selector_name_span(const model::MetricsQuery& query,
                                                  const metricsql::Selector& selector);

/// Every metric name that a rule expression or an export selector reads, that falls under a
/// service which declares metrics, and that no definition or registry declares; with the span of
/// the name and the declared name it is a misspelling of, if it is a few edits from one.
using UndeclaredVisitor =
    std::function<void(const std::string& name, diag::SourceSpan span, const std::optional<std::string>& closest)>;
void for_each_undeclared_metric(const model::Model& model, const MetricIndex& metrics, const UndeclaredVisitor& visit);

/// The metric name a selector matches with `__name__="..."` in every or-group, if any.
[[nodiscard]] std::optional<std::string> metric_name(const metricsql::MetricExpr& metric);

/// The selector a function argument reads: `m` or `m[5m]`, else nullptr.
[[nodiscard]] const metricsql::MetricExpr* selector_of(const metricsql::Expr& expr);

/// The name of a function or aggregate node ("" for other nodes).
[[nodiscard]] std::string_view call_name(const metricsql::Expr& expr);

/// Where `label` is written in an aggregation's by / without modifier (inclusive byte range of
/// `text`): its first whole-word occurrence from the aggregation on, outside the arguments (the
/// modifier may follow them: `sum(x) by (a)`); the whole node when it cannot be found.
[[nodiscard]] std::pair<std::size_t, std::size_t> grouping_label_range(std::string_view text,
                                                                       const metricsql::AggrExpr& aggregate,
                                                                       std::string_view label);

}  // namespace telc::lint
