#pragma once
// The Prometheus configuration inside the prometheus receiver's `config:`. It is decoded by
// Prometheus' own strict YAML unmarshal, so a scrape_config's key set is closed. Read from
// prometheus/prometheus config/config.go (ScrapeConfig, GlobalConfig; the v3 line that contrib
// 0.120 to 0.159 vendors, checked at 0008cbeeb1), common/config/http_config.go (HTTPClientConfig,
// inlined) and model/relabel/relabel.go. Service discovery configs are registered by name
// (`*_sd_configs`), so that suffix is accepted unchecked. Durations are Prometheus durations.
#include "otelcol/shared_shapes.hpp"

namespace telc::otelcol::shapes {

// clang-format off
inline constexpr Names kRelabelActions[] = {
    "drop", "dropequal", "hashmod", "keep", "keepequal", "labeldrop", "labelkeep", "labelmap", "lowercase",
    "replace", "templatereplace", "uppercase"};
inline constexpr Field kRelabelFields[] = {
    {"action", K::enumerated, nullptr, kRelabelActions}, {"if"}, {"labels"}, {"modulus"}, {"regex"},
    {"replacement"}, {"separator"}, {"source_labels"}, {"target_label"}};
inline constexpr Shape kRelabel{kRelabelFields};
inline constexpr Field kPromBasicAuthFields[] = {
    {"password", K::secret}, {"password_file"}, {"password_ref"}, {"username"}, {"username_file"}, {"username_ref"}};
inline constexpr Shape kPromBasicAuth{kPromBasicAuthFields};
inline constexpr Field kPromAuthorizationFields[] = {
    {"credentials", K::secret}, {"credentials_file"}, {"credentials_ref"}, {"type"}};
inline constexpr Shape kPromAuthorization{kPromAuthorizationFields};
inline constexpr Field kPromOauth2Fields[] = {{"client_secret", K::secret}};
inline constexpr Shape kPromOauth2{kPromOauth2Fields, {}, true};

inline constexpr Field kScrapeConfigFields[] = {
    {"always_scrape_classic_histograms", K::boolean}, {"authorization", K::object, &kPromAuthorization},
    {"basic_auth", K::object, &kPromBasicAuth}, {"bearer_token", K::secret}, {"bearer_token_file"},
    {"body_size_limit"}, {"convert_classic_histograms_to_nhcb", K::boolean}, {"enable_compression", K::boolean},
    {"enable_http2", K::boolean}, {"extra_scrape_metrics", K::boolean}, {"fallback_scrape_protocol"},
    {"follow_redirects", K::boolean}, {"honor_labels", K::boolean}, {"honor_timestamps", K::boolean},
    {"http_headers"}, {"job_name", K::string}, {"keep_dropped_targets", K::integer}, {"label_limit", K::integer},
    {"label_name_length_limit", K::integer}, {"label_value_length_limit", K::integer},
    {"metric_name_escaping_scheme"}, {"metric_name_validation_scheme"},
    {"metric_relabel_configs", K::objects, &kRelabel}, {"metrics_path", K::string},
    {"native_histogram_bucket_limit", K::integer}, {"native_histogram_min_bucket_factor", K::number},
    {"no_proxy"}, {"oauth2", K::object, &kPromOauth2}, {"params"}, {"proxy_connect_header"},
    {"proxy_from_environment", K::boolean}, {"proxy_url"}, {"relabel_configs", K::objects, &kRelabel},
    {"sample_limit", K::integer}, {"scheme"}, {"scrape_failure_log_file"},
    {"scrape_interval", K::prom_duration}, {"scrape_native_histograms", K::boolean}, {"scrape_protocols"},
    {"scrape_timeout", K::prom_duration}, {"static_configs"}, {"target_limit", K::integer}, {"tls_config"},
    {"track_timestamps_staleness", K::boolean}};
inline constexpr Shape kScrapeConfig{kScrapeConfigFields, {}, false, "_sd_configs"};
// GlobalConfig has more limits than listed here: open, with its durations checked.
inline constexpr Field kPromGlobalFields[] = {
    {"evaluation_interval", K::prom_duration}, {"rule_query_offset", K::prom_duration},
    {"scrape_interval", K::prom_duration}, {"scrape_timeout", K::prom_duration}};
inline constexpr Shape kPromGlobal{kPromGlobalFields, {}, true};
inline constexpr Field kPromConfigFields[] = {
    {"alerting", K::unsupported}, {"global", K::object, &kPromGlobal}, {"otlp"}, {"remote_read", K::unsupported},
    {"remote_write", K::unsupported}, {"rule_files", K::unsupported}, {"runtime"}, {"scrape_config_files"},
    {"scrape_configs", K::objects, &kScrapeConfig}, {"storage"}, {"tracing"}};
inline constexpr Shape kPromConfig{kPromConfigFields};
// clang-format on

/// Every table in this header, for the sortedness check.
inline constexpr const Shape* kPrometheusShapes[] = {
    &kRelabel, &kPromBasicAuth, &kPromAuthorization, &kPromOauth2, &kScrapeConfig, &kPromGlobal, &kPromConfig,
};

}  // namespace telc::otelcol::shapes
