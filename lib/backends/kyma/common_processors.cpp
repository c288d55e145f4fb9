// The enrichment processors every Kyma config shares (common/processor_builders.go).
#include "backends/kyma/common.hpp"

namespace telc::backends::kyma {
namespace {

constexpr const char* kKymaK8sIoAppName = "kyma.kubernetes_io_app_name";
constexpr const char* kKymaAppName = "kyma.app_name";
constexpr const char* kAnnotationServiceName = "kyma.otel.annotation.service.name";
constexpr const char* kAnnotationServiceVersion = "kyma.otel.annotation.service.version";

Json extract_label(const char* from, const std::string& key, const char* tag) {
  return {{"from", from}, {"key", key}, {"tag_name", tag}};
}

Json extract_labels(const model::KymaClusterConfig& kyma) {
  Json out = Json::array();
  if (!otel_service_enrichment(kyma)) {
    out.push_back(extract_label("pod", "app.kubernetes.io/name", kKymaK8sIoAppName));
    out.push_back(extract_label("pod", "app", kKymaAppName));
  }
  out.push_back(extract_label("node", "topology.kubernetes.io/region", "cloud.region"));
  out.push_back(extract_label("node", "topology.kubernetes.io/zone", "cloud.availability_zone"));
  out.push_back(extract_label("node", "node.kubernetes.io/instance-type", "host.type"));
  out.push_back(extract_label("node", "kubernetes.io/arch", "host.arch"));
  for (const auto& [key, prefix] : kyma.extract_pod_labels)
    out.push_back({{"from", "pod"},
                   {"tag_name", "k8s.pod.label.$0"},
                   {"key_regex", prefix ? "(" + key + ".*)" : "(^" + key + "$)"}});
  return out;
}

std::string set_if_nil_or_empty(const std::string& key, const std::string& value) {
  const std::string attribute = resource_attribute(key);
  return join_with_where("set(" + attribute + ", \"" + value + "\")",
                         attribute + " == nil or " + attribute + " == \"\"");
}

Json enrichment_transform(std::optional<ir::KymaSignal> signal, const std::vector<std::string>& statements) {
  return signal ? transform(*signal, statements) : transform_all_signals(statements);
}

}  // namespace

bool otel_service_enrichment(const model::KymaClusterConfig& kyma) { return kyma.service_enrichment == "otel"; }

Json k8s_attributes(const model::KymaClusterConfig& kyma) {
  Json metadata = {"k8s.pod.name",         "k8s.node.name",      "k8s.namespace.name", "k8s.deployment.name",
                   "k8s.statefulset.name", "k8s.daemonset.name", "k8s.cronjob.name",   "k8s.job.name"};
  if (otel_service_enrichment(kyma))
    for (const char* key : {"service.namespace", "service.name", "service.version", "service.instance.id"})
      metadata.push_back(key);
  Json extract = {{"metadata", metadata}, {"labels", extract_labels(kyma)}};
  if (otel_service_enrichment(kyma)) {
    extract["annotations"] = {
        extract_label("pod", "resource.opentelemetry.io/service.name", kAnnotationServiceName),
        extract_label("pod", "resource.opentelemetry.io/service.version", kAnnotationServiceVersion)};
    extract["otel_annotations"] = true;
  }
  const Json associations = {
      {{"sources", {{{"from", "resource_attribute"}, {"name", "k8s.pod.ip"}}}}},
      {{"sources", {{{"from", "resource_attribute"}, {"name", "k8s.pod.uid"}}}}},
      {{"sources", {{{"from", "connection"}}}}},
  };
  return {{"auth_type", "serviceAccount"},
          {"passthrough", false},
          {"filter", {{"node_from_env_var", "MY_NODE_NAME"}}},
          {"extract", extract},
          {"pod_association", associations}};
}

Json service_enrichment(const model::KymaClusterConfig& kyma) {
  if (otel_service_enrichment(kyma)) return nullptr;
  return {{"resource_attributes", {kKymaK8sIoAppName, kKymaAppName}}};
}

std::vector<std::string> insert_cluster_attributes_statements(const model::KymaClusterConfig& kyma) {
  std::vector<std::string> out = {set_if_nil_or_empty("k8s.cluster.name", kyma.cluster_name),
                                  set_if_nil_or_empty("k8s.cluster.uid", kyma.cluster_uid)};
  if (!kyma.cloud_provider.empty()) out.push_back(set_if_nil_or_empty("cloud.provider", kyma.cloud_provider));
  return out;
}

std::vector<std::string> drop_kyma_attributes_statements() {
  return {"delete_matching_keys(resource.attributes, \"kyma.*\")"};
}

std::vector<std::string> drop_unknown_service_name_statements() {
  return {join_with_where("delete_key(resource.attributes, \"service.name\")",
                          resource_attribute("service.name") +
                              " != nil and HasPrefix(resource.attributes[\"service.name\"], \"unknown_service\")")};
}

std::vector<std::string> restore_otel_service_attrs_statements() {
  std::vector<std::string> out;
  for (const auto& [service, annotation] :
       {std::pair{"service.name", kAnnotationServiceName}, std::pair{"service.version", kAnnotationServiceVersion}}) {
    out.push_back(
        join_with_where("set(" + resource_attribute(service) + ", " + resource_attribute(annotation) + ")",
                        resource_attribute(annotation) + " != nil and " + resource_attribute(annotation) + " != \"\""));
    out.push_back("delete_key(resource.attributes, \"" + std::string(annotation) + "\")");
  }
  return out;
}

void add_k8s_attributes(ConfigBuilder& config, const std::string& service_pipeline,
                        const model::KymaClusterConfig& kyma, std::optional<ir::KymaSignal> signal) {
  const bool otel = otel_service_enrichment(kyma);
  if (otel)
    config.add_processor(service_pipeline, "transform/drop-unknown-service-name",
                         enrichment_transform(signal, drop_unknown_service_name_statements()));
  config.add_processor(service_pipeline, "k8s_attributes", k8s_attributes(kyma));
  if (otel)
    config.add_processor(service_pipeline, "transform/restore-otel-service-attrs",
                         enrichment_transform(signal, restore_otel_service_attrs_statements()));
}

void add_service_enrichment(ConfigBuilder& config, const std::string& service_pipeline,
                            const model::KymaClusterConfig& kyma) {
  Json enrichment = service_enrichment(kyma);
  if (!enrichment.is_null()) config.add_processor(service_pipeline, "service_enrichment", std::move(enrichment));
}

void add_insert_cluster_attributes(ConfigBuilder& config, const std::string& service_pipeline,
                                   const model::KymaClusterConfig& kyma, std::optional<ir::KymaSignal> signal) {
  config.add_processor(service_pipeline, "transform/insert-cluster-attributes",
                       enrichment_transform(signal, insert_cluster_attributes_statements(kyma)));
}

void add_drop_kyma_attributes(ConfigBuilder& config, const std::string& service_pipeline,
                              std::optional<ir::KymaSignal> signal) {
  config.add_processor(service_pipeline, "transform/drop-kyma-attributes",
                       enrichment_transform(signal, drop_kyma_attributes_statements()));
}

}  // namespace telc::backends::kyma
