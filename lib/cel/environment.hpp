#pragma once
// What an expression may refer to in each MetricPolicy context: `value` and `attributes` only where
// a data-plane sample is at hand, `item` only inside seriesFrom, `resource` everywhere. A name that
// is not bound in its context is an error at its column, not a failure at run time.
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

/// The variables bound in one context; the functions are the same everywhere (functions.hpp).
class Environment {
 public:
  Environment(std::string context, std::vector<Variable> variables)
      : context_(std::move(context)), variables_(std::move(variables)) {}

  /// Where the expression sits, for messages: "dataPlane.transform".
  [[nodiscard]] std::string_view context() const { return context_; }
  [[nodiscard]] const std::vector<Variable>& variables() const { return variables_; }
  [[nodiscard]] const Variable* find(std::string_view name) const;

 private:
  std::string context_;
  std::vector<Variable> variables_;
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

/// Why a name that is not bound here is bound elsewhere (the hint for cel/unknown-variable).
[[nodiscard]] std::optional<std::string> bound_elsewhere(std::string_view name);
/// The variables some MetricPolicy context binds, for "did you mean" across contexts.
[[nodiscard]] std::vector<std::string> all_variable_names();

/// What the whole expression must yield where it is used.
enum class Expectation : std::uint8_t {
  any,
  value,      // a sample value: a number or bool
  label,      // a label value: anything that converts to a string (not a list or map)
  list,       // seriesFrom.path: the list that is exploded into series
  condition,  // dropIf: a bool
};

}  // namespace telc::cel
