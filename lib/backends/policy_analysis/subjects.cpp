#include "backends/policy_analysis/subjects.hpp"

#include <cctype>

namespace telc::backends::policy_analysis {

// Kubernetes itself calls the group "" the core group (its objects' apiVersion is plain v1); no
// API group can be named `core`, since a group is a DNS subdomain and the built-in ones are dotted.
std::string service_name(const std::string& group) { return group.empty() ? "core" : group; }

BySubject resource_fields_by_subject(const ir::Program& program) {
  BySubject out;
  for (std::size_t i = 0; i < program.metric_policies.size(); ++i) {
    const ir::MetricPolicy& p = program.metric_policies[i];
    if (p.resource_fields)
      out[service_name(p.subject_group)][{p.subject_group, p.subject_version, p.subject_kind}].push_back(i);
  }
  return out;
}

std::string qualified(const ir::MetricPolicy& policy) {
  return policy.name_space.empty() ? policy.name : policy.name_space + "/" + policy.name;
}

}  // namespace telc::backends::policy_analysis
