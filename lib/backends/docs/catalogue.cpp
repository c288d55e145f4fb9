#include "backends/docs/catalogue.hpp"

#include <fmt/format.h>

#include "backends/policy_analysis/subjects.hpp"

namespace telc::backends::docs {

Catalogue group(const ir::Program& program) {
  Catalogue out;
  for (std::size_t i = 0; i < program.metrics.size(); ++i) {
    const ir::MetricDef& m = program.metrics[i];
    out[policy_analysis::service_name(m.resource_group)][m.resource_kind].push_back(i);
  }
  return out;
}

std::string temporality_text(const ir::MetricDef& metric) {
  return metric.temporality == ir::Temporality::unspecified ? "—" : std::string(to_string(metric.temporality));
}

std::vector<std::string> producers(const ir::Program& program, const ir::MetricDef& metric) {
  std::vector<std::string> out;
  for (std::size_t i : metric.policies) {
    const ir::MetricPolicy& p = program.metric_policies[i];
    const std::string name = p.name_space.empty() ? p.name : p.name_space + "/" + p.name;
    out.push_back(p.data_plane ? fmt::format("{} (DataPlane from {})", name, p.data_plane->metric_name)
                               : fmt::format("{} (ResourceFields from {})", name, p.resource_fields->series_from.text));
  }
  return out;
}

std::string bound_text(const ir::MetricLabel& label) {
  if (!label.values.empty()) return "values: " + fmt::format("{}", fmt::join(label.values, ", "));
  if (label.max_cardinality) return fmt::format("at most {} values", *label.max_cardinality);
  return "";
}

}  // namespace telc::backends::docs
