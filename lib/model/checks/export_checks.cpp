#include <algorithm>
#include <cctype>
#include <set>

#include <fmt/format.h>

#include "diag/spelling.hpp"
#include "model/checks/checks.hpp"

namespace telc::model::checks {
namespace {

void check_sink_sources(const model::ExportPolicy& policy, const model::ExportSink& sink, diag::Sink& out) {
  // In a policy with schema errors a source may be unreadable, and a reference to it would be
  // reported again as unknown.
  if (!policy.origin.complete) return;
  std::vector<std::string> names;
  for (const auto& s : policy.sources) names.push_back(s.name.value);
  std::set<std::string> listed;
  for (const model::Str& ref : sink.sources) {
    if (!listed.insert(ref.value).second)
      out.report({diag::Severity::warning,
                  "export/duplicate-source-ref",
                  fmt::format("sink '{}' lists source '{}' twice", sink.name.value, ref.value),
                  ref.span,
                  "remove the repeated entry",
                  {}});
    if (std::find(names.begin(), names.end(), ref.value) != names.end()) continue;
    const auto near = diag::closest(ref.value, names);
    out.report(
        {diag::Severity::error,
         "export/unknown-source",
         fmt::format("sink '{}' names source '{}', which this policy does not define", sink.name.value, ref.value),
         ref.span,
         near ? fmt::format("did you mean '{}'?", *near) : fmt::format("defined sources: {}", fmt::join(names, ", ")),
         {}});
  }
}

/// Prometheus remote write carries metrics only; a log source routed to it is lost.
void check_signal(const model::ExportPolicy& policy, const model::ExportSink& sink, diag::Sink& out) {
  if (sink.target != model::SinkTarget::prometheus_remote_write) return;
  for (const model::Str& ref : sink.sources)
    for (const auto& s : policy.sources)
      if (s.name.value == ref.value && s.logs)
        out.report({diag::Severity::error,
                    "export/signal-mismatch",
                    fmt::format("sink '{}' writes Prometheus remote write, which cannot carry the logs of source '{}'",
                                sink.name.value, ref.value),
                    ref.span,
                    "route log sources to an openTelemetry sink",
                    {}});
}

/// The platform's series carry the Kind (`Gateway`); a plural resource name (`gateways`) or a
/// lower-case kind would select nothing.
void check_kinds(const model::ExportSource& source, diag::Sink& out) {
  for (const auto& selector : source.resource_selectors)
    for (const auto& k : selector.kinds) {
      const std::string& kind = k.kind.value;
      if (kind == "*" || (!k.from_resources && !kind.empty() && std::isupper(static_cast<unsigned char>(kind[0]))))
        continue;
      out.report({diag::Severity::warning,
                  "export/resource-kind",
                  fmt::format("'{}' is not a Kind: resources are selected by their CamelCase singular Kind", kind),
                  k.kind.span,
                  fmt::format("write {{group: {}, kind: <Kind>}}, e.g. kind: Gateway", k.group.value),
                  {}});
    }
}

diag::Diagnostic design_only(std::string_view field, std::string_view why, diag::SourceSpan span, std::string hint) {
  return {diag::Severity::warning,
          "export/design-only",
          fmt::format("'{}' is a design extension: {}, so the API server rejects this ExportPolicy", field, why),
          span,
          std::move(hint),
          {}};
}

/// telc reads the design's extensions under telemetry.miloapis.com too (and compiles them), but
/// the operator's CRD (telemetry-services-operator, milo-os/telemetry) has none of them: with
/// strict field validation, kubectl's default, the API server refuses the object.
void check_operator_fields(const model::ExportPolicy& policy, diag::Sink& out) {
  if (policy.origin.api_version != "telemetry.miloapis.com/v1alpha1") return;
  for (const model::ExportSource& s : policy.sources)
    if (!s.resource_selectors.empty())
      out.report(design_only("resourceSelectors", "the operator's CRD selects metrics by metricsql only",
                             s.resource_selectors_key, "select the same series with a metricsql selector"));
  for (const model::ExportSink& s : policy.sinks) {
    if (s.target == model::SinkTarget::open_telemetry)
      out.report(design_only("openTelemetry", "the operator's CRD has only the prometheusRemoteWrite target",
                             s.target_span, "use prometheusRemoteWrite to deploy it through the operator"));
    if (s.authentication && s.authentication->kind == model::AuthKind::bearer)
      out.report(design_only("bearer", "the operator's CRD authenticates with basicAuth only", s.authentication->span,
                             "use basicAuth with a kubernetes.io/basic-auth Secret"));
  }
}

}  // namespace

void check_export_policy(const model::ExportPolicy& policy, diag::Sink& sink) {
  for (const model::ExportSource& s : policy.sources) check_query(policy, s, sink), check_kinds(s, sink);
  for (const model::ExportSink& s : policy.sinks) {
    check_sink_sources(policy, s, sink);
    check_signal(policy, s, sink);
  }
  check_operator_fields(policy, sink);
}

}  // namespace telc::model::checks
