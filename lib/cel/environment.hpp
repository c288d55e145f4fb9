#pragma once
// What an expression may refer to in each context. MetricPolicy: `value` and `attributes` only
// where a data-plane sample is at hand, `item` only inside seriesFrom, `resource` everywhere.
// ResourceMetricsPolicy (the resource-metrics controller's environment): `object` everywhere,
// `item` only in the value and labels of a metric with a `forEach`. A name that is not bound in its
// context is an error at its column, not a failure at run time.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cel/types.hpp"

namespace telc::cel {

struct Variable {
  std::string name;
  Type type = Type::dyn;
};

/// A name some sibling context binds, and why it is not bound here (the hint of
/// cel/unknown-variable).
struct Elsewhere {
  std::string_view name;
  std::string_view why;
};

/// Which kind of document the contexts belong to: each has its own variables and hints.
enum class Dialect : std::uint8_t { metric_policy, resource_metrics_policy };

/// The variables bound in one context; the functions are the same everywhere (functions.hpp).
class Environment {
 public:
  Environment(std::string context, std::vector<Variable> variables, Dialect dialect = Dialect::metric_policy)
      : context_(std::move(context)), variables_(std::move(variables)), dialect_(dialect) {}

  /// Where the expression sits, for messages: "dataPlane.transform".
  [[nodiscard]] std::string_view context() const { return context_; }
  [[nodiscard]] const std::vector<Variable>& variables() const { return variables_; }
  [[nodiscard]] const Variable* find(std::string_view name) const;
  /// Why `name`, not bound here, is bound in another context of the same dialect (or is the other
  /// dialect's name for the object).
  [[nodiscard]] std::optional<std::string> bound_elsewhere(std::string_view name) const;
  /// Every variable some context of this dialect binds, for "did you mean" across contexts.
  [[nodiscard]] std::vector<std::string> dialect_variable_names() const;

 private:
  std::string context_;
  std::vector<Variable> variables_;
  Dialect dialect_;
};

/// dataPlane.transform.value.cel and transform.labels: `value` (double), `attributes`
/// (map(string, dyn)) and `resource` (the control-plane object).
[[nodiscard]] Environment data_plane_transform_env();
/// dataPlane.selector.otel.attributeSelectors[].valueFrom: `resource`.
[[nodiscard]] Environment attribute_selector_env();
/// resourceFields.seriesFrom.value.cel and seriesFrom.labels: `item` (one element of the
/// seriesFrom.path list) and `resource`.
[[nodiscard]] Environment series_from_env();
/// resourceFields.seriesFrom.path and resourceFields.dropIf.cel: `resource`.
[[nodiscard]] Environment resource_env();

/// ResourceMetricsPolicy `forEach`, and the value and labels of a metric without one: `object`.
[[nodiscard]] Environment resource_metrics_object_env(std::string context);
/// ResourceMetricsPolicy value and labels of a metric with a `forEach`: `object` and `item` (one
/// element of the list).
[[nodiscard]] Environment resource_metrics_item_env();

/// What the whole expression must yield where it is used.
enum class Expectation : std::uint8_t {
  any,
  value,          // a sample value: a number or bool
  label,          // a label value: anything that converts to a string (not a list or map)
  list,           // seriesFrom.path: the list that is exploded into series
  condition,      // dropIf: a bool
  for_each,       // ResourceMetricsPolicy forEach: the list, one series per element
  coerced_value,  // ResourceMetricsPolicy value: a number or bool, or a string the controller parses
};

}  // namespace telc::cel
