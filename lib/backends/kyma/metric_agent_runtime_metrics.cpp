// The runtime input's metrics as the Telemetry Manager's metric agent knows them
// (kubeletstats_metrics.go, k8scluster_metrics.go and the receivers' metric structs): which
// receiver emits each, which runtime resource it belongs to, and whether the receiver emits it
// by default. One sorted table instead of the manager's per-resource lists.
#include <algorithm>
#include <array>

#include "backends/kyma/metric_agent.hpp"

namespace telc::backends::kyma::metric_agent {
namespace {

// The table lives in the function so that its short enumerator names stay local (unity builds
// merge the anonymous namespaces of the backend's files). Sorted by name.
std::span<const RuntimeMetric> runtime_metric_table() {
  using enum Receiver;
  using enum Default;
  constexpr auto r_pod = Resource::pod;
  constexpr auto r_container = Resource::container;
  constexpr auto r_node = Resource::node;
  constexpr auto r_volume = Resource::volume;
  constexpr auto r_deployment = Resource::deployment;
  constexpr auto r_daemonset = Resource::daemonset;
  constexpr auto r_statefulset = Resource::statefulset;
  constexpr auto r_job = Resource::job;
  constexpr auto r_none = Resource::none;
  static constexpr std::array table{
      RuntimeMetric{"container.cpu.time", kubelet_stats, r_container, on},
      RuntimeMetric{"container.cpu.usage", kubelet_stats, r_container, on},
      RuntimeMetric{"container.filesystem.available", kubelet_stats, r_container, on},
      RuntimeMetric{"container.filesystem.capacity", kubelet_stats, r_container, on},
      RuntimeMetric{"container.filesystem.usage", kubelet_stats, r_container, on},
      RuntimeMetric{"container.memory.available", kubelet_stats, r_container, on},
      RuntimeMetric{"container.memory.major_page_faults", kubelet_stats, r_container, on},
      RuntimeMetric{"container.memory.page_faults", kubelet_stats, r_container, on},
      RuntimeMetric{"container.memory.rss", kubelet_stats, r_container, on},
      RuntimeMetric{"container.memory.usage", kubelet_stats, r_container, on},
      RuntimeMetric{"container.memory.working_set", kubelet_stats, r_container, on},
      RuntimeMetric{"container.uptime", kubelet_stats, r_none, optional},
      RuntimeMetric{"k8s.container.cpu.node.utilization", kubelet_stats, r_none, optional},
      RuntimeMetric{"k8s.container.cpu_limit", k8s_cluster, r_container, on},
      RuntimeMetric{"k8s.container.cpu_limit_utilization", kubelet_stats, r_none, optional},
      RuntimeMetric{"k8s.container.cpu_request", k8s_cluster, r_container, on},
      RuntimeMetric{"k8s.container.cpu_request_utilization", kubelet_stats, r_none, optional},
      RuntimeMetric{"k8s.container.ephemeral_storage.usage", kubelet_stats, r_none, optional},
      RuntimeMetric{"k8s.container.ephemeralstorage_limit", k8s_cluster, r_none, off},
      RuntimeMetric{"k8s.container.ephemeralstorage_request", k8s_cluster, r_none, off},
      RuntimeMetric{"k8s.container.memory.node.utilization", kubelet_stats, r_none, optional},
      RuntimeMetric{"k8s.container.memory_limit", k8s_cluster, r_container, on},
      RuntimeMetric{"k8s.container.memory_limit_utilization", kubelet_stats, r_none, optional},
      RuntimeMetric{"k8s.container.memory_request", k8s_cluster, r_container, on},
      RuntimeMetric{"k8s.container.memory_request_utilization", kubelet_stats, r_none, optional},
      RuntimeMetric{"k8s.container.ready", k8s_cluster, r_none, off},
      RuntimeMetric{"k8s.container.restarts", k8s_cluster, r_container, on},
      RuntimeMetric{"k8s.container.status.reason", k8s_cluster, r_none, optional},
      RuntimeMetric{"k8s.container.status.state", k8s_cluster, r_none, optional},
      RuntimeMetric{"k8s.container.storage_limit", k8s_cluster, r_none, off},
      RuntimeMetric{"k8s.container.storage_request", k8s_cluster, r_none, off},
      RuntimeMetric{"k8s.cronjob.active_jobs", k8s_cluster, r_none, off},
      RuntimeMetric{"k8s.daemonset.current_scheduled_nodes", k8s_cluster, r_daemonset, on},
      RuntimeMetric{"k8s.daemonset.desired_scheduled_nodes", k8s_cluster, r_daemonset, on},
      RuntimeMetric{"k8s.daemonset.misscheduled_nodes", k8s_cluster, r_daemonset, on},
      RuntimeMetric{"k8s.daemonset.ready_nodes", k8s_cluster, r_daemonset, on},
      RuntimeMetric{"k8s.deployment.available", k8s_cluster, r_deployment, on},
      RuntimeMetric{"k8s.deployment.desired", k8s_cluster, r_deployment, on},
      RuntimeMetric{"k8s.hpa.current_replicas", k8s_cluster, r_none, off},
      RuntimeMetric{"k8s.hpa.desired_replicas", k8s_cluster, r_none, off},
      RuntimeMetric{"k8s.hpa.max_replicas", k8s_cluster, r_none, off},
      RuntimeMetric{"k8s.hpa.min_replicas", k8s_cluster, r_none, off},
      RuntimeMetric{"k8s.job.active_pods", k8s_cluster, r_job, on},
      RuntimeMetric{"k8s.job.desired_successful_pods", k8s_cluster, r_job, on},
      RuntimeMetric{"k8s.job.failed_pods", k8s_cluster, r_job, on},
      RuntimeMetric{"k8s.job.max_parallel_pods", k8s_cluster, r_job, on},
      RuntimeMetric{"k8s.job.successful_pods", k8s_cluster, r_job, on},
      RuntimeMetric{"k8s.namespace.phase", k8s_cluster, r_none, off},
      RuntimeMetric{"k8s.node.condition", k8s_cluster, r_none, optional},
      RuntimeMetric{"k8s.node.cpu.time", kubelet_stats, r_none, off},
      RuntimeMetric{"k8s.node.cpu.usage", kubelet_stats, r_node, on},
      RuntimeMetric{"k8s.node.filesystem.available", kubelet_stats, r_node, on},
      RuntimeMetric{"k8s.node.filesystem.capacity", kubelet_stats, r_node, on},
      RuntimeMetric{"k8s.node.filesystem.usage", kubelet_stats, r_node, on},
      RuntimeMetric{"k8s.node.memory.available", kubelet_stats, r_node, on},
      RuntimeMetric{"k8s.node.memory.major_page_faults", kubelet_stats, r_none, off},
      RuntimeMetric{"k8s.node.memory.page_faults", kubelet_stats, r_none, off},
      RuntimeMetric{"k8s.node.memory.rss", kubelet_stats, r_node, on},
      RuntimeMetric{"k8s.node.memory.usage", kubelet_stats, r_node, on},
      RuntimeMetric{"k8s.node.memory.working_set", kubelet_stats, r_node, on},
      RuntimeMetric{"k8s.node.network.errors", kubelet_stats, r_node, on},
      RuntimeMetric{"k8s.node.network.io", kubelet_stats, r_node, on},
      RuntimeMetric{"k8s.node.system_container.cpu.time", kubelet_stats, r_none, optional},
      RuntimeMetric{"k8s.node.system_container.cpu.usage", kubelet_stats, r_none, optional},
      RuntimeMetric{"k8s.node.system_container.memory.usage", kubelet_stats, r_none, optional},
      RuntimeMetric{"k8s.node.system_container.memory.working_set", kubelet_stats, r_none, optional},
      RuntimeMetric{"k8s.node.uptime", kubelet_stats, r_none, optional},
      RuntimeMetric{"k8s.persistentvolume.status.phase", k8s_cluster, r_none, optional},
      RuntimeMetric{"k8s.persistentvolume.storage.capacity", k8s_cluster, r_none, optional},
      RuntimeMetric{"k8s.persistentvolumeclaim.status.phase", k8s_cluster, r_none, optional},
      RuntimeMetric{"k8s.persistentvolumeclaim.storage.capacity", k8s_cluster, r_none, optional},
      RuntimeMetric{"k8s.persistentvolumeclaim.storage.request", k8s_cluster, r_none, optional},
      RuntimeMetric{"k8s.pod.cpu.node.utilization", kubelet_stats, r_none, optional},
      RuntimeMetric{"k8s.pod.cpu.time", kubelet_stats, r_pod, on},
      RuntimeMetric{"k8s.pod.cpu.usage", kubelet_stats, r_pod, on},
      RuntimeMetric{"k8s.pod.cpu_limit_utilization", kubelet_stats, r_none, optional},
      RuntimeMetric{"k8s.pod.cpu_request_utilization", kubelet_stats, r_none, optional},
      RuntimeMetric{"k8s.pod.filesystem.available", kubelet_stats, r_pod, on},
      RuntimeMetric{"k8s.pod.filesystem.capacity", kubelet_stats, r_pod, on},
      RuntimeMetric{"k8s.pod.filesystem.usage", kubelet_stats, r_pod, on},
      RuntimeMetric{"k8s.pod.memory.available", kubelet_stats, r_pod, on},
      RuntimeMetric{"k8s.pod.memory.major_page_faults", kubelet_stats, r_pod, on},
      RuntimeMetric{"k8s.pod.memory.node.utilization", kubelet_stats, r_none, optional},
      RuntimeMetric{"k8s.pod.memory.page_faults", kubelet_stats, r_pod, on},
      RuntimeMetric{"k8s.pod.memory.rss", kubelet_stats, r_pod, on},
      RuntimeMetric{"k8s.pod.memory.usage", kubelet_stats, r_pod, on},
      RuntimeMetric{"k8s.pod.memory.working_set", kubelet_stats, r_pod, on},
      RuntimeMetric{"k8s.pod.memory_limit_utilization", kubelet_stats, r_none, optional},
      RuntimeMetric{"k8s.pod.memory_request_utilization", kubelet_stats, r_none, optional},
      RuntimeMetric{"k8s.pod.network.errors", kubelet_stats, r_pod, on},
      RuntimeMetric{"k8s.pod.network.io", kubelet_stats, r_pod, on},
      RuntimeMetric{"k8s.pod.phase", k8s_cluster, r_pod, on},
      RuntimeMetric{"k8s.pod.status_reason", k8s_cluster, r_none, optional},
      RuntimeMetric{"k8s.pod.uptime", kubelet_stats, r_none, optional},
      RuntimeMetric{"k8s.pod.volume.usage", kubelet_stats, r_none, optional},
      RuntimeMetric{"k8s.replicaset.available", k8s_cluster, r_none, off},
      RuntimeMetric{"k8s.replicaset.desired", k8s_cluster, r_none, off},
      RuntimeMetric{"k8s.replication_controller.available", k8s_cluster, r_none, off},
      RuntimeMetric{"k8s.replication_controller.desired", k8s_cluster, r_none, off},
      RuntimeMetric{"k8s.resource_quota.hard_limit", k8s_cluster, r_none, off},
      RuntimeMetric{"k8s.resource_quota.used", k8s_cluster, r_none, off},
      RuntimeMetric{"k8s.service.endpoint.count", k8s_cluster, r_none, optional},
      RuntimeMetric{"k8s.service.load_balancer.ingress.count", k8s_cluster, r_none, optional},
      RuntimeMetric{"k8s.statefulset.current_pods", k8s_cluster, r_statefulset, on},
      RuntimeMetric{"k8s.statefulset.desired_pods", k8s_cluster, r_statefulset, on},
      RuntimeMetric{"k8s.statefulset.ready_pods", k8s_cluster, r_statefulset, on},
      RuntimeMetric{"k8s.statefulset.updated_pods", k8s_cluster, r_statefulset, on},
      RuntimeMetric{"k8s.volume.available", kubelet_stats, r_volume, on},
      RuntimeMetric{"k8s.volume.capacity", kubelet_stats, r_volume, on},
      RuntimeMetric{"k8s.volume.inodes", kubelet_stats, r_volume, on},
      RuntimeMetric{"k8s.volume.inodes.free", kubelet_stats, r_volume, on},
      RuntimeMetric{"k8s.volume.inodes.used", kubelet_stats, r_volume, on},
  };
  static_assert(std::ranges::is_sorted(table, {}, &RuntimeMetric::name));
  return table;
}

struct ResourceInfo {
  Resource resource;
  std::string_view name, pattern;
  std::array<std::string_view, 2> prefixes;  // what the pattern matches at the start of a name
};

// In the order of the output pipelines' drop filters.
constexpr std::array resource_infos{
    ResourceInfo{Resource::pod, "pod", "^k8s[.]pod[.].*", {"k8s.pod.", ""}},
    ResourceInfo{Resource::container,
                 "container",
                 "(^k8s[.]container[.].*)|(^container[.].*)",
                 {"k8s.container.", "container."}},
    ResourceInfo{Resource::node, "node", "^k8s[.]node[.].*", {"k8s.node.", ""}},
    ResourceInfo{Resource::volume, "volume", "^k8s[.]volume[.].*", {"k8s.volume.", ""}},
    ResourceInfo{Resource::deployment, "deployment", "^k8s[.]deployment[.].*", {"k8s.deployment.", ""}},
    ResourceInfo{Resource::daemonset, "daemonset", "^k8s[.]daemonset[.].*", {"k8s.daemonset.", ""}},
    ResourceInfo{Resource::statefulset, "statefulset", "^k8s[.]statefulset[.].*", {"k8s.statefulset.", ""}},
    ResourceInfo{Resource::job, "job", "^k8s[.]job[.].*", {"k8s.job.", ""}},
};

constexpr std::array ordered_resources{Resource::pod,         Resource::container,  Resource::node,
                                       Resource::volume,      Resource::deployment, Resource::daemonset,
                                       Resource::statefulset, Resource::job};

const ResourceInfo* info(Resource resource) {
  for (const ResourceInfo& i : resource_infos)
    if (i.resource == resource) return &i;
  return nullptr;
}

// bool* or const bool*, as `resources` is.
template <class Resources> auto resource_flag(Resources& resources, Resource resource) -> decltype(&resources.pod) {
  switch (resource) {
    case Resource::pod: return &resources.pod;
    case Resource::container: return &resources.container;
    case Resource::node: return &resources.node;
    case Resource::volume: return &resources.volume;
    case Resource::deployment: return &resources.deployment;
    case Resource::daemonset: return &resources.daemonset;
    case Resource::statefulset: return &resources.statefulset;
    case Resource::job: return &resources.job;
    case Resource::none: break;
  }
  return nullptr;
}

}  // namespace

std::span<const RuntimeMetric> runtime_metrics() { return runtime_metric_table(); }

const RuntimeMetric* find_runtime_metric(std::string_view name) {
  const std::span<const RuntimeMetric> table = runtime_metric_table();
  const auto it = std::lower_bound(table.begin(), table.end(), name,
                                   [](const RuntimeMetric& entry, std::string_view key) { return entry.name < key; });
  return it != table.end() && it->name == name ? &*it : nullptr;
}

std::span<const Resource> runtime_resources() { return ordered_resources; }

std::string_view resource_name(Resource resource) {
  const ResourceInfo* i = info(resource);
  return i ? i->name : std::string_view();
}

std::string_view resource_pattern(Resource resource) {
  const ResourceInfo* i = info(resource);
  return i ? i->pattern : std::string_view();
}

bool matches_resource(Resource resource, std::string_view metric) {
  const ResourceInfo* i = info(resource);
  if (!i) return false;
  return std::any_of(i->prefixes.begin(), i->prefixes.end(),
                     [&](std::string_view prefix) { return !prefix.empty() && metric.starts_with(prefix); });
}

bool resource_enabled(const ir::KymaRuntimeResources& resources, Resource resource) {
  const bool* flag = resource_flag(resources, resource);
  return flag && *flag;
}

void enable_resource(ir::KymaRuntimeResources& resources, Resource resource) {
  if (bool* flag = resource_flag(resources, resource)) *flag = true;
}

}  // namespace telc::backends::kyma::metric_agent
