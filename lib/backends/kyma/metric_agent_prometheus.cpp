// The metric agent's Prometheus receivers (prometheus_receiver.go): annotated Pods, annotated
// Services (with a second, mTLS job over Istio's certificates when Istio is installed) and the
// Istio sidecars. Each scrapes only targets on the agent's own node.
#include "backends/kyma/metric_agent.hpp"

namespace telc::backends::kyma::metric_agent {
namespace {

constexpr int sample_limit = 50000;
constexpr std::string_view body_size_limit = "20MB";
// Where the agent's Istio sidecar writes its certificates (the manager's IstioCertPath).
constexpr std::string_view istio_cert_path = "/etc/istio-output-certs";

std::string node_name() { return env_ref("MY_NODE_NAME"); }

/// One relabel config; empty fields are left out, as the manager's omitempty does.
Json relabel(const std::vector<std::string>& sources, std::string_view regex, std::string_view action,
             std::string_view target = {}, std::string_view replacement = {}) {
  Json out = Json::object();
  if (!sources.empty()) out["source_labels"] = sources;
  if (!regex.empty()) out["regex"] = regex;
  if (!target.empty()) out["target_label"] = target;
  if (!replacement.empty()) out["replacement"] = replacement;
  out["action"] = action;
  return out;
}

// `kind` is pod, endpoint or service, as the Kubernetes discovery meta labels name them.
Json keep_if_on_this_node(std::string_view kind) {
  return relabel({"__meta_kubernetes_" + std::string(kind) + "_node_name"}, node_name(), "keep");
}
Json keep_if_scraping_enabled(std::string_view kind) {
  return relabel({"__meta_kubernetes_" + std::string(kind) + "_annotation_prometheus_io_scrape"}, "true", "keep");
}
Json drop_if_pod_not_running() { return relabel({"__meta_kubernetes_pod_phase"}, "Pending|Succeeded|Failed", "drop"); }
Json drop_if_init_container() { return relabel({"__meta_kubernetes_pod_container_init"}, "(true)", "drop"); }
Json drop_if_istio_proxy() { return relabel({"__meta_kubernetes_pod_container_name"}, "(istio-proxy)", "drop"); }
Json drop_if_scheme(std::string_view scheme) {
  return relabel({"__scheme__"}, "(" + std::string(scheme) + ")", "drop");
}
// A Pod with an Istio sidecar is scraped over HTTPS unless an annotation says otherwise.
Json scheme_from_istio_label() {
  return relabel({"__meta_kubernetes_pod_label_security_istio_io_tlsMode"}, "(istio)", "replace", "__scheme__",
                 "https");
}
Json scheme_from_annotation(std::string_view kind) {
  return relabel({"__meta_kubernetes_" + std::string(kind) + "_annotation_prometheus_io_scheme"}, "(https?)", "replace",
                 "__scheme__");
}
Json metrics_path_from_annotation(std::string_view kind) {
  return relabel({"__meta_kubernetes_" + std::string(kind) + "_annotation_prometheus_io_path"}, "(.+)", "replace",
                 "__metrics_path__");
}
Json address_from_annotation(std::string_view kind) {
  return relabel({"__address__", "__meta_kubernetes_" + std::string(kind) + "_annotation_prometheus_io_port"},
                 "([^:]+)(?::\\d+)?;(\\d+)", "replace", "__address__", "$$1:$$2");
}
Json url_params_from_annotation(std::string_view kind) {
  return relabel({}, "__meta_kubernetes_" + std::string(kind) + "_annotation_prometheus_io_param_(.+)", "labelmap", {},
                 "__param_$1");
}
Json service_from_meta_label() { return relabel({"__meta_kubernetes_service_name"}, {}, "replace", "service"); }

Json discovery_on_this_node(std::string_view role) {
  return Json::array(
      {{{"role", role}, {"selectors", Json::array({{{"role", "pod"}, {"field", "spec.nodeName=" + node_name()}}})}}});
}

Json scrape(std::string_view job, std::int64_t interval_ns, std::string_view role, Json relabel_configs) {
  return {{"job_name", job},
          {"sample_limit", sample_limit},
          {"body_size_limit", body_size_limit},
          {"scrape_interval", go_duration(interval_ns)},
          {"relabel_configs", std::move(relabel_configs)},
          {"kubernetes_sd_configs", discovery_on_this_node(role)}};
}

Json receiver(Json scrape_configs) { return {{"config", {{"scrape_configs", std::move(scrape_configs)}}}}; }

/// Services backed by Pods without a sidecar (plain HTTP), or with one (mTLS) when `https`.
Json services_relabel_configs(bool https) {
  Json out =
      Json::array({keep_if_on_this_node("endpoint"), keep_if_scraping_enabled("service"), drop_if_pod_not_running(),
                   drop_if_init_container(), drop_if_istio_proxy(), scheme_from_istio_label(),
                   scheme_from_annotation("service"), url_params_from_annotation("service")});
  out.push_back(drop_if_scheme(https ? "http" : "https"));
  out.push_back(metrics_path_from_annotation("service"));
  out.push_back(address_from_annotation("service"));
  out.push_back(service_from_meta_label());
  return out;
}

Json istio_tls() {
  const std::string dir(istio_cert_path);
  return {{"ca_file", dir + "/root-cert.pem"},
          {"cert_file", dir + "/cert-chain.pem"},
          {"key_file", dir + "/key.pem"},
          {"insecure_skip_verify", true}};
}

}  // namespace

Json prometheus_app_pods_receiver(const model::KymaClusterConfig& kyma) {
  // Pods with a sidecar are left to the Services job: only it can scrape them over mTLS.
  Json relabels = Json::array({keep_if_on_this_node("pod"), keep_if_scraping_enabled("pod"), drop_if_pod_not_running(),
                               drop_if_init_container(), scheme_from_istio_label(), drop_if_scheme("https"),
                               metrics_path_from_annotation("pod"), address_from_annotation("pod"),
                               url_params_from_annotation("pod")});
  return receiver(Json::array({scrape("app-pods", kyma.prometheus_interval_ns, "pod", std::move(relabels))}));
}

Json prometheus_app_services_receiver(const model::KymaClusterConfig& kyma) {
  Json jobs =
      Json::array({scrape("app-services", kyma.prometheus_interval_ns, "endpoints", services_relabel_configs(false))});
  if (kyma.istio) {
    Json secure =
        scrape("app-services-secure", kyma.prometheus_interval_ns, "endpoints", services_relabel_configs(true));
    secure["tls_config"] = istio_tls();
    jobs.push_back(std::move(secure));
  }
  return receiver(std::move(jobs));
}

Json prometheus_istio_receiver(bool envoy, const model::KymaClusterConfig& kyma) {
  Json relabels = Json::array(
      {keep_if_on_this_node("pod"), relabel({"__meta_kubernetes_pod_container_name"}, "istio-proxy", "keep"),
       relabel({"__meta_kubernetes_pod_container_port_name"}, "http-envoy-prom", "keep"), drop_if_pod_not_running()});
  Json job = scrape("istio-proxy", kyma.istio_interval_ns, "pod", std::move(relabels));
  job["metrics_path"] = "/stats/prometheus";
  job["metric_relabel_configs"] =
      Json::array({relabel({"__name__"}, envoy ? "envoy_.*|istio_.*" : "istio_.*", "keep")});
  return receiver(Json::array({std::move(job)}));
}

}  // namespace telc::backends::kyma::metric_agent
