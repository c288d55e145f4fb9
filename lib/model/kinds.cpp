#include "model/kinds.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "diag/spelling.hpp"
#include "model/build.hpp"
#include "model/checks/checks.hpp"
#include "model/reader.hpp"
#include "schema/schema_nav.hpp"

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

void add_rule_file(const Reader& document, Model& out, diag::Sink& sink) {
  out.rule_files.push_back(build_rule_file(document, "/groups", sink));
}

/// VMRule and PrometheusRule: a rule file's groups under `spec`.
void add_rule_resource(const Reader& document, Model& out, diag::Sink& sink) {
  out.rule_files.push_back(build_rule_file(document, "/spec/groups", sink));
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

void add_kyma_pipeline(const Reader& document, Model& out, diag::Sink& /*sink*/) {
  out.pipelines.push_back(build_pipeline_transforms(document));
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
    {"telc.dev/v1alpha1",                     "Config",           resource,          nullptr,                nullptr},
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

void report(diag::Sink& sink, diag::SourceSpan span, std::string code, std::string message, std::string hint) {
  sink.report({diag::Severity::error, std::move(code), std::move(message), span, std::move(hint), {}});
}

std::vector<std::string> api_versions() {
  std::set<std::string> out;
  for (const Kind& row : kKinds) out.emplace(row.api_version);
  return {out.begin(), out.end()};
}

std::vector<std::string> kinds_of(std::string_view api_version) {
  std::set<std::string> out;
  for (const Kind& row : kKinds)
    if (row.api_version == api_version) out.emplace(row.kind);
  return {out.begin(), out.end()};
}

std::string kind_hint(const std::string& api_version, const std::string& kind) {
  for (const Kind& row : kKinds)
    if (row.kind == kind) return fmt::format("kind '{}' is served by apiVersion '{}'", kind, row.api_version);
  const std::vector<std::string> known = kinds_of(api_version);
  if (auto near = diag::closest(kind, known)) return "did you mean '" + *near + "'?";
  return fmt::format("known kinds: {}", fmt::join(known, ", "));
}

const Kind* find_kind(std::string_view api_version, std::string_view kind) {
  for (const Kind& row : kKinds)
    if (row.api_version == api_version && row.kind == kind) return &row;
  return nullptr;
}

const Kind* find_shape(Shape shape) {
  for (const Kind& row : kKinds)
    if (row.shape == shape) return &row;
  return nullptr;
}

bool is_registry_group(const nlohmann::json& group) {
  return group.is_object() && (group.contains("id") || group.contains("type"));
}

bool is_rule_group(const nlohmann::json& group) { return group.is_object() && group.contains("rules"); }

/// The reason an apiVersion/kind pair has no row.
void report_unknown(const schema::Locator& where, const std::string& api_version, const std::string& kind,
                    diag::Sink& sink) {
  const std::vector<std::string> versions = api_versions();
  if (std::find(versions.begin(), versions.end(), api_version) == versions.end()) {
    const auto near = diag::closest(api_version, versions);
    return report(sink, where.value("/apiVersion"), "schema/unknown-kind",
                  fmt::format("unknown apiVersion '{}'", api_version),
                  near ? "did you mean '" + *near + "'?" : fmt::format("known: {}", fmt::join(versions, ", ")));
  }
  report(sink, where.value("/kind"), "schema/unknown-kind",
         fmt::format("unknown kind '{}' for apiVersion '{}'", kind, api_version), kind_hint(api_version, kind));
}

}  // namespace

std::span<const Kind> all_kinds() { return kKinds; }

Shape shape_of(const nlohmann::json& document) {
  if (!document.is_object() || document.contains("apiVersion") || document.contains("kind")) return resource;
  if (document.contains("file_format")) return registry_v2;
  if (document.contains("groups")) {
    const nlohmann::json& groups = document["groups"];
    const bool is_registry = document.contains("imports") ||
                             (groups.is_array() && std::any_of(groups.begin(), groups.end(), is_registry_group) &&
                              std::none_of(groups.begin(), groups.end(), is_rule_group));
    return is_registry ? registry : rule_file;
  }
  for (const char* key : {"semconv_version", "schema_base_url", "schema_url", "dependencies"})
    if (document.contains(key)) return registry_manifest;
  return resource;
}

const Kind* identify(const schema::Locator& where, diag::Sink& sink) {
  const nlohmann::json& document = where.document().value;
  if (!document.is_object()) {
    report(sink, where.value(""), "schema/not-a-resource",
           fmt::format("document is {}, not a resource mapping", schema::show(document)),
           "a telc input has 'apiVersion', 'kind', 'metadata' and 'spec'");
    return nullptr;
  }
  if (const Shape shape = shape_of(document); shape != resource) return find_shape(shape);
  for (const char* field : {"apiVersion", "kind"}) {
    if (document.contains(field) && document[field].is_string()) continue;
    report(sink, where.value(document.contains(field) ? std::string("/") + field : ""), "schema/required",
           fmt::format("document has no string '{}'", field), "every telc input names its apiVersion and kind");
    return nullptr;
  }
  const std::string api_version = document["apiVersion"];
  const std::string kind = document["kind"];
  if (const Kind* row = find_kind(api_version, kind)) return row;
  report_unknown(where, api_version, kind, sink);
  return nullptr;
}

void note_invalid(const nlohmann::json& document, Model& out) {
  if (!document.is_object() || !document.contains("kind") || !document["kind"].is_string()) return;
  const std::string& kind = document["kind"].get_ref<const std::string&>();
  for (const Kind& row : kKinds)
    if (row.kind == kind && row.note_invalid != nullptr) return row.note_invalid(document, out);
}

}  // namespace telc::model
