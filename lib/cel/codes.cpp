#include "cel/codes.hpp"

namespace telc::cel {
namespace {

// clang-format off
constexpr diag::CodeInfo kCodes[] = {
    {"cel/arity",            "a CEL function is called with too few or too many arguments"},
    {"cel/syntax",           "a CEL expression does not parse"},
    {"cel/type",             "a CEL expression applies an operator or function to a type it cannot take"},
    {"cel/unknown-function", "a CEL expression calls a function that is not in the environment"},
    {"cel/unknown-type",     "a CEL expression constructs a message type that is not declared"},
    {"cel/unknown-variable", "a CEL expression names a variable that is not bound in its context"},
};
// clang-format on

}  // namespace

std::span<const diag::CodeInfo> codes() { return kCodes; }

}  // namespace telc::cel
