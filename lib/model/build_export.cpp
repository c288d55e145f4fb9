// ExportPolicy (telemetry.miloapis.com and the telemetry.datumapis.com design) and the seed's
// Exporter, read into one model shape.
#include "model/build.hpp"
#include "model/reader.hpp"
#include "schema/document.hpp"

namespace telc::model {
namespace {

LabelSelector label_selector(const Reader& reader, const std::string& pointer) {
  LabelSelector out;
  for (const std::string& k : reader.keys(pointer + "/matchLabels"))
    out.match_labels.push_back({Str{k, reader.key_span(schema::child_pointer(pointer + "/matchLabels", k))},
                                reader.str(schema::child_pointer(pointer + "/matchLabels", k))});
  for (const std::string& e : reader.items(pointer + "/matchExpressions")) {
    out.match_expressions.push_back(
        {reader.str(e + "/key"), reader.str(e + "/operator"), reader.strings(e + "/values")});
  }
  return out;
}

/// A string, or each string of a list (`kind` is either, by the design's revision).
std::vector<Str> one_or_many(const Reader& reader, const std::string& pointer) {
  const nlohmann::json* node = reader.at(pointer);
  if (node != nullptr && node->is_string()) return {reader.str(pointer)};
  return reader.strings(pointer);
}

/// The design's `{group, kind}` entries, or its first revision's `{apiGroups[], resources[] | kind[]}`
/// (also the seed Exporter's), as (group, kind) pairs.
std::vector<KindRef> kind_refs(const Reader& reader, const std::string& pointer) {
  std::vector<KindRef> out;
  const std::vector<Str> groups = reader.has(pointer + "/group") ? std::vector<Str>{reader.str(pointer + "/group")}
                                                                 : reader.strings(pointer + "/apiGroups");
  for (const Str& g : groups) {
    for (const Str& k : one_or_many(reader, pointer + "/kind")) out.push_back({g, k, false});
    for (const Str& k : reader.strings(pointer + "/resources")) out.push_back({g, k, true});
  }
  return out;
}

ResourceSelector resource_selector(const Reader& reader, const std::string& pointer) {
  ResourceSelector out;
  out.span = reader.key_span(pointer);
  if (reader.has(pointer + "/namespaceSelector"))
    out.namespace_selector = label_selector(reader, pointer + "/namespaceSelector");
  if (reader.has(pointer + "/labelSelectors")) out.label_selector = label_selector(reader, pointer + "/labelSelectors");
  for (const std::string& kind : reader.items(pointer + "/kinds")) {
    auto refs = kind_refs(reader, kind);
    out.kinds.insert(out.kinds.end(), refs.begin(), refs.end());
  }
  return out;
}

/// Parses a `metricsql` field; an empty query (the design's "all metrics") is kept unparsed.
std::optional<MetricsQuery> metrics_query(const Reader& reader, const std::string& pointer, diag::Sink& sink) {
  auto text = reader.opt_embedded(pointer);
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

ExportSource export_source(const Reader& reader, const std::string& pointer, diag::Sink& sink) {
  ExportSource out{reader.str(pointer + "/name"),
                   metrics_query(reader, pointer + "/metrics/metricsql", sink),
                   {},
                   reader.has(pointer + "/logs"),
                   {}};
  const std::string selectors =
      reader.has(pointer + "/metrics") ? pointer + "/metrics/resourceSelectors" : pointer + "/logs/resourceSelectors";
  for (const std::string& selector : reader.items(selectors))
    out.resource_selectors.push_back(resource_selector(reader, selector));
  if (reader.has(selectors)) out.resource_selectors_key = reader.key_span(selectors);
  return out;
}

std::optional<Authentication> authentication(const Reader& reader, const std::string& pointer) {
  for (const auto& [key, kind] :
       {std::pair{"basicAuth", AuthKind::basic}, {"basic", AuthKind::basic}, {"bearer", AuthKind::bearer}})
    if (reader.has(pointer + "/" + key))
      return Authentication{
          kind,
          {reader.str(pointer + "/" + key + "/secretRef/name"), reader.opt_str(pointer + "/" + key + "/secretRef/key")},
          reader.key_span(pointer + "/" + key)};
  if (reader.has(pointer + "/type"))  // the seed's Exporter: {type: bearerToken, secretRef}
    return Authentication{AuthKind::bearer,
                          {reader.str(pointer + "/secretRef/name"), reader.opt_str(pointer + "/secretRef/key")},
                          reader.key_span(pointer)};
  return std::nullopt;
}

void read_delivery(const Reader& reader, const std::string& pointer, ExportSink& out) {
  out.batch = {reader.opt_bool(pointer + "/batch/enabled"), reader.opt_duration(pointer + "/batch/timeout"),
               reader.opt_int(pointer + "/batch/maxSize")};
  const std::string backoff = reader.has(pointer + "/retry/backoff") ? "/retry/backoff" : "/retry/backoffDuration";
  out.retry = {reader.opt_bool(pointer + "/retry/enabled"), reader.opt_int(pointer + "/retry/maxAttempts"),
               reader.opt_duration(pointer + backoff)};
}

ExportSink export_sink(const Reader& reader, const std::string& pointer) {
  ExportSink out{
      reader.str(pointer + "/name"), reader.strings(pointer + "/sources"), SinkTarget::otlp_http, {}, {}, {}, {}, {}};
  std::string target = pointer + "/otlp_http", endpoint = target + "/endpoint", delivery = pointer;
  if (reader.has(pointer + "/target/prometheusRemoteWrite")) {
    out.target = SinkTarget::prometheus_remote_write;
    target = delivery = pointer + "/target/prometheusRemoteWrite", endpoint = target + "/endpoint";
  } else if (reader.has(pointer + "/target/openTelemetry")) {
    out.target = SinkTarget::open_telemetry;
    target = delivery = pointer + "/target/openTelemetry", endpoint = target + "/http/endpoint";
  }
  out.target_span = reader.key_span(target);
  out.endpoint = reader.str(endpoint);
  out.authentication = authentication(reader, target + "/authentication");
  read_delivery(reader, delivery, out);
  return out;
}

}  // namespace

ExportPolicy build_export_policy(const Reader& reader, diag::Sink& sink) {
  ExportPolicy out{reader.origin(), {}, {}};
  for (const std::string& source : reader.items("/spec/sources"))
    out.sources.push_back(export_source(reader, source, sink));
  for (const std::string& export_sink_at : reader.items("/spec/sinks"))
    out.sinks.push_back(export_sink(reader, export_sink_at));
  return out;
}

}  // namespace telc::model
