#include <algorithm>
#include <vector>

#include "backends/backend.hpp"

namespace telc::backends {

std::unique_ptr<Backend> make_collector_backend();
std::unique_ptr<Backend> make_docs_backend();
std::unique_ptr<Backend> make_ksm_backend();
std::unique_ptr<Backend> make_kyma_backend();
std::unique_ptr<Backend> make_prometheus_rules_backend();
std::unique_ptr<Backend> make_resource_metrics_policy_backend();
std::unique_ptr<Backend> make_vector_backend();

namespace {

using Factory = std::unique_ptr<Backend> (*)();

// The one list of backends, sorted by name.
constexpr Factory kBackends[] = {
    &make_collector_backend,
    &make_docs_backend,
    &make_ksm_backend,
    &make_kyma_backend,
    &make_prometheus_rules_backend,
    &make_resource_metrics_policy_backend,
    &make_vector_backend,
};

}  // namespace

std::span<const std::unique_ptr<Backend>> all_backends() {
  static const std::vector<std::unique_ptr<Backend>> list = [] {
    std::vector<std::unique_ptr<Backend>> out;
    for (Factory f : kBackends) out.push_back(f());
    return out;
  }();
  return list;
}

const Backend* find_backend(std::string_view name) {
  for (const auto& b : all_backends())
    if (b->info().name == name) return b.get();
  return nullptr;
}

}  // namespace telc::backends
