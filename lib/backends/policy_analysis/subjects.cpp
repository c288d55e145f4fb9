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

std::string plural(const std::string& kind) {
  std::string s;
  for (char c : kind) s += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto ends = [&](std::string_view expr) {
    return s.size() >= expr.size() && s.compare(s.size() - expr.size(), expr.size(), expr) == 0;
  };
  if (ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh")) return s + "es";
  if (ends("y") && s.size() > 1 && std::string_view("aeiou").find(s[s.size() - 2]) == std::string_view::npos)
    return s.substr(0, s.size() - 1) + "ies";
  return s + "s";
}

std::string qualified(const ir::MetricPolicy& policy) {
  return policy.name_space.empty() ? policy.name : policy.name_space + "/" + policy.name;
}

}  // namespace telc::backends::policy_analysis
