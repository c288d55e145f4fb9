#include "cel/environment.hpp"

#include <span>
#include <utility>

namespace telc::cel {
namespace {

constexpr Elsewhere kMetricPolicyElsewhere[] = {
    {"attributes", "'attributes' (the sample's attributes) is bound only in dataPlane.transform"},
    {"item", "'item' is bound only inside seriesFrom (its value and labels), one element of seriesFrom.path"},
    {"object", "MetricPolicy calls the control-plane object 'resource' (ResourceMetricsPolicy calls it 'object')"},
    {"self", "MetricPolicy calls the control-plane object 'resource'"},
    {"value", "'value' (the sample's value) is bound only in dataPlane.transform"},
};

// The resource-metrics controller compiles forEach in its base environment (`object`) and extends
// it with `item` only for the value and labels of a metric whose forEach is set and not empty.
constexpr Elsewhere kResourceMetricsElsewhere[] = {
    {"item", "'item' is bound only in the value and labels of a metric with a forEach, one element of its list"},
    {"resource", "ResourceMetricsPolicy calls the object 'object' (MetricPolicy calls it 'resource')"},
    {"self", "ResourceMetricsPolicy calls the object 'object'"},
};

std::span<const Elsewhere> elsewhere(Dialect dialect) {
  if (dialect == Dialect::resource_metrics_policy) return kResourceMetricsElsewhere;
  return kMetricPolicyElsewhere;
}

}  // namespace

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

Environment resource_metrics_object_env(std::string context) {
  return Environment(std::move(context), {{"object", Type::dyn}}, Dialect::resource_metrics_policy);
}

Environment resource_metrics_item_env() {
  return Environment("a metric with forEach", {{"item", Type::dyn}, {"object", Type::dyn}},
                     Dialect::resource_metrics_policy);
}

std::optional<std::string> Environment::bound_elsewhere(std::string_view name) const {
  for (const auto& [n, why] : elsewhere(dialect_)) {
    if (n == name) return std::string(why);
  }
  return std::nullopt;
}

std::vector<std::string> Environment::dialect_variable_names() const {
  if (dialect_ == Dialect::resource_metrics_policy) return {"item", "object"};
  return {"attributes", "item", "resource", "value"};
}

}  // namespace telc::cel
