#include "compiler/codes.hpp"

namespace telc::compiler {
namespace {

// clang-format off
constexpr diag::CodeInfo kCodes[] = {
    {"io/read", "an input path cannot be read"},
};
// clang-format on

}  // namespace

std::span<const diag::CodeInfo> all_codes() { return kCodes; }

}  // namespace telc::compiler
