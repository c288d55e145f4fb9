#pragma once
// Configuration shapes of the components telc models, as of collector 0.159.0. Sources per
// component in README.md (each component's config.schema.yaml / config.go upstream).
#include "otelcol/prometheus_shapes.hpp"

namespace telc::otelcol::shapes {

// clang-format off
// ---- receivers ----
inline constexpr Field kOtlpHttpServerFields[] = {{"logs_url_path"}, {"metrics_url_path"}, {"traces_url_path"}};
inline constexpr const Shape* kHttpServerBases[] = {&kHttpServer};
inline constexpr Shape kOtlpHttpServer{kOtlpHttpServerFields, kHttpServerBases};
inline constexpr Field kOtlpProtocolsFields[] = {{"grpc", K::object, &kGrpcServer}, {"http", K::object, &kOtlpHttpServer}};
inline constexpr Shape kOtlpProtocols{kOtlpProtocolsFields};
inline constexpr Field kOtlpReceiverFields[] = {{"protocols", K::object, &kOtlpProtocols}};
inline constexpr Shape kOtlpReceiver{kOtlpReceiverFields};

inline constexpr Field kApiServerFields[] = {{"enabled"}, {"max_connections"}, {"server_config", K::object, &kHttpServer}};
inline constexpr Shape kApiServer{kApiServerFields};
inline constexpr Field kPrometheusReceiverFields[] = {
    {"api_server", K::object, &kApiServer}, {"config", K::object, &kPromConfig}, {"target_allocator"},
    {"trim_metric_suffixes", K::boolean}};
inline constexpr Shape kPrometheusReceiver{kPrometheusReceiverFields};

// ---- processors ----
inline constexpr Field kBatchFields[] = {
    {"metadata_cardinality_limit", K::integer}, {"metadata_keys"}, {"send_batch_max_size", K::integer},
    {"send_batch_size", K::integer}, {"timeout", K::duration}};
inline constexpr Shape kBatch{kBatchFields};

inline constexpr Field kMemoryLimiterFields[] = {
    {"check_interval", K::duration}, {"limit_mib", K::integer}, {"limit_percentage", K::integer},
    {"max_gc_interval_when_hard_limited", K::duration, nullptr, {}, 156}, {"max_gc_interval_when_soft_limited", K::duration, nullptr, {}, 156},
    {"min_gc_interval_when_hard_limited", K::duration, nullptr, {}, 121}, {"min_gc_interval_when_soft_limited", K::duration, nullptr, {}, 121},
    {"spike_limit_mib", K::integer}, {"spike_limit_percentage", K::integer}};
inline constexpr Shape kMemoryLimiter{kMemoryLimiterFields};

// Items of *_conditions / *_statements may be plain strings; only mapping items are checked.
// A group's `context` must be one its signal knows (transformprocessor/internal/common,
// filterprocessor config.go): the lists below, per signal.
inline constexpr Names kTraceContexts[] = {"resource", "scope", "span", "spanevent"};
inline constexpr Names kMetricContexts[] = {"datapoint", "metric", "resource", "scope"};
inline constexpr Names kLogContexts[] = {"log", "resource", "scope"};
inline constexpr Names kProfileContexts[] = {"profile", "resource", "scope"};
#define TELC_CONDITION_GROUP(NAME, CONTEXTS)                                                                       \
  inline constexpr Field NAME##Fields[] = {                                                                        \
      {"conditions"}, {"context", K::enumerated, nullptr, CONTEXTS}, {"error_mode", K::enumerated, nullptr, kErrorModes}}; \
  inline constexpr Shape NAME{NAME##Fields};
TELC_CONDITION_GROUP(kTraceConditionGroup, kTraceContexts)
TELC_CONDITION_GROUP(kMetricConditionGroup, kMetricContexts)
TELC_CONDITION_GROUP(kLogConditionGroup, kLogContexts)
TELC_CONDITION_GROUP(kProfileConditionGroup, kProfileContexts)
#undef TELC_CONDITION_GROUP
inline constexpr Names kMatchTypes[] = {"expr", "regexp", "strict"};
inline constexpr Field kMetricMatchFields[] = {
    {"expressions"}, {"match_type", K::enumerated, nullptr, kMatchTypes}, {"metric_names"}, {"regexp"},
    {"resource_attributes"}};
inline constexpr Shape kMetricMatch{kMetricMatchFields};
// The legacy `metrics:` block takes include/exclude or OTTL lists per context: open.
inline constexpr Field kFilterMetricsFields[] = {
    {"exclude", K::object, &kMetricMatch}, {"include", K::object, &kMetricMatch}};
inline constexpr Shape kFilterMetrics{kFilterMetricsFields, {}, true};
// The *_conditions lists appeared in 0.146.0 (filterprocessor config.go, contrib CHANGELOG).
inline constexpr Field kFilterFields[] = {
    {"error_mode", K::enumerated, nullptr, kErrorModes},
    {"log_conditions", K::objects, &kLogConditionGroup, {}, 146}, {"logs"},
    {"metric_conditions", K::objects, &kMetricConditionGroup, {}, 146}, {"metrics", K::object, &kFilterMetrics},
    {"profile_conditions", K::objects, &kProfileConditionGroup, {}, 146}, {"profiles"}, {"spans"},
    {"trace_conditions", K::objects, &kTraceConditionGroup, {}, 146}, {"traces"}};
inline constexpr Shape kFilter{kFilterFields};

#define TELC_STATEMENT_GROUP(NAME, CONTEXTS)                                                                 \
  inline constexpr Field NAME##Fields[] = {                                                                  \
      {"conditions"}, {"context", K::enumerated, nullptr, CONTEXTS}, {"error_mode", K::enumerated, nullptr, kErrorModes}, \
      {"flatten"}, {"shared_cache"}, {"statements"}};                                                        \
  inline constexpr Shape NAME{NAME##Fields};
TELC_STATEMENT_GROUP(kTraceStatementGroup, kTraceContexts)
TELC_STATEMENT_GROUP(kMetricStatementGroup, kMetricContexts)
TELC_STATEMENT_GROUP(kLogStatementGroup, kLogContexts)
TELC_STATEMENT_GROUP(kProfileStatementGroup, kProfileContexts)
#undef TELC_STATEMENT_GROUP
inline constexpr Field kTransformFields[] = {
    {"error_mode", K::enumerated, nullptr, kErrorModes}, {"flatten_data", K::boolean},
    {"log_statements", K::objects, &kLogStatementGroup}, {"metric_statements", K::objects, &kMetricStatementGroup},
    {"profile_statements", K::objects, &kProfileStatementGroup},
    {"trace_statements", K::objects, &kTraceStatementGroup}};
inline constexpr Shape kTransform{kTransformFields};

inline constexpr Names kAttrActions[] = {"convert", "delete", "extract", "hash", "insert", "update", "upsert"};
inline constexpr Names kConvertedTypes[] = {"double", "int", "string"};
inline constexpr Field kAttrActionFields[] = {
    {"action", K::enumerated, nullptr, kAttrActions}, {"converted_type", K::enumerated, nullptr, kConvertedTypes},
    {"default_value"}, {"from_attribute"}, {"from_context"}, {"key"}, {"pattern"}, {"value"}};
inline constexpr Shape kAttrAction{kAttrActionFields};
inline constexpr Field kResourceFields[] = {{"attributes", K::objects, &kAttrAction}};
inline constexpr Shape kResource{kResourceFields};
inline constexpr Field kAttributesFields[] = {{"actions", K::objects, &kAttrAction}, {"exclude"}, {"include"}};
inline constexpr Shape kAttributes{kAttributesFields};

// deltatocumulativeprocessor config.go: Validate wants max_stale > 0 and max_streams >= 0.
inline constexpr Field kDeltaToCumulativeFields[] = {
    {"max_exponential_histogram_buckets", K::integer},
    {"max_stale", K::duration}, {"max_streams", K::integer}, {"storage"}};
inline constexpr Shape kDeltaToCumulative{kDeltaToCumulativeFields};
// cumulativetodeltaprocessor: include/exclude matchers and options; open, since only its
// staleness duration is checked (0 keeps state forever there, so 0 is valid).
inline constexpr Field kCumulativeToDeltaFields[] = {{"max_staleness", K::duration}};
inline constexpr Shape kCumulativeToDelta{kCumulativeToDeltaFields, {}, true};

// ---- exporters ----
inline constexpr Field kExporterQueueRetryFields[] = {
    {"retry_on_failure", K::object, &kRetry}, {"sending_queue", K::object, &kQueue}};
inline constexpr const Shape* kOtlpGrpcBases[] = {&kGrpcClient, &kTimeout};
inline constexpr Shape kOtlpGrpcExporter{kExporterQueueRetryFields, kOtlpGrpcBases};

inline constexpr Names kEncodings[] = {"json", "proto"};
inline constexpr Field kOtlpHttpExporterFields[] = {
    {"encoding", K::enumerated, nullptr, kEncodings}, {"logs_endpoint"}, {"metrics_endpoint"},
    {"profiles_endpoint", K::any, nullptr, {}, 133}, {"retry_on_failure", K::object, &kRetry}, {"sending_queue", K::object, &kQueue},
    {"traces_endpoint"}};
inline constexpr const Shape* kHttpClientBases[] = {&kHttpClient};
inline constexpr Shape kOtlpHttpExporter{kOtlpHttpExporterFields, kHttpClientBases};

inline constexpr Field kRemoteWriteQueueFields[] = {
    {"enabled", K::boolean}, {"num_consumers", K::integer}, {"queue_size", K::integer}};
inline constexpr Shape kRemoteWriteQueue{kRemoteWriteQueueFields};
inline constexpr Field kResourceToTelemetryFields[] = {{"enabled"}, {"exclude_service_attributes"}};
inline constexpr Shape kResourceToTelemetry{kResourceToTelemetryFields};
inline constexpr Field kEnabledFields[] = {{"enabled"}};
inline constexpr Shape kEnabledOnly{kEnabledFields};
inline constexpr Field kWalFields[] = {
    {"buffer_size"}, {"directory"}, {"lag_record_frequency", K::duration}, {"truncate_frequency", K::duration}};
inline constexpr Shape kWal{kWalFields};
inline constexpr Names kProtobufMessages[] = {"io.prometheus.write.v2.Request", "prometheus.WriteRequest"};
inline constexpr Names kTranslationStrategies[] = {
    "NoTranslation", "NoUTF8EscapingWithSuffixes", "UnderscoreEscapingWithSuffixes",
    "UnderscoreEscapingWithoutSuffixes"};
inline constexpr Field kRemoteWriteFields[] = {
    {"add_metric_suffixes"}, {"disable_scope_info"}, {"external_labels"}, {"http", K::object, &kHttpClient},
    {"max_batch_request_parallelism"}, {"max_batch_size_bytes"}, {"namespace"},
    {"protobuf_message", K::enumerated, nullptr, kProtobufMessages},
    {"remote_write_queue", K::object, &kRemoteWriteQueue},
    {"resource_to_telemetry_conversion", K::object, &kResourceToTelemetry},
    {"retry_on_failure", K::object, &kRetry}, {"send_metadata"}, {"target_info", K::object, &kEnabledOnly},
    {"translation_strategy", K::enumerated, nullptr, kTranslationStrategies}, {"wal", K::object, &kWal}};
inline constexpr const Shape* kRemoteWriteBases[] = {&kHttpClient, &kTimeout};
inline constexpr Shape kRemoteWrite{kRemoteWriteFields, kRemoteWriteBases};

inline constexpr Names kVerbosities[] = {"basic", "detailed", "normal"};
inline constexpr Field kDebugFields[] = {
    {"output_paths", K::any, nullptr, {}, 146}, {"sampling_initial", K::integer}, {"sampling_thereafter", K::integer},
    {"sending_queue", K::object, &kQueue}, {"use_internal_logger", K::boolean},
    {"verbosity", K::enumerated, nullptr, kVerbosities}};
inline constexpr Shape kDebug{kDebugFields};

// ---- extensions ----
inline constexpr Field kFileRetryFields[] = {{"enabled"}, {"max_retries"}, {"retry_interval", K::duration}};
inline constexpr Shape kFileRetry{kFileRetryFields};
inline constexpr Field kBearerTokenFields[] = {
    {"file_retry", K::object, &kFileRetry}, {"filename"}, {"header"}, {"scheme"}, {"token", K::secret},
    {"tokens", K::secrets}};
inline constexpr Shape kBearerToken{kBearerTokenFields};

// The *_file keys arrived in the 0.147 cycle (extension_file_test.go beside a go.mod on core
// v0.146.2-0.2026…; config.go at 870de36 has username and password only); before, an unknown
// key is fatal.
inline constexpr Field kClientAuthFields[] = {{"aws_secrets_manager"},
                                              {"password", K::secret},
                                              {"password_file", K::any, nullptr, {}, 147},
                                              {"username"},
                                              {"username_file", K::any, nullptr, {}, 147}};
inline constexpr Shape kClientAuth{kClientAuthFields};
inline constexpr Field kHtpasswdFields[] = {{"file"}, {"inline"}};
inline constexpr Shape kHtpasswd{kHtpasswdFields};
inline constexpr Field kBasicAuthFields[] = {{"client_auth", K::object, &kClientAuth}, {"htpasswd", K::object, &kHtpasswd}};
inline constexpr Shape kBasicAuth{kBasicAuthFields};

inline constexpr Names kHeaderActions[] = {"delete", "insert", "update", "upsert"};
inline constexpr Field kHeaderSetterFields[] = {
    {"action", K::enumerated, nullptr, kHeaderActions}, {"default_value"}, {"from_attribute"}, {"from_context"},
    {"key"}, {"value"}, {"value_file"}};
inline constexpr Shape kHeaderSetter{kHeaderSetterFields};
inline constexpr Field kHeadersSetterFields[] = {{"additional_auth"}, {"headers", K::objects, &kHeaderSetter}};
inline constexpr Shape kHeadersSetter{kHeadersSetterFields};

inline constexpr Field kPipelineCheckFields[] = {{"enabled"}, {"exporter_failure_threshold"}, {"interval", K::duration}};
inline constexpr Shape kPipelineCheck{kPipelineCheckFields};
inline constexpr Field kResponseBodyFields[] = {{"healthy"}, {"unhealthy"}};
inline constexpr Shape kResponseBody{kResponseBodyFields};
inline constexpr Field kHealthCheckFields[] = {
    {"check_collector_pipeline", K::object, &kPipelineCheck}, {"component_health"}, {"grpc"}, {"http"},
    {"path"}, {"response_body", K::object, &kResponseBody}, {"use_v2"}};
inline constexpr Shape kHealthCheck{kHealthCheckFields, kHttpServerBases};

// ---- connectors ----
// routingconnector config.go: a route's context and action.
inline constexpr Names kRouteContexts[] = {"datapoint", "log", "metric", "request", "resource", "span"};
inline constexpr Names kRouteActions[] = {"copy", "move"};
inline constexpr Field kRouteFields[] = {
    {"action", K::enumerated, nullptr, kRouteActions}, {"condition"}, {"context", K::enumerated, nullptr, kRouteContexts},
    {"pipelines"}, {"statement"}};
inline constexpr Shape kRoute{kRouteFields};
inline constexpr Field kRoutingFields[] = {
    {"default_pipelines"}, {"error_mode", K::enumerated, nullptr, kErrorModes}, {"match_once", K::boolean},
    {"table", K::objects, &kRoute}};
inline constexpr Shape kRouting{kRoutingFields};
inline constexpr Shape kForward{};
// clang-format on

/// Every table in this header, for the sortedness check.
inline constexpr const Shape* kComponentShapes[] = {
    &kOtlpHttpServer,
    &kOtlpProtocols,
    &kOtlpReceiver,
    &kApiServer,
    &kPrometheusReceiver,
    &kBatch,
    &kMemoryLimiter,
    &kTraceConditionGroup,
    &kMetricConditionGroup,
    &kLogConditionGroup,
    &kProfileConditionGroup,
    &kMetricMatch,
    &kFilterMetrics,
    &kFilter,
    &kTraceStatementGroup,
    &kMetricStatementGroup,
    &kLogStatementGroup,
    &kProfileStatementGroup,
    &kTransform,
    &kDeltaToCumulative,
    &kCumulativeToDelta,
    &kAttrAction,
    &kResource,
    &kAttributes,
    &kOtlpGrpcExporter,
    &kOtlpHttpExporter,
    &kRemoteWriteQueue,
    &kResourceToTelemetry,
    &kEnabledOnly,
    &kWal,
    &kRemoteWrite,
    &kDebug,
    &kFileRetry,
    &kBearerToken,
    &kClientAuth,
    &kHtpasswd,
    &kBasicAuth,
    &kHeaderSetter,
    &kHeadersSetter,
    &kPipelineCheck,
    &kResponseBody,
    &kHealthCheck,
    &kRoute,
    &kRouting,
    &kForward,
};

}  // namespace telc::otelcol::shapes
