#pragma once
// The project configuration, `.telc.yaml`: found by walking up from the inputs (or --config),
// validated by schemas/telc.dev/v1alpha1/Config.schema.json. Every setting has a default, taken
// from that schema, so telc runs without the file.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "diag/sink.hpp"
#include "diag/source_manager.hpp"
#include "model/naming.hpp"

namespace telc::model {

struct ResourceAttributeNames {
  std::string group, kind, name_space, namespace_label_prefix, resource_label_prefix;
};

/// A rule code → severity setting ("error", "warning", "note" or "off"), located for diagnostics.
struct RuleSetting {
  diag::Located<std::string> code;
  std::string severity;
};

struct LintOverride {
  std::vector<std::string> paths;  // globs relative to the config file's directory
  std::vector<RuleSetting> rules;
};

struct LintConfig {
  std::string profile;  // datum | otel
  std::vector<RuleSetting> rules;
  std::vector<LintOverride> overrides;
};

/// `.telc.yaml` `kyma`: cluster facts the `kyma` target needs and pipelines do not carry.
struct KymaClusterConfig {
  std::string cluster_name, cluster_uid, cloud_provider, name_space, module_version, service_enrichment;
  bool istio = false, vpa = false;
  std::vector<std::pair<std::string, bool>> extract_pod_labels;  // (key, is a prefix)
  std::int64_t runtime_interval_ns = 0, prometheus_interval_ns = 0, istio_interval_ns = 0;
};

struct ProjectConfig {
  std::optional<std::string> path;  // the file read, if any
  // platform
  std::string federate_endpoint;
  std::string username_env, password_env;
  std::string tenancy_label, project;
  std::int64_t scrape_interval_ns = 0;
  ResourceAttributeNames resource_attributes;
  std::vector<std::string> platform_labels;
  LintConfig lint;
  // collector
  std::string collector_version, distribution, source_mode, otlp_endpoint;
  std::int64_t memory_limit_mib = 0, queue_size = 0;
  // secrets
  std::string secrets_mode, secrets_mount_path;
  // resourceMetrics: spec.metricNamePrefix of generated ResourceMetricsPolicies ("" = derived)
  std::string resource_metrics_prefix;
  // naming
  PrometheusNaming prometheus_naming = PrometheusNaming::underscore_suffixes;
  std::vector<std::string> span_operations;  // beyond the built-in verbs
  // naming.events: the project's event-name pattern <prefix>.<entity>[.<thing>].<verb>
  std::vector<std::string> event_prefixes;  // one of them starts every name; none = no prefix required
  std::vector<std::string> event_verbs;     // the verbs a name may end with; none = any verb
  // alerting: the team's alerting standard
  std::vector<std::string> alert_labels;       // required on every alert (rule or group labels)
  std::vector<std::string> alert_annotations;  // required on every alert
  std::vector<std::string> alert_severities;   // the values the severity label may take
  // diff: the severity of a breaking change by the changed element's stability in the baseline
  std::string diff_stable, diff_beta, diff_alpha;  // error | warning | note
  // policies: the context read beside the named inputs
  KymaClusterConfig kyma;
  std::vector<std::string> context_include, context_exclude;
  bool context_configured = false;  // `policies` is in the file: globs from its directory
};

/// The directory of the repository work tree holding `path` (a directory with `.git`), if any.
[[nodiscard]] std::optional<std::filesystem::path> repository_root(const std::filesystem::path& path);

/// The directory generated files name inputs from: that of the configuration file, else the
/// repository holding `start` (the first input), else the working directory. Absolute, with
/// symbolic links resolved.
[[nodiscard]] std::filesystem::path project_root(const ProjectConfig& config, const std::filesystem::path& start);

/// `path` (relative, '/'-separated) matches `glob`: '*' also matches '/', and a leading '**/' also
/// matches no directory at all.
[[nodiscard]] bool glob_match(const std::string& glob, const std::string& path);

/// The project's files read as context: `policies` of `.telc.yaml`; without that section every
/// YAML file of the repository holding the configuration, or else the first input (`start`); none
/// outside a repository without a configuration.
[[nodiscard]] std::vector<std::filesystem::path> context_files(const ProjectConfig& config,
                                                               const std::filesystem::path& start);

/// The `.telc.yaml` that applies to `path`: in its directory or the nearest parent, not above the
/// repository `path` is in.
[[nodiscard]] std::optional<std::filesystem::path> nearest_config(const std::filesystem::path& path);

/// The `.telc.yaml` of the first input (nearest_config), or of the working directory for stdin.
[[nodiscard]] std::optional<std::filesystem::path> find_config(const std::vector<std::string>& inputs);

/// The configuration file to read: `explicit_path` (--config) when given, else `.telc.yaml` found
/// from the inputs when `search` is set, else none (defaults only).
[[nodiscard]] std::optional<std::filesystem::path> config_file(const std::optional<std::string>& explicit_path,
                                                               bool search, const std::vector<std::string>& inputs);

/// Reads and validates the configuration at `path` (or only defaults when nullopt). Problems are
/// reported into `sink`; the returned settings are then the defaults.
[[nodiscard]] ProjectConfig load_config(const std::optional<std::filesystem::path>& path, diag::SourceManager& sources,
                                        diag::Sink& sink);

}  // namespace telc::model
