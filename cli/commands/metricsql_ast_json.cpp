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

json modifier(const metricsql::Modifier& m) {
  if (m.op.empty()) {
    return nullptr;
  }
  return json{{"op", std::string(m.op)}, {"args", names(m.args)}};
}

json args(const metricsql::Vector<metricsql::Expr*>& list) {
  json out = json::array();
  for (const auto* e : list) {
    out.push_back(ast_to_json(*e));
  }
  return out;
}

json duration(const metricsql::DurationExpr* d) { return d == nullptr ? json(nullptr) : json(std::string(d->text)); }

json metric(const metricsql::MetricExpr& m) {
  json groups = json::array();
  for (const auto& group : m.groups) {
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

json binary(const metricsql::BinaryExpr& b) {
  return {{"op", std::string(b.op)},
          {"bool", b.bool_modifier},
          {"group", modifier(b.group)},
          {"join", modifier(b.join)},
          {"prefix", b.prefix ? json(std::string(b.prefix->value)) : json(nullptr)},
          {"keep_metric_names", b.keep_metric_names},
          {"left", ast_to_json(*b.left)},
          {"right", ast_to_json(*b.right)}};
}

json rollup(const metricsql::RollupExpr& r) {
  return {{"expr", ast_to_json(*r.expr)}, {"window", duration(r.window)},
          {"step", duration(r.step)},     {"inherit_step", r.inherit_step},
          {"offset", duration(r.offset)}, {"at", r.at ? ast_to_json(*r.at) : json(nullptr)}};
}

json body(const metricsql::Expr& e) {
  switch (e.kind) {
    case ExprKind::number: return {{"value", metricsql::to_canonical(e)}};
    case ExprKind::string: return {{"value", std::string(as<metricsql::StringExpr>(e).value)}};
    case ExprKind::duration: return {{"value", std::string(as<metricsql::DurationExpr>(e).text)}};
    case ExprKind::metric: return metric(as<metricsql::MetricExpr>(e));
    case ExprKind::function: {
      const auto& f = as<metricsql::FuncExpr>(e);
      return {{"name", std::string(f.name)}, {"args", args(f.args)}, {"keep_metric_names", f.keep_metric_names}};
    }
    case ExprKind::aggregate: {
      const auto& a = as<metricsql::AggrExpr>(e);
      return {{"name", std::string(a.name)},
              {"args", args(a.args)},
              {"modifier", modifier(a.modifier)},
              {"limit", a.limit}};
    }
    case ExprKind::binary: return binary(as<metricsql::BinaryExpr>(e));
    case ExprKind::rollup: return rollup(as<metricsql::RollupExpr>(e));
    default: return json::object();  // parens and with never survive parse()
  }
}

constexpr const char* kKindNames[] = {"number",    "string", "duration", "metric", "function",
                                      "aggregate", "binary", "rollup",   "parens", "with"};

}  // namespace

json ast_to_json(const metricsql::Expr& e) {
  json out = {{"kind", kKindNames[static_cast<int>(e.kind)]}, {"begin", e.begin}, {"end", e.end}};
  out.update(body(e));
  return out;
}

}  // namespace telc::cli
