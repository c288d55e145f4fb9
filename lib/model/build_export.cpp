// ExportPolicy (telemetry.miloapis.com and the telemetry.datumapis.com design) and the seed's
// Exporter, read into one model shape.
#include "model/build.hpp"
#include "model/reader.hpp"
#include "schema/document.hpp"

namespace telc::model {
namespace {

std::string item(const std::string& list, std::size_t i) { return list + "/" + std::to_string(i); }

LabelSelector label_selector(const Reader& r, const std::string& p) {
  LabelSelector out;
  for (const std::string& k : r.keys(p + "/matchLabels"))
    out.match_labels.push_back({Str{k, r.key_span(schema::child_pointer(p + "/matchLabels", k))},
                                r.str(schema::child_pointer(p + "/matchLabels", k))});
  for (std::size_t i = 0; i < r.size(p + "/matchExpressions"); ++i) {
    const std::string e = item(p + "/matchExpressions", i);
    out.match_expressions.push_back({r.str(e + "/key"), r.str(e + "/operator"), r.strings(e + "/values")});
  }
  return out;
}

/// The design's `{group, kind}` entries, or the seed's `{apiGroups[], resources[] | kind[]}`.
std::vector<KindRef> kind_refs(const Reader& r, const std::string& p) {
  std::vector<KindRef> out;
  if (r.has(p + "/group")) return {{r.str(p + "/group"), r.str(p + "/kind"), false}};
  for (const Str& g : r.strings(p + "/apiGroups")) {
    for (const Str& k : r.strings(p + "/kind")) out.push_back({g, k, false});
    for (const Str& k : r.strings(p + "/resources")) out.push_back({g, k, true});
  }
  return out;
}

ResourceSelector resource_selector(const Reader& r, const std::string& p) {
  ResourceSelector out;
  out.span = r.key_span(p);
  if (r.has(p + "/namespaceSelector")) out.namespace_selector = label_selector(r, p + "/namespaceSelector");
  if (r.has(p + "/labelSelectors")) out.label_selector = label_selector(r, p + "/labelSelectors");
  for (std::size_t i = 0; i < r.size(p + "/kinds"); ++i) {
    auto refs = kind_refs(r, item(p + "/kinds", i));
    out.kinds.insert(out.kinds.end(), refs.begin(), refs.end());
  }
  return out;
}

/// Parses a `metricsql` field; an empty query (the design's "all metrics") is kept unparsed.
std::optional<MetricsQuery> metrics_query(const Reader& r, const std::string& p, diag::Sink& sink) {
  auto text = r.opt_embedded(p);
  if (!text) return std::nullopt;
  MetricsQuery out{std::move(*text), false, std::nullopt, {}};
  if (out.text.text.value.find_first_not_of(" \t\r\n") == std::string::npos) return out;
  const metricsql::ParseResult parsed = metricsql::parse(out.text.text.value);
  if (!parsed.ok()) {
    metricsql::report(*parsed.error(), out.text.where, sink);
    return out;
  }
  out.parsed = true;
  out.expression = out.text.where.span(parsed.root()->begin, parsed.root()->end);
  out.selector = metricsql::as_plain_selector(*parsed.root());
  return out;
}

ExportSource export_source(const Reader& r, const std::string& p, diag::Sink& sink) {
  ExportSource out{r.str(p + "/name"), metrics_query(r, p + "/metrics/metricsql", sink), {}, r.has(p + "/logs")};
  const std::string selectors =
      r.has(p + "/metrics") ? p + "/metrics/resourceSelectors" : p + "/logs/resourceSelectors";
  for (std::size_t i = 0; i < r.size(selectors); ++i)
    out.resource_selectors.push_back(resource_selector(r, item(selectors, i)));
  return out;
}

std::optional<Authentication> authentication(const Reader& r, const std::string& p) {
  for (const auto& [key, kind] :
       {std::pair{"basicAuth", AuthKind::basic}, {"basic", AuthKind::basic}, {"bearer", AuthKind::bearer}})
    if (r.has(p + "/" + key))
      return Authentication{kind,
                            {r.str(p + "/" + key + "/secretRef/name"), r.opt_str(p + "/" + key + "/secretRef/key")},
                            r.key_span(p + "/" + key)};
  if (r.has(p + "/type"))  // the seed's Exporter: {type: bearerToken, secretRef}
    return Authentication{
        AuthKind::bearer, {r.str(p + "/secretRef/name"), r.opt_str(p + "/secretRef/key")}, r.key_span(p)};
  return std::nullopt;
}

void read_delivery(const Reader& r, const std::string& p, ExportSink& out) {
  out.batch = {r.opt_bool(p + "/batch/enabled"), r.opt_duration(p + "/batch/timeout"), r.opt_int(p + "/batch/maxSize")};
  const std::string backoff = r.has(p + "/retry/backoff") ? "/retry/backoff" : "/retry/backoffDuration";
  out.retry = {r.opt_bool(p + "/retry/enabled"), r.opt_int(p + "/retry/maxAttempts"), r.opt_duration(p + backoff)};
}

ExportSink export_sink(const Reader& r, const std::string& p) {
  ExportSink out{r.str(p + "/name"), r.strings(p + "/sources"), SinkTarget::otlp_http, {}, {}, {}, {}, {}};
  std::string target = p + "/otlp_http", endpoint = target + "/endpoint", delivery = p;
  if (r.has(p + "/target/prometheusRemoteWrite")) {
    out.target = SinkTarget::prometheus_remote_write;
    target = delivery = p + "/target/prometheusRemoteWrite", endpoint = target + "/endpoint";
  } else if (r.has(p + "/target/openTelemetry")) {
    out.target = SinkTarget::open_telemetry;
    target = delivery = p + "/target/openTelemetry", endpoint = target + "/http/endpoint";
  }
  out.target_span = r.key_span(target);
  out.endpoint = r.str(endpoint);
  out.authentication = authentication(r, target + "/authentication");
  read_delivery(r, delivery, out);
  return out;
}

}  // namespace

ExportPolicy build_export_policy(const Reader& r, diag::Sink& sink) {
  ExportPolicy out{r.origin(), {}, {}};
  for (std::size_t i = 0; i < r.size("/spec/sources"); ++i)
    out.sources.push_back(export_source(r, item("/spec/sources", i), sink));
  for (std::size_t i = 0; i < r.size("/spec/sinks"); ++i) out.sinks.push_back(export_sink(r, item("/spec/sinks", i)));
  return out;
}

}  // namespace telc::model
