#include "policytest/codes.hpp"

namespace telc::policytest {
namespace {

// clang-format off
constexpr diag::CodeInfo kCodes[] = {
    {"test/eval",               "a policy expression fails on a test's object or sample: that series is not produced"},
    {"test/missing-input",      "a PolicyTest input file or folder does not exist"},
    {"test/missing-series",     "a series a test expects is not produced"},
    {"test/no-policies",        "a PolicyTest's inputs hold no MetricPolicy"},
    {"test/no-tests",           "a file given to telc test holds no PolicyTest"},
    {"test/unexpected-series",  "a policy produces a series the test does not expect"},
    {"test/unknown-policy",     "a test names a MetricPolicy its inputs do not hold"},
    {"test/value",              "a series has another value than the test expects"},
};
// clang-format on

}  // namespace

std::span<const diag::CodeInfo> codes() { return kCodes; }

}  // namespace telc::policytest
