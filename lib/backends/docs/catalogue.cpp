#include "backends/docs/catalogue.hpp"

#include <fmt/format.h>

namespace telc::backends::docs {

Catalogue group(const ir::Program& program) {
  Catalogue out;
  for (std::size_t i = 0; i < program.metrics.size(); ++i) {
    const ir::MetricDef& m = program.metrics[i];
    out[m.resource_group][m.resource_kind].push_back(i);
  }
  return out;
}

std::string temporality_text(const ir::MetricDef& m) {
  return m.temporality == ir::Temporality::unspecified ? "—" : std::string(to_string(m.temporality));
}

std::vector<std::string> producers(const ir::Program& program, const ir::MetricDef& m) {
  std::vector<std::string> out;
  for (std::size_t i : m.policies) {
    const ir::MetricPolicy& p = program.metric_policies[i];
    const std::string name = p.name_space.empty() ? p.name : p.name_space + "/" + p.name;
    out.push_back(p.data_plane ? fmt::format("{} (DataPlane from {})", name, p.data_plane->metric_name)
                               : fmt::format("{} (ResourceFields from {})", name, p.resource_fields->series_from.text));
  }
  return out;
}

std::string bound_text(const ir::MetricLabel& l) {
  if (!l.values.empty()) return "values: " + fmt::format("{}", fmt::join(l.values, ", "));
  if (l.max_cardinality) return fmt::format("at most {} values", *l.max_cardinality);
  return "";
}

}  // namespace telc::backends::docs
