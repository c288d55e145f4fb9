#include "cel/environment.hpp"

#include <utility>

namespace telc::cel {

const Variable* Environment::find(std::string_view name) const {
  for (const Variable& v : variables_) {
    if (v.name == name) return &v;
  }
  return nullptr;
}

Environment data_plane_transform_env() {
  return Environment("dataPlane.transform", {{"attributes", Type::map}, {"resource", Type::dyn}, {"value", Type::dbl}});
}

Environment attribute_selector_env() {
  return Environment("dataPlane.selector.otel.attributeSelectors", {{"resource", Type::dyn}});
}

Environment series_from_env() {
  return Environment("resourceFields.seriesFrom", {{"item", Type::dyn}, {"resource", Type::dyn}});
}

Environment resource_env() { return Environment("resourceFields", {{"resource", Type::dyn}}); }

std::optional<std::string> bound_elsewhere(std::string_view name) {
  static constexpr std::pair<std::string_view, std::string_view> kWhere[] = {
      {"attributes", "'attributes' (the sample's attributes) is bound only in dataPlane.transform"},
      {"item", "'item' is bound only inside seriesFrom (its value and labels), one element of seriesFrom.path"},
      {"object", "MetricPolicy calls the control-plane object 'resource' (ResourceMetricsPolicy calls it 'object')"},
      {"self", "MetricPolicy calls the control-plane object 'resource'"},
      {"value", "'value' (the sample's value) is bound only in dataPlane.transform"},
  };
  for (const auto& [n, why] : kWhere) {
    if (n == name) return std::string(why);
  }
  return std::nullopt;
}

std::vector<std::string> all_variable_names() { return {"attributes", "item", "resource", "value"}; }

}  // namespace telc::cel
