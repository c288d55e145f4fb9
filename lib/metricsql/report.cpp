// Diagnostics and the plain-selector view used by policy validation.
#include <fmt/format.h>

#include "metricsql/expand_metric.hpp"
#include "metricsql/parse.hpp"

namespace telc::metricsql {

void report(const ParseError& error, const diag::EmbeddedText& where, diag::Sink& sink) {
  diag::Diagnostic d;
  d.severity = diag::Severity::error;
  d.code = "metricsql/syntax";
  d.message = error.message;
  if (error.unclosed_paren) {  // the position in the file, not in the query
    const diag::SourcePos open = where.span(*error.unclosed_paren, *error.unclosed_paren).begin;
    d.message = open.line == d.span.begin.line
                    ? fmt::format("unclosed '(' opened at col {}", open.column)
                    : fmt::format("unclosed '(' opened at line {}, col {}", open.line, open.column);
  }
  d.span = where.span(error.begin, error.end);
  d.hint = error.hint;
  sink.report(std::move(d));
}

namespace {

std::string op_of(const LabelMatcher& lf) {
  if (lf.negative) {
    return lf.regexp ? "!~" : "!=";
  }
  return lf.regexp ? "=~" : "=";
}

}  // namespace

std::optional<Selector> as_plain_selector(const Expr& expr) {
  if (expr.kind != ExprKind::metric) {
    return std::nullopt;
  }
  const auto& m = as<MetricExpr>(expr);
  Selector out;
  out.begin = m.begin;
  out.end = m.end;
  for (const auto& group : m.groups) {
    auto& filters = out.or_groups.emplace_back();
    for (const LabelMatcher& lf : group) {
      filters.push_back(LabelFilter{std::string(lf.label), op_of(lf), std::string(lf.value), lf.begin, lf.end});
    }
  }
  const std::string_view name = metric_name(m);
  if (!name.empty()) {
    out.metric_name = std::string(name);
  }
  return out;
}

}  // namespace telc::metricsql
