// One JSON object per node: {"kind", "begin", "end", ...kind-specific fields}; offsets are
// bytes in the query, `end` inclusive.
#include "cli/commands/metricsql_ast_json.hpp"

#include <string>

#include "metricsql/parse.hpp"

namespace telc::cli {
namespace {

using metricsql::as;
using metricsql::ExprKind;
using nlohmann::json;

json names(const metricsql::Vector<metricsql::String>& list) {
  json out = json::array();
  for (const auto& s : list) {
    out.push_back(std::string(s));
  }
  return out;
}

json modifier(const metricsql::Modifier& node) {
  if (node.op.empty()) {
    return nullptr;
  }
  return json{{"op", std::string(node.op)}, {"args", names(node.args)}};
}

json args(const metricsql::Vector<metricsql::Expr*>& list) {
  json out = json::array();
  for (const auto* e : list) {
    out.push_back(ast_to_json(*e));
  }
  return out;
}

json duration(const metricsql::DurationExpr* node) {
  return node == nullptr ? json(nullptr) : json(std::string(node->text));
}

json metric(const metricsql::MetricExpr& node) {
  json groups = json::array();
  for (const auto& group : node.groups) {
    json filters = json::array();
    for (const auto& lf : group) {
      const char* op = lf.negative ? (lf.regexp ? "!~" : "!=") : (lf.regexp ? "=~" : "=");
      filters.push_back({{"label", std::string(lf.label)},
                         {"op", op},
                         {"value", std::string(lf.value)},
                         {"begin", lf.begin},
                         {"end", lf.end}});
    }
    groups.push_back(filters);
  }
  return {{"or_groups", groups}};
}

json binary(const metricsql::BinaryExpr& node) {
  return {{"op", std::string(node.op)},
          {"bool", node.bool_modifier},
          {"group", modifier(node.group)},
          {"join", modifier(node.join)},
          {"prefix", node.prefix ? json(std::string(node.prefix->value)) : json(nullptr)},
          {"keep_metric_names", node.keep_metric_names},
          {"left", ast_to_json(*node.left)},
          {"right", ast_to_json(*node.right)}};
}

json rollup(const metricsql::RollupExpr& node) {
  return {{"expr", ast_to_json(*node.expr)}, {"window", duration(node.window)},
          {"step", duration(node.step)},     {"inherit_step", node.inherit_step},
          {"offset", duration(node.offset)}, {"at", node.at ? ast_to_json(*node.at) : json(nullptr)}};
}

json body(const metricsql::Expr& expr) {
  switch (expr.kind) {
    case ExprKind::number: return {{"value", metricsql::to_canonical(expr)}};
    case ExprKind::string: return {{"value", std::string(as<metricsql::StringExpr>(expr).value)}};
    case ExprKind::duration: return {{"value", std::string(as<metricsql::DurationExpr>(expr).text)}};
    case ExprKind::metric: return metric(as<metricsql::MetricExpr>(expr));
    case ExprKind::function: {
      const auto& f = as<metricsql::FuncExpr>(expr);
      return {{"name", std::string(f.name)}, {"args", args(f.args)}, {"keep_metric_names", f.keep_metric_names}};
    }
    case ExprKind::aggregate: {
      const auto& a = as<metricsql::AggrExpr>(expr);
      return {{"name", std::string(a.name)},
              {"args", args(a.args)},
              {"modifier", modifier(a.modifier)},
              {"limit", a.limit}};
    }
    case ExprKind::binary: return binary(as<metricsql::BinaryExpr>(expr));
    case ExprKind::rollup: return rollup(as<metricsql::RollupExpr>(expr));
    default: return json::object();  // parens and with never survive parse()
  }
}

constexpr const char* kKindNames[] = {"number",    "string", "duration", "metric", "function",
                                      "aggregate", "binary", "rollup",   "parens", "with"};

}  // namespace

json ast_to_json(const metricsql::Expr& expr) {
  json out = {{"kind", kKindNames[static_cast<int>(expr.kind)]}, {"begin", expr.begin}, {"end", expr.end}};
  out.update(body(expr));
  return out;
}

}  // namespace telc::cli
