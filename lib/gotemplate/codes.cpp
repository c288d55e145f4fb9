#include "gotemplate/codes.hpp"

namespace telc::gotemplate {
namespace {

// clang-format off
constexpr diag::CodeInfo kCodes[] = {
    {"template/syntax",             "a Go template does not parse (Go's text/template parser rejects it)"},
    {"template/undefined-template", "a Go template calls a template that it does not define"},
    {"template/undefined-variable", "a Go template uses or assigns a variable that is not declared in its scope"},
    {"template/unknown-function",   "a Go template calls a function that neither Go nor Prometheus defines"},
};
// clang-format on

}  // namespace

std::span<const diag::CodeInfo> codes() { return kCodes; }

}  // namespace telc::gotemplate
