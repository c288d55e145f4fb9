#pragma once
// The lowered program: what the inputs mean, with defaults applied, names resolved and order
// fixed. Backends see only this; it holds no YAML and nothing left to parse.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "diag/diagnostic.hpp"
#include "ir/kyma.hpp"
#include "ir/metrics.hpp"
#include "ir/semconv.hpp"
#include "model/config.hpp"

namespace telc::ir {

enum class MatchOp : std::uint8_t { equal, not_equal, regex, not_regex };

/// One Prometheus label matcher; the metric name is the label `__name__`.
struct Matcher {
  std::string label;
  MatchOp op = MatchOp::equal;
  std::string value;
};

/// A series selector: matchers ANDed within a group, groups ORed.
struct Selector {
  std::vector<std::vector<Matcher>> groups;
  std::string text;  // canonical MetricsQL form, as the platform's federate endpoint takes it
};

struct LabelRequirement {
  enum class Op : std::uint8_t { in, not_in, exists, does_not_exist };
  std::string key;
  Op op = Op::in;
  std::vector<std::string> values;
};

/// One entry of resourceSelectors: namespace AND resource labels AND (any of the kinds).
struct ResourceSelection {
  std::optional<std::string> own_namespace;  // set when there is no namespaceSelector
  std::vector<LabelRequirement> namespace_labels;
  std::vector<LabelRequirement> resource_labels;
  std::vector<std::pair<std::string, std::string>> kinds;  // (group, kind); kind "*" = any kind
  bool has_namespace_selector = false;
  diag::SourceSpan provenance;
};

struct Source {
  enum class Kind : std::uint8_t { selector, resources };
  std::string name;
  Kind kind = Kind::selector;
  std::vector<ResourceSelection> resources;  // kind resources; ORed
  /// The series the source selects, as a selector over the platform's labels (with the tenancy
  /// matcher). Always set for kind selector; for resources only when every selection is
  /// expressible that way (no namespaceSelector, no labelSelectors: series carry neither).
  std::optional<Selector> selector;
  diag::SourceSpan provenance;
};

/// A credential by reference: a Kubernetes Secret key, never a value.
struct Auth {
  enum class Kind : std::uint8_t { none, basic, bearer };
  Kind kind = Kind::none;
  std::string secret;  // Secret name
  std::string key;     // bearer: the key holding the token (basic uses username / password)
};

struct ExportSink {
  enum class Protocol : std::uint8_t { otlp_http, prometheus_remote_write };
  std::string name;
  Protocol protocol = Protocol::otlp_http;
  std::string endpoint;
  Auth auth;
  bool batch_enabled = true;
  std::int64_t batch_timeout_ns = 0;  // nanoseconds, as Go durations: nothing below 1 ms is lost
  std::int64_t batch_max_size = 0;
  bool retry_enabled = true;
  std::int64_t retry_max_attempts = 0;
  std::int64_t retry_backoff_ns = 0;
  std::vector<std::size_t> sources;  // indexes into ExportPipeline::sources
  diag::SourceSpan provenance;
};

struct ExportPipeline {
  std::string api_version, kind;
  std::string name, name_space, uid;
  std::string source_file;  // for generated headers: ir::SourceNames
  std::vector<Source> sources;
  std::vector<ExportSink> sinks;
  diag::SourceSpan provenance;
};

struct Program {
  model::ProjectConfig config;
  std::vector<ExportPipeline> exports;        // sorted by (namespace, name)
  std::vector<MetricDef> metrics;             // sorted by metric name
  std::vector<MetricPolicy> metric_policies;  // sorted by (namespace, name); each names its metric
  SemconvRegistry semconv;                    // every registry file among the inputs, as one
  KymaPrograms kyma;                          // Kyma pipelines with an OTLP output
};

}  // namespace telc::ir
