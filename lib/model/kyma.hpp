#pragma once
// A Kyma LogPipeline, TracePipeline or MetricPipeline as written, v1alpha1 read into v1beta1's
// shape (build_pipelines.cpp). Nothing is defaulted here: lowering (ir/lower_kyma.cpp) applies the
// Telemetry Manager's defaults, so validate and lint see only what the user wrote.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/origin.hpp"

namespace telc::model {

/// One entry of a Kyma pipeline's `spec.transform` (statements guarded by conditions) or
/// `spec.filter` (conditions only).
struct KymaOttlGroup {
  std::vector<EmbeddedStr> statements;
  std::vector<EmbeddedStr> conditions;
};

struct KymaSecretKeyRef {
  Str name, name_space, key;
};

/// A field written as `value` or `valueFrom.secretKeyRef`. The manager resolves it when it
/// reconciles; telc never does.
struct KymaValue {
  std::optional<Str> value;
  std::optional<KymaSecretKeyRef> secret;
  std::string pointer;  // where it is in the document, e.g. /spec/output/otlp/endpoint
  diag::SourceSpan span;
  /// As the manager's IsValid: a non-empty value or a Secret reference.
  [[nodiscard]] bool defined() const { return secret.has_value() || (value.has_value() && !value->value.empty()); }
};

struct KymaNamespaces {
  std::vector<std::string> include, exclude;
};

struct KymaHeader {
  std::string name, prefix;
  KymaValue value;
};

struct KymaTls {
  bool insecure = false, insecure_skip_verify = false;
  std::optional<KymaValue> ca, cert, key;
};

struct KymaOAuth2 {
  KymaValue token_url, client_id, client_secret;
  std::vector<std::string> scopes;
  std::vector<std::pair<std::string, std::string>> params;  // sorted by key
};

struct KymaOtlpOutput {
  std::optional<std::string> protocol;  // grpc | http; unset = the default
  KymaValue endpoint;
  std::string path;
  std::optional<KymaValue> basic_user, basic_password;
  std::optional<KymaOAuth2> oauth2;
  std::vector<KymaHeader> headers;
  std::optional<KymaTls> tls;
  std::string compression;                 // empty = the default (gzip)
  std::optional<std::string> temporality;  // MetricPipeline: preserve | delta
  diag::SourceSpan span;
};

/// One `spec.input.*` entry. Which fields apply depends on the input.
struct KymaInput {
  bool present = false;
  std::optional<bool> enabled;
  std::optional<KymaNamespaces> namespaces;
  diag::SourceSpan span;
  // LogPipeline runtime
  std::optional<KymaNamespaces> containers;
  std::optional<bool> keep_original_body;
  // MetricPipeline
  std::optional<bool> diagnostic_metrics, envoy_metrics;
  std::vector<std::pair<std::string, bool>> resources;  // runtime resources written, e.g. ("pod", false)
  std::vector<std::string> additional_metrics;
};

/// A LogPipeline field of the legacy Fluent Bit path (`output.http`, `output.custom`, `filters`,
/// `variables`, `files`) and where it is.
struct KymaFluentBitField {
  std::string pointer;
  diag::SourceSpan span;
};

/// What telc reads of a Kyma LogPipeline, TracePipeline or MetricPipeline: its OTTL transforms and
/// filters (checked as the manager's webhook checks them; lint reads the attribute keys the
/// statements write), its inputs and its OTLP output, for validate, lint and the `kyma` target.
struct KymaPipeline {
  Origin origin;
  std::vector<EmbeddedStr> statements;  // every transform statement, in order
  std::vector<KymaOttlGroup> transforms;
  std::vector<KymaOttlGroup> filters;
  std::optional<Str> token_url;  // spec.output.otlp.authentication.oauth2.tokenURL.value
  std::optional<KymaOtlpOutput> otlp;
  KymaInput runtime, otlp_input, prometheus, istio;
  std::vector<KymaFluentBitField> fluent_bit;
};

}  // namespace telc::model
