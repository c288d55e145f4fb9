#pragma once
// What the three Kyma configs share, written as the Telemetry Manager's
// internal/otelcollector/config/common writes it (release in kyma_backend.cpp): the config
// skeleton and its component builder, component ids, environment-variable names, the OTLP
// exporter, the OAuth2 extension, the enrichment processors and the user's transform and filter.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "backends/kyma/env_vars.hpp"
#include "ir/ir.hpp"

namespace telc::backends::kyma {

using Json = nlohmann::json;

/// A collector config under construction, as the manager's ComponentBuilder builds one: a
/// component's config is recorded the first time its id is added (an exporter's each time); each
/// service pipeline lists its components in the order they were added. Ids starting with
/// `routing` or `forward` are connectors.
class ConfigBuilder {
 public:
  /// The skeleton of common.NewConfig(): health_check, pprof and cgroup_runtime extensions and
  /// the service's own telemetry.
  ConfigBuilder();

  void add_pipeline(const std::string& pipeline);  // an empty service pipeline, in place
  void add_receiver(const std::string& pipeline, const std::string& id, Json config);
  void add_processor(const std::string& pipeline, const std::string& id, Json config);
  void add_exporter(const std::string& pipeline, const std::string& id, Json config);
  void add_extension(const std::string& id, Json config);
  [[nodiscard]] bool has_processor(const std::string& id) const;

  EnvVars& env() { return env_; }
  /// The finished config. Keys are sorted (the manager's maps are too; its structs keep field
  /// order, which YAML readers ignore).
  [[nodiscard]] Json finish() const;

 private:
  void add(const char* section, const char* list, const std::string& pipeline, const std::string& id, Json config,
           bool replace);
  Json config_;
  EnvVars env_;
};

// ---- ids and names (common/component_ids.go, env_vars.go)

/// logpipeline | metricpipeline | tracepipeline
[[nodiscard]] std::string_view type_prefix(ir::KymaSignal signal);
/// "<type prefix>-<name>", e.g. logpipeline-backend
[[nodiscard]] std::string qualified_name(const ir::KymaPipeline& pipeline);
/// otlp_grpc/<qualified name> or otlp_http/<qualified name>
[[nodiscard]] std::string otlp_exporter_id(const ir::KymaPipeline& pipeline);
[[nodiscard]] std::string oauth2_extension_id(const ir::KymaPipeline& pipeline);
[[nodiscard]] std::string user_transform_id(const ir::KymaPipeline& pipeline);
[[nodiscard]] std::string user_filter_id(const ir::KymaPipeline& pipeline);
/// "<PREFIX>_<TYPE>_<NAME>", upper-cased with '.' and '-' as '_'.
[[nodiscard]] std::string env_key(std::string_view prefix, const ir::KymaPipeline& pipeline);

// ---- exporters and extensions

/// The sending queue of an exporter; queue_size 0 disables it (common.NewSendingQueue).
struct SendingQueue {
  int queue_size = 0;
  std::string sizer;  // empty: not written
  Json batch;         // null: not written
};
[[nodiscard]] Json sending_queue(const SendingQueue& queue);

/// Adds the pipeline's OTLP exporter to `service_pipeline`, recording the environment variables
/// it reads; with OAuth2 it authenticates through the pipeline's oauth2client extension.
void add_otlp_exporter(ConfigBuilder& config, const std::string& service_pipeline, const ir::KymaPipeline& pipeline,
                       const SendingQueue& queue);
/// The pipeline's oauth2client extension and its variables; nothing without OAuth2. The builders
/// add it where the manager does (before the pipeline's components), which fixes its place in
/// service.extensions.
void add_oauth2_extension(ConfigBuilder& config, const ir::KymaPipeline& pipeline);

// ---- processors (common/processor_builders.go)

/// Whether the cluster uses the `otel` service-enrichment strategy (else Kyma's legacy one).
[[nodiscard]] bool otel_service_enrichment(const model::KymaClusterConfig& kyma);
[[nodiscard]] Json k8s_attributes(const model::KymaClusterConfig& kyma);
/// service_enrichment's config, or null under the `otel` strategy (then it is not added).
[[nodiscard]] Json service_enrichment(const model::KymaClusterConfig& kyma);
[[nodiscard]] std::vector<std::string> insert_cluster_attributes_statements(const model::KymaClusterConfig& kyma);
[[nodiscard]] std::vector<std::string> drop_kyma_attributes_statements();
[[nodiscard]] std::vector<std::string> drop_unknown_service_name_statements();
[[nodiscard]] std::vector<std::string> restore_otel_service_attrs_statements();

/// A transform processor config: error_mode ignore, one statement group per entry, under the
/// signal's `<signal>_statements` key.
[[nodiscard]] Json transform(ir::KymaSignal signal, const std::vector<ir::KymaOttl>& groups);
/// One group of plain statements.
[[nodiscard]] Json transform(ir::KymaSignal signal, const std::vector<std::string>& statements);
/// The same statements for logs, metrics and traces (AllSignalsTransformProcessor).
[[nodiscard]] Json transform_all_signals(const std::vector<std::string>& statements);
/// A filter processor config: error_mode ignore, `<signal>_conditions` groups.
[[nodiscard]] Json filter(ir::KymaSignal signal, const std::vector<ir::KymaOttl>& groups);
[[nodiscard]] Json filter(ir::KymaSignal signal, const std::vector<std::string>& conditions);

// The enrichment every config adds, each processor as a transform for `signal`, or for every
// signal (nullopt: the gateway, whose processors serve all three).

/// k8s_attributes, wrapped by the `otel` strategy's drop-unknown-service-name and
/// restore-otel-service-attrs transforms.
void add_k8s_attributes(ConfigBuilder& config, const std::string& service_pipeline,
                        const model::KymaClusterConfig& kyma, std::optional<ir::KymaSignal> signal);
/// service_enrichment, unless the `otel` strategy is selected.
void add_service_enrichment(ConfigBuilder& config, const std::string& service_pipeline,
                            const model::KymaClusterConfig& kyma);
void add_insert_cluster_attributes(ConfigBuilder& config, const std::string& service_pipeline,
                                   const model::KymaClusterConfig& kyma, std::optional<ir::KymaSignal> signal);
void add_drop_kyma_attributes(ConfigBuilder& config, const std::string& service_pipeline,
                              std::optional<ir::KymaSignal> signal);

/// The user's `transform` and `filter`, when the pipeline has them, added in that order.
void add_user_processors(ConfigBuilder& config, const std::string& service_pipeline, const ir::KymaPipeline& pipeline);

// ---- OTTL text (common/ottl_expressions.go)

[[nodiscard]] std::string resource_attribute(std::string_view key);
[[nodiscard]] std::string resource_attribute_equals(std::string_view key, std::string_view value);
[[nodiscard]] std::string namespace_equals(std::string_view name);
[[nodiscard]] std::string join_with_or(const std::vector<std::string>& parts);  // "(a or b)"
[[nodiscard]] std::string join_with_and(const std::vector<std::string>& parts);
[[nodiscard]] std::string join_with_where(std::string_view statement, std::string_view condition);
[[nodiscard]] std::string not_expression(const std::string& expression);  // not(x), or notx when x is in parentheses

/// "${NAME}"
[[nodiscard]] std::string env_ref(std::string_view name);
/// A Go duration as the manager's YAML writes time.Duration (e.g. 30s, 1m0s).
[[nodiscard]] std::string go_duration(std::int64_t nanoseconds);

}  // namespace telc::backends::kyma
