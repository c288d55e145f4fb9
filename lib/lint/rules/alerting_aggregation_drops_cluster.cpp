// The Datum alerting standard: Alertmanager routes on `cluster`, so the series an alert fires with
// must carry it. The expression is followed from its output inwards, the way Prometheus computes
// each node's labels, so an aggregation whose labels never reach the output (the right side of
// `and`/`unless`, the `one` side of `group_left`) is not blamed; one finding per alert, at the node
// where the output loses the label.
#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "lint/queries.hpp"
#include "lint/rule.hpp"
#include "lint/rule_helpers.hpp"

namespace telc::lint {
namespace {

using metricsql::Expr;
using metricsql::ExprKind;

constexpr std::string_view kLabel = "cluster";

/// Whether a node's series carry the label: `keeps`, `drops` (with the node that drops it),
/// `scalar` (no series: a number), or `unknown` (telc cannot tell: absent(), WITH templates...).
struct Flow {
  enum class State : std::uint8_t { keeps, drops, scalar, unknown };
  State state = State::unknown;
  const Expr* culprit = nullptr;
};

Flow keeps() { return {Flow::State::keeps, nullptr}; }
Flow drops(const Expr& at) { return {Flow::State::drops, &at}; }
Flow scalar() { return {Flow::State::scalar, nullptr}; }
Flow unknown() { return {Flow::State::unknown, nullptr}; }

template <typename Strings> bool lists(const Strings& names) {
  return std::find(names.begin(), names.end(), kLabel) != names.end();
}

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char ch) { return std::tolower(ch); });
  return out;
}

Flow flow(const Expr& node);

/// Aggregations that return their input series unchanged keep every label.
bool returns_input_series(std::string_view name) {
  return name.starts_with("topk") || name.starts_with("bottomk") || name.starts_with("limitk") ||
         name.starts_with("outliers");
}

Flow aggregate(const metricsql::AggrExpr& node) {
  if (node.args.empty()) return unknown();
  const Flow inner = flow(*node.args.back());  // topk(5, x), quantile(0.9, x): the series come last
  if (returns_input_series(lower(node.name))) return inner;
  const auto& modifier = node.modifier;
  if (modifier.op == "by" && lists(modifier.args)) return inner;
  if (modifier.op == "without" && !lists(modifier.args)) return inner;
  return drops(node);
}

/// Of a union (`or`, `(a, b)`): the series of every side, so one side without the label loses it.
Flow either(const Flow& left, const Flow& right) {
  if (left.state == Flow::State::scalar) return right;
  if (right.state == Flow::State::scalar) return left;
  if (left.state == Flow::State::drops) return left;
  if (right.state == Flow::State::drops) return right;
  return left.state == Flow::State::keeps && right.state == Flow::State::keeps ? keeps() : unknown();
}

Flow function(const metricsql::FuncExpr& node) {
  const std::string name = lower(node.name);
  if (name.empty()) {  // MetricsQL's implicit union
    Flow out = scalar();
    for (const Expr* arg : node.args) out = either(out, flow(*arg));
    return out;
  }
  if (name.starts_with("label_")) {  // label_replace(v, "cluster", ...) writes it; others are not followed
    const bool writes = std::any_of(node.args.begin(), node.args.end(), [](const Expr* arg) {
      return arg->kind == ExprKind::string && metricsql::as<metricsql::StringExpr>(*arg).value == kLabel;
    });
    return writes && name != "label_del" && name != "label_keep" ? keeps() : unknown();
  }
  if (name.starts_with("absent") || name == "vector" || name == "scalar" || node.args.empty()) return unknown();
  // Other functions (rate, histogram_quantile, clamp...) keep the labels of their series argument.
  for (const Expr* arg : node.args)
    if (const Flow inner = flow(*arg); inner.state != Flow::State::scalar) return inner;
  return scalar();
}

