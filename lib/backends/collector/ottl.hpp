#pragma once
// Series selection as OTTL conditions for the filter processor (otlp-stream mode), with the exact
// semantics of Prometheus selectors: regexes fully anchored, a missing label equal to "", or-groups.
#include <string>

#include "ir/ir.hpp"
#include "model/config.hpp"

namespace telc::backends::collector {

/// True for the series the selector selects (metric name → `metric.name`, labels →
/// `datapoint.attributes`).
[[nodiscard]] std::string selector_condition(const ir::Selector& selector);

/// True for the series of the resources a resourceSelectors entry list selects (resource
/// attributes named by the configuration).
[[nodiscard]] std::string resources_condition(const std::vector<ir::ResourceSelection>& selections,
                                              const model::ResourceAttributeNames& names);

}  // namespace telc::backends::collector
