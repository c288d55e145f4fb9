#pragma once
// Go's math.Pow: its integer-power loop rounds differently from libm pow, and folded constants
// must print exactly as the reference prints them.
#include <limits>

namespace telc::metricsql {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

[[nodiscard]] double go_pow(double left, double right);
/// Go's math.Atan2 (Cephes atan), which differs from libm in the last bit.
[[nodiscard]] double go_atan2(double right, double left);

}  // namespace telc::metricsql
