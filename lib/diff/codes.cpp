#include "diff/codes.hpp"

namespace telc::diff {
namespace {

// clang-format off
constexpr diag::CodeInfo kCodes[] = {
    {"diff/attribute-added",      "a signal or stable attribute group requires or recommends an attribute it did not"},
    {"diff/attribute-dropped",    "a signal, attribute group or metric no longer has an attribute or label it had"},
    {"diff/baseline",             "the baseline cannot be read (no such git revision or directory)"},
    {"diff/identity-changed",     "an entity's identifying attributes changed"},
    {"diff/instrument-changed",   "a metric's instrument changed"},
    {"diff/made-required",        "a metric label became required"},
    {"diff/member-changed",       "an enum member's value or stability changed"},
    {"diff/member-removed",       "an enum member was removed"},
    {"diff/removed",              "an attribute, metric, event, span, entity or public attribute group was removed"},
    {"diff/renamed",              "an element was renamed (deprecated with renamed_to): queries of the old name break"},
    {"diff/span-kind-changed",    "a span's kind changed"},
    {"diff/stability-downgraded", "an element's stability went down"},
    {"diff/temporality-changed",  "a metric's temporality changed"},
    {"diff/type-changed",         "an attribute's type changed"},
    {"diff/unit-changed",         "a metric's unit changed"},
};
// clang-format on

}  // namespace

std::span<const diag::CodeInfo> codes() { return kCodes; }

}  // namespace telc::diff
