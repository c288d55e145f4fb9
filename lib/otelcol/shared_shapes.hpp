#pragma once
// Configuration structs shared by many components (core `config/*` and `exporterhelper`), as of
// collector 0.159.0: configtls, configauth, configretry, configgrpc, confighttp, confignet,
// exporterhelper queue/batch/timeout (each package's config.schema.yaml at core 934999fbab).
// Fields are sorted by name; component_table_test checks it.
#include "otelcol/component_table.hpp"

namespace telc::otelcol::shapes {

using K = ValueKind;
using Names = std::string_view;

// clang-format off
inline constexpr Names kErrorModes[] = {"ignore", "propagate", "silent"};
inline constexpr Names kGrpcCompression[] = {"", "gzip", "none", "snappy", "zstd"};
inline constexpr Names kHttpCompression[] = {"", "deflate", "gzip", "lz4", "none", "snappy", "x-snappy-framed", "zlib", "zstd"};
inline constexpr Names kQueueSizers[] = {"bytes", "items", "requests"};
inline constexpr Names kBatchSizers[] = {"bytes", "items"};

// A ${…} reference anywhere in a value is skipped by the scalar checks (values.cpp).
inline constexpr Field kAuthClientFields[] = {{"authenticator"}};
inline constexpr Shape kAuthClient{kAuthClientFields};
inline constexpr Field kAuthServerFields[] = {{"authenticator"}, {"request_params"}};
inline constexpr Shape kAuthServer{kAuthServerFields};

inline constexpr Field kTlsCommonFields[] = {
    {"ca_file"}, {"ca_pem"}, {"cert_file"}, {"cert_pem"}, {"cipher_suites"}, {"curve_preferences"},
    {"include_system_ca_certs_pool", K::boolean}, {"key_file"}, {"key_pem", K::secret}, {"max_version"}, {"min_version"},
    {"reload_interval", K::duration}, {"tpm", K::any, nullptr, {}, 126},
};
inline constexpr Shape kTlsCommon{kTlsCommonFields};
inline constexpr const Shape* kTlsBases[] = {&kTlsCommon};
inline constexpr Field kTlsClientFields[] = {{"insecure", K::boolean}, {"insecure_skip_verify", K::boolean}, {"server_name_override"}};
inline constexpr Shape kTlsClient{kTlsClientFields, kTlsBases};
inline constexpr Field kTlsServerFields[] = {{"client_ca_file"}, {"client_ca_file_reload"}};
inline constexpr Shape kTlsServer{kTlsServerFields, kTlsBases};

inline constexpr Field kRetryFields[] = {
    {"enabled", K::boolean}, {"initial_interval", K::duration}, {"max_elapsed_time", K::duration},
    {"max_interval", K::duration}, {"multiplier", K::number}, {"randomization_factor", K::number},
};
inline constexpr Shape kRetry{kRetryFields};

inline constexpr Field kPartitionFields[] = {{"metadata_keys"}};
inline constexpr Shape kPartition{kPartitionFields};
inline constexpr Field kQueueBatchFields[] = {
    {"flush_timeout", K::duration}, {"max_size", K::integer}, {"min_size", K::integer}, {"partition", K::object, &kPartition, {}, 147},
    {"sizer", K::enumerated, nullptr, kBatchSizers},
};
inline constexpr Shape kQueueBatch{kQueueBatchFields};
inline constexpr Field kQueueFields[] = {
    {"batch", K::object, &kQueueBatch}, {"block_on_overflow", K::boolean, nullptr, {}, 123}, {"blocking", K::boolean, nullptr, {}, 0, 129}, {"enabled", K::boolean},
    {"num_consumers", K::integer}, {"queue_size", K::integer}, {"sizer", K::enumerated, nullptr, kQueueSizers},
    {"storage"}, {"wait_for_result", K::boolean, nullptr, {}, 123},
};
inline constexpr Shape kQueue{kQueueFields};

inline constexpr Field kTimeoutFields[] = {{"timeout", K::duration}};
inline constexpr Shape kTimeout{kTimeoutFields};

inline constexpr Field kKeepaliveClientFields[] = {
    {"permit_without_stream"}, {"time", K::duration}, {"timeout", K::duration},
};
inline constexpr Shape kKeepaliveClient{kKeepaliveClientFields};

inline constexpr Field kGrpcClientFields[] = {
    {"auth", K::object, &kAuthClient}, {"authority"}, {"balancer_name"},
    {"compression", K::enumerated, nullptr, kGrpcCompression}, {"endpoint", K::string}, {"headers", K::headers},
    {"keepalive", K::object, &kKeepaliveClient}, {"middlewares", K::any, nullptr, {}, 125}, {"read_buffer_size", K::integer},
    {"tls", K::object, &kTlsClient}, {"user_agent", K::any, nullptr, {}, 151}, {"wait_for_ready", K::boolean}, {"write_buffer_size", K::integer},
};
inline constexpr Shape kGrpcClient{kGrpcClientFields};

inline constexpr Field kHttpClientFields[] = {
    {"auth", K::object, &kAuthClient}, {"compression", K::enumerated, nullptr, kHttpCompression},
    {"compression_params"}, {"cookies"}, {"disable_keep_alives", K::boolean}, {"endpoint", K::string},
    {"force_attempt_http2", K::boolean, nullptr, {}, 132},
    {"headers", K::headers}, {"http2_ping_timeout", K::duration}, {"http2_read_idle_timeout", K::duration},
    {"idle_conn_timeout", K::duration}, {"max_conns_per_host", K::integer}, {"max_idle_conns", K::integer},
    {"max_idle_conns_per_host", K::integer}, {"middlewares", K::any, nullptr, {}, 125}, {"proxy_url"}, {"read_buffer_size", K::integer},
    {"timeout", K::duration}, {"tls", K::object, &kTlsClient}, {"write_buffer_size", K::integer},
};
inline constexpr Shape kHttpClient{kHttpClientFields};

inline constexpr Field kEnforcementFields[] = {{"min_time", K::duration}, {"permit_without_stream"}};
inline constexpr Shape kEnforcement{kEnforcementFields};
inline constexpr Field kServerParametersFields[] = {
    {"max_connection_age", K::duration}, {"max_connection_age_grace", K::duration},
    {"max_connection_idle", K::duration}, {"time", K::duration}, {"timeout", K::duration},
};
inline constexpr Shape kServerParameters{kServerParametersFields};
inline constexpr Field kKeepaliveServerFields[] = {
    {"enforcement_policy", K::object, &kEnforcement}, {"server_parameters", K::object, &kServerParameters},
};
inline constexpr Shape kKeepaliveServer{kKeepaliveServerFields};
inline constexpr Field kDialerFields[] = {{"timeout", K::duration}};
inline constexpr Shape kDialer{kDialerFields};

inline constexpr Field kGrpcServerFields[] = {
    {"auth", K::object, &kAuthServer}, {"dialer", K::object, &kDialer}, {"endpoint"}, {"include_metadata"},
    {"keepalive", K::object, &kKeepaliveServer}, {"max_concurrent_streams"}, {"max_recv_msg_size_mib"},
    {"middlewares", K::any, nullptr, {}, 125}, {"read_buffer_size"}, {"tls", K::object, &kTlsServer}, {"transport"}, {"write_buffer_size"},
};
inline constexpr Shape kGrpcServer{kGrpcServerFields};

inline constexpr Field kCorsFields[] = {{"allowed_headers"}, {"allowed_origins"}, {"exposed_headers", K::any, nullptr, {}, 154}, {"max_age"}};
inline constexpr Shape kCors{kCorsFields};
inline constexpr Field kHttpServerFields[] = {
    {"auth", K::object, &kAuthServer}, {"compression_algorithms"}, {"cors", K::object, &kCors}, {"endpoint"},
    {"idle_timeout", K::duration}, {"include_metadata"}, {"keep_alives_enabled", K::any, nullptr, {}, 138}, {"max_request_body_size"},
    {"middlewares", K::any, nullptr, {}, 125}, {"read_header_timeout", K::duration}, {"read_timeout", K::duration}, {"response_headers"},
    {"tls", K::object, &kTlsServer}, {"write_timeout", K::duration},
};
inline constexpr Shape kHttpServer{kHttpServerFields};
// clang-format on

/// Every table in this header, for the sortedness test.
inline constexpr const Shape* kSharedShapes[] = {
    &kAuthClient,       &kAuthServer,      &kTlsCommon, &kTlsClient,       &kTlsServer,  &kRetry,      &kPartition,
    &kQueueBatch,       &kQueue,           &kTimeout,   &kKeepaliveClient, &kGrpcClient, &kHttpClient, &kEnforcement,
    &kServerParameters, &kKeepaliveServer, &kDialer,    &kGrpcServer,      &kCors,       &kHttpServer,
};

}  // namespace telc::otelcol::shapes
