#pragma once
// Go's time.ParseDuration, which the collector uses for every duration field.
#include <optional>
#include <string>
#include <string_view>

namespace telc::otelcol {

/// Nanoseconds, or nullopt when `text` is not a Go duration ("1h30m", "250ms", "0"; not "7d").
[[nodiscard]] std::optional<double> parse_go_duration(std::string_view text);

/// Nanoseconds of a Prometheus duration (common/model ParseDuration: integer counts of y w d h m
/// s ms, each at most once and in that order; "0" alone), or nullopt ("1.5s", "1h30", "").
[[nodiscard]] std::optional<double> parse_prom_duration(std::string_view text);

/// A Go spelling for a Prometheus-style duration with d/w ("7d" → "168h"), or "".
[[nodiscard]] std::string go_spelling(std::string_view text);

}  // namespace telc::otelcol
