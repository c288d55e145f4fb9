#include "ottl/codes.hpp"

namespace telc::ottl {
namespace {

// clang-format off
constexpr diag::CodeInfo kCodes[] = {
    {"ottl/argument",         "an OTTL argument can never have the kind its parameter needs, or is named wrongly"},
    {"ottl/arity",            "an OTTL function is called with too few or too many arguments"},
    {"ottl/context",          "an OTTL path names a context the group's context or signal cannot reach"},
    {"ottl/function-kind",    "an OTTL editor is used as a value, or a converter as a statement"},
    {"ottl/infer",            "the context of an OTTL group cannot be inferred"},
    {"ottl/syntax",           "an OTTL statement or condition does not parse"},
    {"ottl/too-new",          "an OTTL function or path does not exist yet in the target collector version"},
    {"ottl/unknown-context",  "an OTTL path starts with a context name that does not exist"},
    {"ottl/unknown-enum",     "an OTTL enum symbol is not defined in the group's context"},
    {"ottl/unknown-function", "an OTTL function is not available to the processor in the group's context"},
    {"ottl/unknown-path",     "an OTTL path does not exist in its context"},
    {"ottl/unprefixed-path",  "an OTTL path has no context prefix where the context is inferred"},
};
// clang-format on

}  // namespace

std::span<const diag::CodeInfo> codes() { return kCodes; }

}  // namespace telc::ottl
