#include "model/kinds.hpp"

#include "model/build.hpp"
#include "model/checks/checks.hpp"
#include "model/reader.hpp"

namespace telc::model {
namespace {

void add_export_policy(const Reader& document, Model& out, diag::Sink& sink) {
  out.export_policies.push_back(build_export_policy(document, sink));
  checks::check_export_policy(out.export_policies.back(), sink);
}

void add_metric_definition(const Reader& document, Model& out, diag::Sink& sink) {
  out.definitions.push_back(build_metric_definition(document));
  checks::check_metric_definition(out.definitions.back(), sink);
}

void add_metric_policy(const Reader& document, Model& out, diag::Sink& sink) {
  out.policies.push_back(build_metric_policy(document));
  checks::check_metric_policy_cel(out.policies.back(), sink);
}

void add_resource_metrics_policy(const Reader& document, Model& out, diag::Sink& sink) {
  out.resource_metrics_policies.push_back(build_resource_metrics_policy(document));
  checks::check_resource_metrics_policy_cel(out.resource_metrics_policies.back(), sink);
}

void add_policy_test(const Reader& document, Model& out, diag::Sink& sink) {
  out.policy_tests.push_back(build_policy_test(document, sink));
}

void add_rule_file(const Reader& document, Model& out, diag::Sink& sink) {
  out.rule_files.push_back(build_rule_file(document, "/groups", sink));
  checks::check_rule_file(out.rule_files.back(), sink);
}

/// VMRule and PrometheusRule: a rule file's groups under `spec`.
void add_rule_resource(const Reader& document, Model& out, diag::Sink& sink) {
  out.rule_files.push_back(build_rule_file(document, "/spec/groups", sink));
  checks::check_rule_file(out.rule_files.back(), sink);
}

void add_registry(const Reader& document, Model& out, diag::Sink& /*sink*/) {
  out.registries.push_back(build_registry(document));
}

void add_registry_v2(const Reader& document, Model& out, diag::Sink& /*sink*/) {
  out.registries.push_back(build_registry_v2(document));
}

void add_registry_manifest(const Reader& document, Model& out, diag::Sink& /*sink*/) {
  out.registry_has_dependencies |= document.size("/dependencies") > 0;
}

void add_kyma_pipeline(const Reader& document, Model& out, diag::Sink& sink) {
  out.pipelines.push_back(build_kyma_pipeline(document));
  checks::check_kyma_pipeline_ottl(out.pipelines.back(), sink);
}

void note_invalid_definition(const nlohmann::json& document, Model& out) {
  const nlohmann::json::json_pointer name("/spec/metric/name");
  if (document.contains(name) && document.at(name).is_string()) out.broken_definitions.push_back(document.at(name));
}

using enum Shape;

// Sorted by (api_version, kind); tests/kinds_test.cpp keeps it sorted and one row per schema.
// clang-format off
constexpr Kind kKinds[] = {
    {"monitoring.coreos.com/v1",              "PrometheusRule",   resource,          &add_rule_resource,     nullptr},
    {"opentelemetry.io/semconv-v1",           "Registry",         registry,          &add_registry,          nullptr},
    {"opentelemetry.io/semconv-v1",           "RegistryManifest", registry_manifest, &add_registry_manifest, nullptr},
    {"opentelemetry.io/semconv-v2",           "Registry",         registry_v2,       &add_registry_v2,       nullptr},
    {"operator.victoriametrics.com/v1beta1",  "VMRule",           resource,          &add_rule_resource,     nullptr},
    {"prometheus.io/rulefmt",                 "RuleFile",         rule_file,         &add_rule_file,         nullptr},
    {"resourcemetrics.miloapis.com/v1alpha1", "ResourceMetricsPolicy", resource,     &add_resource_metrics_policy, nullptr},
    {"telc.dev/v1alpha1",                     "Config",           resource,          nullptr,                nullptr},
    {"telc.dev/v1alpha1",                     "PolicyTest",       resource,          &add_policy_test,       nullptr},
    {"telemetry.datumapis.com/v1alpha1",      "ExportPolicy",     resource,          &add_export_policy,     nullptr},
    {"telemetry.datumapis.com/v1alpha1",      "Exporter",         resource,          &add_export_policy,     nullptr},
    {"telemetry.kyma-project.io/v1alpha1",    "LogPipeline",      resource,          &add_kyma_pipeline,     nullptr},
    {"telemetry.kyma-project.io/v1alpha1",    "MetricPipeline",   resource,          &add_kyma_pipeline,     nullptr},
    {"telemetry.kyma-project.io/v1alpha1",    "TracePipeline",    resource,          &add_kyma_pipeline,     nullptr},
    {"telemetry.kyma-project.io/v1beta1",     "LogPipeline",      resource,          &add_kyma_pipeline,     nullptr},
    {"telemetry.kyma-project.io/v1beta1",     "MetricPipeline",   resource,          &add_kyma_pipeline,     nullptr},
    {"telemetry.kyma-project.io/v1beta1",     "TracePipeline",    resource,          &add_kyma_pipeline,     nullptr},
    {"telemetry.miloapis.com/v1alpha1",       "ExportPolicy",     resource,          &add_export_policy,     nullptr},
    {"telemetry.miloapis.com/v1alpha1",       "MetricDefinition", resource,          &add_metric_definition, &note_invalid_definition},
    {"telemetry.miloapis.com/v1alpha1",       "MetricPolicy",     resource,          &add_metric_policy,     nullptr},
};
// clang-format on

}  // namespace

std::span<const Kind> all_kinds() { return kKinds; }

void note_invalid(const nlohmann::json& document, Model& out) {
  if (!document.is_object() || !document.contains("kind") || !document["kind"].is_string()) return;
  const std::string& kind = document["kind"].get_ref<const std::string&>();
  for (const Kind& row : kKinds)
    if (row.kind == kind && row.note_invalid != nullptr) return row.note_invalid(document, out);
}

}  // namespace telc::model
