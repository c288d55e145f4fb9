#include "backends/codes.hpp"

namespace telc::backends {
namespace {

// clang-format off
constexpr diag::CodeInfo kCodes[] = {
    {"emit/kyma-fluent-bit",    "a LogPipeline of the legacy Fluent Bit path, which the kyma target does not compile"},
    {"emit/name-collision",     "two inputs that would share one generated name"},
    {"emit/not-expressible",    "a policy a target cannot express"},
    {"emit/not-representable",  "a value the target's config cannot hold"},
    {"emit/unsupported-version", "a collector release older than telc generates for"},
};
// clang-format on

}  // namespace

std::span<const diag::CodeInfo> codes() { return kCodes; }

}  // namespace telc::backends
