#include "lint/codes.hpp"

namespace telc::lint {
namespace {

constexpr diag::CodeInfo kCodes[] = {
    {"lint/bad-suppression", "a '# telc:disable' comment that cannot be read"},
    {"lint/expired-suppression", "a '# telc:disable ... until' date has passed"},
    {"lint/unknown-rule", "a rule code in .telc.yaml or a suppression that no rule has"},
};

}  // namespace

std::span<const diag::CodeInfo> codes() { return kCodes; }

}  // namespace telc::lint
