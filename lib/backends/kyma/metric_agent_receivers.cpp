// The runtime input's receivers as the Telemetry Manager's metric agent configures them
// (kubeletstats_receivers.go, k8scluster_receiver.go): metrics the manager turns off by
// default, the defaults of resources no pipeline wants turned off, and the pipelines'
// additional metrics turned on. Both receivers serve every pipeline, so they collect the union.
#include <array>

#include "backends/kyma/metric_agent.hpp"

namespace telc::backends::kyma::metric_agent {
namespace {

constexpr std::string_view node_name_var = "MY_NODE_NAME";

Json metric_enabled(bool on) { return {{"enabled", on}}; }

/// Sets every metric of `receiver` that `pick` selects to off.
template <class Pick> void turn_off(Json& metrics, Receiver receiver, Pick pick) {
  for (const RuntimeMetric& m : runtime_metrics())
    if (m.receiver == receiver && pick(m)) metrics[std::string(m.name)] = metric_enabled(false);
}

/// The pipelines' additional metrics of `receiver` turned on.
void turn_on(Json& metrics, Receiver receiver, const std::vector<std::string>& additional) {
  for (const std::string& name : additional) {
    const RuntimeMetric* m = find_runtime_metric(name);
    if (m && m->receiver == receiver) metrics[name] = metric_enabled(true);
  }
}

bool any_matches(Resource resource, const std::vector<std::string>& metrics) {
  for (const std::string& m : metrics)
    if (matches_resource(resource, m)) return true;
  return false;
}

constexpr std::array kubelet_groups{Resource::container, Resource::pod, Resource::node, Resource::volume};

/// A kubeletstats metric group is scraped when a pipeline wants its resource or one of its
/// metrics; in the second case the group's default metrics are turned off.
Json kubelet_stats_metrics(const Agent& agent, Json& groups) {
  Json metrics = Json::object();
  turn_off(metrics, Receiver::kubelet_stats,
           [](const RuntimeMetric& metric) { return metric.by_default == Default::off; });
  for (Resource r : kubelet_groups) {
    const bool wanted = resource_enabled(agent.resources, r);
    const bool additional = any_matches(r, agent.kubelet_stats_additional);
    if (wanted || additional) groups.push_back(std::string(resource_name(r)));
    if (!wanted && additional)
      turn_off(metrics, Receiver::kubelet_stats, [r](const RuntimeMetric& metric) { return metric.resource == r; });
  }
  turn_on(metrics, Receiver::kubelet_stats, agent.kubelet_stats_additional);
  return metrics;
}

Json deprecated_resource_attributes_off() {
  Json out = Json::object();
  for (const char* key :
       {"aws.volume.id", "fs.type", "gce.pd.name", "glusterfs.endpoints.name", "glusterfs.path", "partition"})
    out[key] = metric_enabled(false);
  return out;
}

}  // namespace

Json kubelet_stats_receiver(const Agent& agent) {
  Json groups = Json::array();
  Json metrics = kubelet_stats_metrics(agent, groups);
  return {
      {"collection_interval", go_duration(agent.kyma->runtime_interval_ns)},
      {"auth_type", "serviceAccount"},
      {"endpoint", "https://" + env_ref(node_name_var) + ":10250"},
      {"insecure_skip_verify", true},
      {"metric_groups", std::move(groups)},
      {"metrics", std::move(metrics)},
      {"resource_attributes", deprecated_resource_attributes_off()},
      {"extra_metadata_labels", Json::array({"k8s.volume.type"})},
      {"collect_all_network_interfaces", {{"node", true}}},
      // node and k8s_api_config let the receiver compute the *.node.utilization metrics.
      {"node", env_ref(node_name_var)},
      {"k8s_api_config", {{"auth_type", "serviceAccount"}}},
  };
}

Json k8s_cluster_receiver(const Agent& agent) {
  Json metrics = Json::object();
  turn_off(metrics, Receiver::k8s_cluster,
           [](const RuntimeMetric& metric) { return metric.by_default == Default::off; });
  // The receiver emits these resources' metrics by default: off when no pipeline wants them.
  turn_off(metrics, Receiver::k8s_cluster, [&](const RuntimeMetric& metric) {
    return metric.resource != Resource::none && !resource_enabled(agent.resources, metric.resource);
  });
  turn_on(metrics, Receiver::k8s_cluster, agent.k8s_cluster_additional);
  return {
      {"auth_type", "serviceAccount"},
      {"collection_interval", go_duration(agent.kyma->runtime_interval_ns)},
      {"node_conditions_to_report", Json::array()},
      {"metrics", std::move(metrics)},
      {"k8s_leader_elector", "k8s_leader_elector"},
  };
}

}  // namespace telc::backends::kyma::metric_agent
