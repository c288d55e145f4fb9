#include "driver/diff_impact.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "lint/queries.hpp"

namespace telc::driver {
namespace {

/// Does `name` read one of the changed metrics: by its name, or by one of the series a histogram
/// or summary is stored as?
bool affected(const diff::Change& change, const std::optional<std::string>& name) {
  if (!name) return false;
  return std::any_of(change.metrics.begin(), change.metrics.end(), [&](const std::string& metric) {
    if (!name->starts_with(metric)) return false;
    const std::string_view rest = std::string_view(*name).substr(metric.size());
    return rest.empty() || rest == "_bucket" || rest == "_sum" || rest == "_count";
  });
}

/// Is a metric this change affects read below `node`?
bool reads_affected(const diff::Change& change, const metricsql::Expr& node) {
  bool found = false;
  lint::walk(node, [&](const metricsql::Expr& expr, auto) {
    if (expr.kind == metricsql::ExprKind::metric)
      found = found || affected(change, lint::metric_name(metricsql::as<metricsql::MetricExpr>(expr)));
  });
  return found;
}

void rule_impact(const diff::Change& change, const model::Model& current, std::vector<diag::Note>& out) {
  lint::for_each_query_node(
      current, true, [&](const model::RecordingOrAlertingRule& rule, const metricsql::Expr& node, auto) {
        const diag::EmbeddedText& where = rule.expr.text.where;
        const std::string who = rule.name().value;
        if (node.kind == metricsql::ExprKind::metric) {
          const auto& metric = metricsql::as<metricsql::MetricExpr>(node);
          const auto name = lint::metric_name(metric);
          if (!affected(change, name)) return;
          if (change.label.empty())
            return out.push_back(
                {where.span(node.begin, node.end), fmt::format("rule '{}' still reads '{}'", who, *name)});
          for (const auto& group : metric.groups)
            for (const metricsql::LabelMatcher& matcher : group)
              if (std::string_view(matcher.label) == change.label)
                out.push_back({where.span(matcher.begin, matcher.end),
                               fmt::format("rule '{}' matches on '{}' of '{}'", who, change.label, *name)});
          return;
        }
        if (change.label.empty() || node.kind != metricsql::ExprKind::aggregate) return;
        const auto& aggregate = metricsql::as<metricsql::AggrExpr>(node);
        const auto& labels = aggregate.modifier.args;
        const bool groups_by = std::any_of(labels.begin(), labels.end(),
                                           [&](const auto& label) { return std::string_view(label) == change.label; });
        if (!groups_by || !reads_affected(change, node)) return;
        const auto [begin, end] = lint::grouping_label_range(rule.expr.text.text.value, aggregate, change.label);
        out.push_back({where.span(begin, end), fmt::format("rule '{}' aggregates {} '{}'", who,
                                                           std::string_view(aggregate.modifier.op), change.label)});
      });
}

void selector_impact(const diff::Change& change, const model::Model& current, std::vector<diag::Note>& out) {
  lint::for_each_export_selector(
      current, true, [&](const model::MetricsQuery& query, const metricsql::Selector& selector) {
        if (!affected(change, selector.metric_name)) return;
        if (change.label.empty())
          return out.push_back({lint::selector_name_span(query, selector),
                                fmt::format("this export selector (and the collector filter generated "
                                            "from it) still selects '{}'",
                                            *selector.metric_name)});
        for (const auto& group : selector.or_groups)
          for (const metricsql::LabelFilter& filter : group)
            if (filter.label == change.label)
              out.push_back(
                  {query.text.where.span(filter.begin, filter.end),
                   fmt::format("this export selector filters on '{}' of '{}'", change.label, *selector.metric_name)});
      });
}

void policy_impact(const diff::Change& change, const model::Model& current, std::vector<diag::Note>& out) {
  for (const model::MetricPolicy& policy : current.policies) {
    if (!affected(change, policy.target_metric.value)) continue;
    const std::string who = policy.origin.name.value;
    if (change.label.empty()) {
      out.push_back({policy.target_metric.span, fmt::format("MetricPolicy '{}' still produces it", who)});
      continue;
    }
    const std::vector<model::LabelExpr>* labels = policy.data_plane        ? &policy.data_plane->labels
                                                  : policy.resource_fields ? &policy.resource_fields->labels
                                                                           : nullptr;
    for (const model::LabelExpr& label : labels != nullptr ? *labels : std::vector<model::LabelExpr>{})
      if (label.key.value == change.label)
        out.push_back({label.key.span, fmt::format("MetricPolicy '{}' still sets '{}'", who, change.label)});
  }
}

}  // namespace

std::vector<diag::Note> impact(const diff::Change& change, const model::Model& current) {
  std::vector<diag::Note> out;
  if (change.metrics.empty()) return out;
  rule_impact(change, current, out);
  selector_impact(change, current, out);
  policy_impact(change, current, out);
  return out;
}

}  // namespace telc::driver
