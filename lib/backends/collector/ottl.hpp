#pragma once
// Series selection as OTTL conditions for the filter processor (otlp-stream mode), with the exact
// semantics of Prometheus selectors: regexes fully anchored, a missing label equal to "", or-groups.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ir/ir.hpp"
#include "model/config.hpp"

namespace telc::backends::collector {

/// How paths are spelled, which depends on the filter field the condition goes to:
/// - `datapoint_field`: the legacy `metrics.datapoint` list, parsed in the datapoint context
///   without path context names; before contrib 0.122 (the generalized path parser of
///   ctxcommon) `datapoint.` is an unknown segment there, so labels are `attributes[...]`;
/// - `inferred`: `metric_conditions` (0.146+), whose context is inferred from the paths, so
///   labels are `datapoint.attributes[...]`.
/// `metric.name` and `resource.attributes[...]` read the same in both.
enum class PathStyle : std::uint8_t { datapoint_field, inferred };

/// True for the series the selector selects (metric name → `metric.name`, labels → attributes).
/// Constant parts are folded, so a whole condition is `true`, `false` or has no constant left.
[[nodiscard]] std::string selector_condition(const ir::Selector& selector, PathStyle style = PathStyle::inferred);

/// True for the series of the resources a resourceSelectors entry list selects (resource
/// attributes named by the configuration).
[[nodiscard]] std::string resources_condition(const std::vector<ir::ResourceSelection>& selections,
                                              const model::ResourceAttributeNames& names);

/// `parts` joined with `op` ("and" / "or"), `true` / `false` folded; no parts: `true`.
[[nodiscard]] std::string join_conditions(const std::vector<std::string>& parts, std::string_view op);

/// The filter processor drops what a condition is true for, and the context-inferring field
/// cannot place a condition without a path: the condition dropping what `keep` does not
/// select, anchored to a path when it is constant, or nullopt when nothing is dropped.
[[nodiscard]] std::optional<std::string> drop_condition(const std::string& keep);

}  // namespace telc::backends::collector
