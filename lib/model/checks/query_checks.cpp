// The rules the real operator applies to a source's `metricsql` (it federates series by selector),
// plus selectors that match everything or nothing.
#include <fmt/format.h>

#include "model/checks/checks.hpp"

namespace telc::model::checks {
namespace {

bool is_design_shape(const model::ExportPolicy& policy) {
  return policy.origin.api_version.rfind("telemetry.datumapis.com/", 0) == 0;
}

void report(diag::Sink& sink, diag::Severity severity, std::string code, std::string message, diag::SourceSpan span,
            std::string hint) {
  sink.report({severity, std::move(code), std::move(message), span, std::move(hint), {}});
}

void check_empty(const model::ExportPolicy& policy, const model::ExportSource& source, diag::Sink& sink) {
  const bool design = is_design_shape(policy);
  report(sink, design ? diag::Severity::warning : diag::Severity::error,
         design ? "export/all-metrics" : "export/empty-query",
         design ? fmt::format("source '{}' has an empty query, which exports every metric", source.name.value)
                : fmt::format("source '{}' has an empty query", source.name.value),
         source.metricsql->text.text.span, "write a selector such as {service_name=\"networking.datumapis.com\"}");
}

void report_all_metrics(const model::MetricsQuery& query, const model::ExportSource& source, diag::Sink& sink) {
  report(sink, diag::Severity::warning, "export/all-metrics",
         fmt::format("the selector of source '{}' matches every metric", source.name.value), query.expression,
         "add label filters unless exporting everything is intended");
}

void check_filters(const model::MetricsQuery& query, const model::ExportSource& source, diag::Sink& sink) {
  if (query.selector->or_groups.empty()) return report_all_metrics(query, source, sink);
  for (const auto& group : query.selector->or_groups) {
    for (std::size_t i = 0; i < group.size(); ++i) {
      const metricsql::LabelFilter& f = group[i];
      if (f.label == "project_name")
        report(sink, diag::Severity::error, "export/forbidden-label", "a filter on 'project_name' is not allowed",
               query.text.where.span(f.begin, f.end),
               "the platform scopes every exported series to your project itself");
      for (std::size_t j = 0; j < i; ++j) {
        const metricsql::LabelFilter& g = group[j];
        if (f.op != "=" || g.op != "=" || f.label != g.label || f.value == g.value) continue;
        diag::Diagnostic d{diag::Severity::error,
                           "export/never-matches",
                           fmt::format("source '{}' can never match: '{}' cannot equal both \"{}\" and \"{}\"",
                                       source.name.value, f.label, g.value, f.value),
                           query.text.where.span(f.begin, f.end),
                           "remove one of the filters, or put them in separate 'or' groups",
                           {}};
        d.notes.push_back({query.text.where.span(g.begin, g.end), "the other filter is here"});
        sink.report(std::move(d));
      }
    }
    if (group.empty()) report_all_metrics(query, source, sink);
  }
}

}  // namespace

void check_query(const model::ExportPolicy& policy, const model::ExportSource& source, diag::Sink& sink) {
  if (!source.metricsql) return;
  const model::MetricsQuery& q = *source.metricsql;
  if (q.text.text.value.find_first_not_of(" \t\r\n") == std::string::npos) return check_empty(policy, source, sink);
  if (!q.parsed) return;  // the syntax error is already reported
  if (!q.selector)
    return report(sink, diag::Severity::error, "export/not-a-selector",
                  fmt::format("the query of source '{}' is not a plain series selector", source.name.value),
                  q.expression,
                  "series are exported by selector: write {label=\"value\", ...} or name{...}, without functions, "
                  "rollups, offsets or operators");
  check_filters(q, source, sink);
}

}  // namespace telc::model::checks
