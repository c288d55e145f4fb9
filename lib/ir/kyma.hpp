#pragma once
// Kyma pipelines as the Telemetry Manager's config builders see them: after its defaulting
// webhook (system namespaces excluded, gRPC, inputs on or off), sorted by name as the builders
// sort them. Fields are the manager's (v1beta1); values stay references (model::KymaValue).
#include <cstdint>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "model/kyma.hpp"

namespace telc::ir {

enum class KymaSignal : std::uint8_t { logs, metrics, traces };

/// A namespace selection: both lists empty selects every namespace.
struct KymaNamespaces {
  std::vector<std::string> include, exclude;
  [[nodiscard]] bool selects_all() const { return include.empty() && exclude.empty(); }
};

struct KymaOttl {
  std::vector<std::string> conditions, statements;
};

/// MetricPipeline runtime resources; each on unless the pipeline turns it off.
struct KymaRuntimeResources {
  bool pod = true, container = true, node = true, volume = true;
  bool daemonset = true, deployment = true, statefulset = true, job = true;
};

struct KymaPipeline {
  KymaSignal signal = KymaSignal::logs;
  std::string name;
  std::string source_file;  // for generated headers: ir::SourceNames
  diag::SourceSpan provenance;

  model::KymaOtlpOutput output;  // protocol and compression defaulted
  bool http = false;             // output.otlp.protocol is http (else gRPC)

  bool otlp_input = true;
  KymaNamespaces otlp_namespaces;

  // LogPipeline runtime input (the log agent); MetricPipeline runtime input (the metric agent).
  bool runtime = false;
  KymaNamespaces runtime_namespaces;
  std::vector<std::string> include_containers, exclude_containers;  // logs
  bool keep_original_body = true;                                   // logs
  KymaRuntimeResources runtime_resources;                           // metrics
  std::vector<std::string> additional_metrics;                      // metrics

  // MetricPipeline pull inputs.
  bool prometheus = false, prometheus_diagnostic = false;
  KymaNamespaces prometheus_namespaces;
  bool istio = false, istio_diagnostic = false, envoy = false;
  KymaNamespaces istio_namespaces;
  bool delta = false;  // output.otlp.temporality delta

  std::vector<KymaOttl> transforms, filters;
};

/// A LogPipeline of the legacy Fluent Bit path, which the `kyma` target does not compile.
struct KymaFluentBitPipeline {
  std::string name;
  std::string field;  // the first Fluent Bit field written, e.g. /spec/output/http
  diag::SourceSpan provenance;
};

struct KymaPrograms {
  std::vector<KymaPipeline> logs, metrics, traces;  // each sorted by name; OTLP outputs only
  std::vector<KymaFluentBitPipeline> fluent_bit;    // in input order
};

/// The webhook's default exclusion when a pipeline selects no namespaces.
[[nodiscard]] std::vector<std::string> kyma_system_namespaces();

}  // namespace telc::ir
