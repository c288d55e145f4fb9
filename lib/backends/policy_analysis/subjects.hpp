#pragma once
// ResourceFields policies grouped the way control-plane exporters configure them: per service (the
// subject's API group), then per subject (group, version, kind).
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "ir/ir.hpp"

namespace telc::backends::policy_analysis {

using Subject = std::tuple<std::string, std::string, std::string>;  // group, version, kind

/// A service's name in file and object names: its API group, or `core` for the core group ("").
[[nodiscard]] std::string service_name(const std::string& group);

/// service (service_name) → subject → indexes into Program::metric_policies.
using BySubject = std::map<std::string, std::map<Subject, std::vector<std::size_t>>>;

[[nodiscard]] BySubject resource_fields_by_subject(const ir::Program& program);

/// A policy's name for headers: "namespace/name" or "name".
[[nodiscard]] std::string qualified(const ir::MetricPolicy& policy);

}  // namespace telc::backends::policy_analysis
