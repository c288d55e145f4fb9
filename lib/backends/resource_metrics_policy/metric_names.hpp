#pragma once
// How a generated ResourceMetricsPolicy names its metrics. The controller emits
// `<prefix>_<family>` (milo-os/resource-metrics internal/metrics/naming.go: the prefix's trailing
// and the family's leading '_' trimmed), the prefix being `spec.metricNamePrefix` or, when that
// is empty, its own --default-metric-prefix setting. So telc always writes a non-empty prefix,
// and splits each metric's Prometheus name into prefix and family so that the controller's join
// gives that name back exactly.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace telc::backends::resource_metrics {

/// The controller's name for family `family` under `prefix` (FamilyMetricName).
[[nodiscard]] std::string emitted_name(std::string_view prefix, std::string_view family);

/// The prefix of one policy: `configured` when set, else the leading words ('_'-separated) that all
/// `names` share, at most 32 characters and leaving each name a family that starts as a family
/// name must; the first word of the first name when they share none.
[[nodiscard]] std::string policy_prefix(const std::string& configured, const std::vector<std::string>& names);

/// The family for Prometheus name `name` under `prefix`: the rest after `<prefix>_`, when the
/// controller's join gives `name` back and the rest is a valid family name; nullopt otherwise.
[[nodiscard]] std::optional<std::string> family_name(std::string_view prefix, const std::string& name);

}  // namespace telc::backends::resource_metrics
