#include "otelcol/component_table.hpp"

#include <algorithm>
#include <charconv>

#include "otelcol/component_shapes.hpp"

namespace telc::otelcol {
namespace {

using shapes::K;

constexpr std::uint8_t kCoreUp = kCore | kContrib | kK8s;  // core components shipped everywhere but otlp
constexpr std::uint8_t kEvery = kCore | kContrib | kK8s | kOtlp;
constexpr std::uint8_t kContribK8s = kContrib | kK8s;
constexpr std::uint8_t kCoreContrib = kCore | kContrib;
constexpr std::uint8_t kTracesLogs = kTraces | kLogs;

// Renames to snake_case (contrib issue #45339): the new name exists from the minor its PR was
// released in and the old one stays as a deprecated alias (xreceiver/xprocessor
// WithDeprecatedTypeAlias): k8s_attributes #45901 (merged 2026-02-05, after the 0.145.0
// release: 0.146.0), file_log #46750 (0.149.0), kubelet_stats #47957 (opened 2026-04-28, the
// day 0.151.0 was tagged: 0.152.0). The Kyma manager's 0.158.0 configs use all three new names.
// Distribution bits from opentelemetry-collector-releases@ceccc19d distributions/*/manifest.yaml;
// signals from each component's metadata.yaml `stability`. Entries without a shape are known
// types whose configuration telc does not model (so it is not checked).
// clang-format off
constexpr ComponentInfo kReceivers[] = {
    {Kind::receiver, "dummy", kMetrics, kKyma},
    {Kind::receiver, "file_log", kLogs, kContribK8s | kKyma, "0.149.0"},
    {Kind::receiver, "filelog", kLogs, kContribK8s | kKyma, {}, "0.149.0", "file_log"},
    {Kind::receiver, "fluentforward", kLogs, kContribK8s | kKyma},
    {Kind::receiver, "hostmetrics", kMetrics, kCoreUp | kKyma},
    {Kind::receiver, "httpcheck", kMetrics, kContribK8s | kKyma},
    {Kind::receiver, "jaeger", kTraces, kCoreUp},
    {Kind::receiver, "journald", kLogs, kContribK8s},
    {Kind::receiver, "k8s_cluster", kMetrics | kLogs, kContribK8s | kKyma},
    {Kind::receiver, "k8s_events", kLogs, kContribK8s},
    {Kind::receiver, "k8sobjects", kLogs, kContribK8s},
    {Kind::receiver, "kafka", kAllSignals, kCoreContrib},
    {Kind::receiver, "kubelet_stats", kMetrics, kContribK8s | kKyma, "0.152.0"},
    {Kind::receiver, "kubeletstats", kMetrics, kContribK8s | kKyma, {}, "0.152.0", "kubelet_stats"},
    {Kind::receiver, "kymastats", kMetrics, kKyma},
    {Kind::receiver, "nop", kAllSignals, kCoreContrib},
    {Kind::receiver, "otlp", kAllSignals, kEvery | kKyma, {}, {}, {}, &shapes::kOtlpReceiver},
    {Kind::receiver, "otlpjsonfile", kAllSignals, kContrib},
    {Kind::receiver, "prometheus", kMetrics, kCoreUp | kKyma, {}, {}, {}, &shapes::kPrometheusReceiver},
    {Kind::receiver, "receiver_creator", kAllSignals, kContribK8s},
    {Kind::receiver, "zipkin", kTraces, kCoreUp},
};

constexpr ComponentInfo kProcessors[] = {
    {Kind::processor, "attributes", kAllSignals, kCoreUp, {}, {}, {}, &shapes::kAttributes},
    {Kind::processor, "batch", kAllSignals, kCoreUp | kKyma, {}, {}, {}, &shapes::kBatch},
    {Kind::processor, "cumulativetodelta", kMetrics, kContribK8s | kKyma, {}, {}, {}, &shapes::kCumulativeToDelta},
    {Kind::processor, "deltatocumulative", kMetrics, kContribK8s, {}, {}, {}, &shapes::kDeltaToCumulative},
    {Kind::processor, "filter", kAllSignals, kCoreUp | kKyma, {}, {}, {}, &shapes::kFilter},
    {Kind::processor, "groupbyattrs", kAllSignals, kContribK8s},
    {Kind::processor, "istio_enrichment", kLogs, kKyma},
    {Kind::processor, "istio_noise_filter", kAllSignals, kKyma},
    {Kind::processor, "k8s_attributes", kAllSignals, kContribK8s | kKyma, "0.146.0"},
    {Kind::processor, "k8sattributes", kAllSignals, kContribK8s | kKyma, {}, "0.146.0", "k8s_attributes"},
    {Kind::processor, "memory_limiter", kAllSignals, kCoreUp | kKyma, {}, {}, {}, &shapes::kMemoryLimiter},
    {Kind::processor, "metricstarttime", kMetrics, kContribK8s | kKyma},
    {Kind::processor, "metricstransform", kMetrics, kContribK8s},
    {Kind::processor, "probabilistic_sampler", kTracesLogs, kCoreUp},
    {Kind::processor, "redaction", kAllSignals, kContribK8s},
    {Kind::processor, "resource", kAllSignals, kCoreUp, {}, {}, {}, &shapes::kResource},
    {Kind::processor, "resourcedetection", kAllSignals, kContribK8s},
    {Kind::processor, "service_enrichment", kAllSignals, kKyma},
    {Kind::processor, "span", kTraces, kCoreContrib},
    {Kind::processor, "tail_sampling", kTraces, kContribK8s},
    {Kind::processor, "transform", kAllSignals, kContribK8s | kKyma, {}, {}, {}, &shapes::kTransform},
};

// otlp_grpc / otlp_http are the 0.144.0 names; otlp / otlphttp stay as deprecated aliases
// (core exporter/otlpexporter/metadata.yaml `deprecated_type`, CHANGELOG v0.144.0).
constexpr ComponentInfo kExporters[] = {
    {Kind::exporter, "debug", kAllSignals, kCoreUp | kKyma, {}, {}, {}, &shapes::kDebug},
    {Kind::exporter, "file", kAllSignals, kCoreUp | kKyma},
    {Kind::exporter, "kafka", kAllSignals, kCoreContrib},
    {Kind::exporter, "loadbalancing", kAllSignals, kContribK8s},
    // Removed in core v0.111.0 (CHANGELOG: "Removed the deprecated logging exporter").
    {Kind::exporter, "logging", kAllSignals, 0, {}, {}, "debug", nullptr, false, false, "0.111.0"},
    {Kind::exporter, "nop", kAllSignals, kCoreUp},
    {Kind::exporter, "otelarrow", kAllSignals, kContribK8s},
    {Kind::exporter, "otlp", kAllSignals, kEvery | kKyma, {}, "0.144.0", "otlp_grpc", &shapes::kOtlpGrpcExporter},
    {Kind::exporter, "otlp_grpc", kAllSignals, kEvery | kKyma, "0.144.0", {}, {}, &shapes::kOtlpGrpcExporter},
    {Kind::exporter, "otlp_http", kAllSignals, kEvery | kKyma, "0.144.0", {}, {}, &shapes::kOtlpHttpExporter},
    {Kind::exporter, "otlphttp", kAllSignals, kEvery | kKyma, {}, "0.144.0", "otlp_http", &shapes::kOtlpHttpExporter},
    {Kind::exporter, "prometheus", kMetrics, kCoreContrib | kKyma},
    {Kind::exporter, "prometheusremotewrite", kMetrics, kCoreContrib, {}, {}, {}, &shapes::kRemoteWrite},
    {Kind::exporter, "zipkin", kTraces, kCoreContrib},
};

constexpr ComponentInfo kConnectors[] = {
    {Kind::connector, "count", kAllSignals, kContribK8s},
    {Kind::connector, "exceptions", kAllSignals, kContribK8s},
    {Kind::connector, "failover", kAllSignals, kContribK8s},
    {Kind::connector, "forward", kAllSignals, kCoreUp | kKyma, {}, {}, {}, &shapes::kForward},
    {Kind::connector, "roundrobin", kAllSignals, kContribK8s},
    {Kind::connector, "routing", kAllSignals, kContribK8s | kKyma, {}, {}, {}, &shapes::kRouting},
    {Kind::connector, "servicegraph", kAllSignals, kContribK8s},
    {Kind::connector, "spanmetrics", kAllSignals, kContribK8s},
};

constexpr ComponentInfo kExtensions[] = {
    {Kind::extension, "basicauth", 0, kContribK8s, {}, {}, {}, &shapes::kBasicAuth, true, true},
    {Kind::extension, "bearertokenauth", 0, kContribK8s, {}, {}, {}, &shapes::kBearerToken, true, true},
    {Kind::extension, "cgroup_runtime", 0, kContribK8s | kKyma},
    {Kind::extension, "file_storage", 0, kContribK8s | kKyma},
    {Kind::extension, "headers_setter", 0, kContribK8s, {}, {}, {}, &shapes::kHeadersSetter, false, true},
    {Kind::extension, "health_check", 0, kCoreUp | kKyma, {}, {}, {}, &shapes::kHealthCheck},
    {Kind::extension, "k8s_leader_elector", 0, kContribK8s | kKyma},
    {Kind::extension, "oauth2client", 0, kContribK8s | kKyma, {}, {}, {}, nullptr, false, true},
    {Kind::extension, "oidc", 0, kContribK8s, {}, {}, {}, nullptr, false, true},
    {Kind::extension, "pprof", 0, kCoreUp | kKyma},
    {Kind::extension, "zpages", 0, kCoreUp},
};

constexpr DistributionInfo kDistributions[] = {
    {"otelcol", kCore, true},
    {"otelcol-contrib", kContrib, false},
    {"otelcol-k8s", kK8s, false},
    {"otelcol-otlp", kOtlp, true},
    {"otelcol-kyma", kKyma, true},
};
// clang-format on

constexpr bool fields_sorted(const Shape& shape) {
  return std::is_sorted(shape.fields.begin(), shape.fields.end(),
                        [](const Field& left, const Field& right) { return left.name < right.name; });
}

template <std::size_t N> constexpr bool all_sorted(const Shape* const (&list)[N]) {
  return std::all_of(list, list + N, [](const Shape* shape) { return fields_sorted(*shape); });
}

template <std::size_t N> constexpr bool types_sorted(const ComponentInfo (&list)[N]) {
  return std::is_sorted(list, list + N, [](const auto& left, const auto& right) { return left.type < right.type; });
}

// Lookups binary-search these tables, so an unsorted entry would silently vanish.
static_assert(all_sorted(shapes::kSharedShapes) && all_sorted(shapes::kComponentShapes) &&
              all_sorted(shapes::kPrometheusShapes));
static_assert(types_sorted(kReceivers) && types_sorted(kProcessors) && types_sorted(kExporters) &&
              types_sorted(kConnectors) && types_sorted(kExtensions));

const Field* find_own_field(const Shape& shape, std::string_view name) {
  const auto it = std::lower_bound(shape.fields.begin(), shape.fields.end(), name,
                                   [](const Field& field, std::string_view count) { return field.name < count; });
  return it != shape.fields.end() && it->name == name ? &*it : nullptr;
}

bool parse_part(std::string_view& text, unsigned& out) {
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  if (ec != std::errc() || end == text.data()) return false;
  text.remove_prefix(static_cast<std::size_t>(end - text.data()));
  return true;
}

}  // namespace

std::span<const ComponentInfo> components(Kind kind) {
  switch (kind) {
    case Kind::receiver: return kReceivers;
    case Kind::processor: return kProcessors;
    case Kind::exporter: return kExporters;
    case Kind::connector: return kConnectors;
    case Kind::extension: return kExtensions;
  }
  return {};
}

const ComponentInfo* find_component(Kind kind, std::string_view type) {
  const auto list = components(kind);
  const auto it = std::lower_bound(list.begin(), list.end(), type,
                                   [](const ComponentInfo& info, std::string_view type) { return info.type < type; });
  return it != list.end() && it->type == type ? &*it : nullptr;
}

const Field* find_field(const Shape& shape, std::string_view name) {
  if (const Field* own = find_own_field(shape, name)) return own;
  for (const Shape* base : shape.bases)
    if (const Field* inherited = find_field(*base, name)) return inherited;
  return nullptr;
}

std::string_view kind_name(Kind kind) {
  constexpr std::string_view kNames[] = {"receiver", "processor", "exporter", "connector", "extension"};
  return kNames[static_cast<std::size_t>(kind)];
}

std::string_view section_name(Kind kind) {
  constexpr std::string_view kNames[] = {"receivers", "processors", "exporters", "connectors", "extensions"};
  return kNames[static_cast<std::size_t>(kind)];
}

std::span<const DistributionInfo> distributions() { return kDistributions; }

const DistributionInfo* find_distribution(std::string_view name) {
  for (const DistributionInfo& d : kDistributions)
    if (d.name == name) return &d;
  return nullptr;
}

std::optional<Version> parse_version(std::string_view text) {
  if (!text.empty() && text.front() == 'v') text.remove_prefix(1);
  Version v;
  if (!parse_part(text, v.major) || text.empty() || text.front() != '.') return std::nullopt;
  text.remove_prefix(1);
  if (!parse_part(text, v.minor) || text.empty() || text.front() != '.') return std::nullopt;
  text.remove_prefix(1);
  if (!parse_part(text, v.patch) || !text.empty()) return std::nullopt;
  return v;
}

}  // namespace telc::otelcol
