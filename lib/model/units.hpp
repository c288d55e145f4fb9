#pragma once
// The one unit table: spelled-out word ↔ UCUM code ↔ Prometheus suffix word. The datum profile
// spells units out and the otel profile uses UCUM; one table keeps both naming the same units, and
// a unit outside it is an error. Lint, naming translation and validation all use it.
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace telc::model {

struct UnitInfo {
  std::string_view word;        // Datum profile: "seconds"
  std::string_view ucum;        // OTel profile: "s"
  std::string_view prometheus;  // suffix word in Prometheus names ("" for dimensionless)
  bool is_time = false;
};

/// Looks a unit up by its word or UCUM code; `{annotation}` units are dimensionless counts.
[[nodiscard]] std::optional<UnitInfo> find_unit(std::string_view unit);
[[nodiscard]] std::span<const UnitInfo> all_units();

}  // namespace telc::model