/// Prometheus's resultMetric: a one-to-one match keeps the left side's labels, only those listed
/// in on(...), or all but those in ignoring(...); group_left keeps the left (many) side and copies
/// the listed labels from the right; group_right the reverse. Filters (`and`, `unless`, MetricsQL's
/// `if`, `ifnot`, `default`) return the left side's series.
Flow binary(const metricsql::BinaryExpr& node) {
  const Flow left = flow(*node.left);
  const Flow right = flow(*node.right);
  const std::string op = lower(node.op);
  if (op == "and" || op == "unless" || op == "if" || op == "ifnot" || op == "default") return left;
  if (op == "or") return either(left, right);
  if (left.state == Flow::State::scalar || right.state == Flow::State::scalar)
    return left.state == Flow::State::scalar ? right : left;
  const bool copied = lists(node.join.args);
  if (node.join.op == "group_left") return copied && right.state == Flow::State::keeps ? keeps() : left;
  if (node.join.op == "group_right") return copied && left.state == Flow::State::keeps ? keeps() : right;
  if ((node.group.op == "on" && !lists(node.group.args)) || (node.group.op == "ignoring" && lists(node.group.args)))
    return left.state == Flow::State::drops ? left : drops(node);
  return left;
}

Flow flow(const Expr& node) {
  switch (node.kind) {
    case ExprKind::number:
    case ExprKind::string:
    case ExprKind::duration: return scalar();
    case ExprKind::metric: return keeps();
    case ExprKind::rollup: {
      const auto& rollup = metricsql::as<metricsql::RollupExpr>(node);
      return rollup.expr != nullptr ? flow(*rollup.expr) : unknown();
    }
    case ExprKind::parens: {
      const auto& parens = metricsql::as<metricsql::ParensExpr>(node);
      return parens.args.size() == 1 ? flow(*parens.args.front()) : unknown();
    }
    case ExprKind::aggregate: return aggregate(metricsql::as<metricsql::AggrExpr>(node));
    case ExprKind::function: return function(metricsql::as<metricsql::FuncExpr>(node));
    case ExprKind::binary: return binary(metricsql::as<metricsql::BinaryExpr>(node));
    case ExprKind::with: break;
  }
  return unknown();
}

void report(const model::RecordingOrAlertingRule& rule, const Expr& culprit, Reporter& out) {
  if (culprit.kind == ExprKind::binary) {
    const auto& node = metricsql::as<metricsql::BinaryExpr>(culprit);
    const bool on = node.group.op == "on";
    out.report(span_of(rule.expr, culprit),
               fmt::format("'{}' matching {} 'cluster', so alert '{}' fires without the label it is routed on",
                           std::string(node.group.op), on ? "does not keep" : "drops", rule.alert->value))
        .hint(on ? "add 'cluster' to on(...)" : "remove 'cluster' from ignoring(...)");
    return;
  }
  const auto& node = metricsql::as<metricsql::AggrExpr>(culprit);
  const std::string how = node.modifier.op == "without" ? "remove 'cluster' from without(...)"
                          : node.modifier.op == "by"    ? "add 'cluster' to by(...)"
                                                        : "aggregate by (cluster)";
  out.report(span_of(rule.expr, culprit),
             fmt::format("'{}' drops the 'cluster' label, so alert '{}' fires without the label it is routed on",
                         std::string(node.name), rule.alert->value))
      .hint(how);
}

class AggregationDropsCluster final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"alerting/aggregation-drops-cluster", "an alert's output loses the cluster label",
                                  diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }

  void check(const Context& context, Reporter& out) const override {
    for_each_rule(context.model, [&](const model::RuleFile&, const model::RuleGroup& group,
                                     const model::RecordingOrAlertingRule& rule) {
      if (!rule.alert || rule.expr.root() == nullptr) return;
      if (label_of(group, rule, kLabel) != nullptr) return;  // the rule sets it itself
      const Flow output = flow(*rule.expr.root());
      if (output.state == Flow::State::drops) report(rule, *output.culprit, out);
    });
  }
};

}  // namespace

std::unique_ptr<Rule> make_alerting_aggregation_drops_cluster() { return std::make_unique<AggregationDropsCluster>(); }

}  // namespace telc::lint
