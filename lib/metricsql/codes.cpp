#include "metricsql/codes.hpp"

namespace telc::metricsql {
namespace {

// clang-format off
constexpr diag::CodeInfo kCodes[] = {
    {"metricsql/syntax", "a MetricsQL query does not parse"},
};
// clang-format on

}  // namespace

std::span<const diag::CodeInfo> codes() { return kCodes; }

}  // namespace telc::metricsql
