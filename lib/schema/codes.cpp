#include "schema/codes.hpp"

namespace telc::schema {
namespace {

// clang-format off
constexpr diag::CodeInfo kCodes[] = {
    {"io/too-large",          "an input file is larger than telc reads"},
    {"schema/conflict",       "a field that another field's presence or value rules out"},
    {"schema/deprecated",     "the apiVersion is deprecated"},
    {"schema/enum",           "a value outside the allowed set"},
    {"schema/exactly-one",    "exactly one of several fields must be set"},
    {"schema/exclusive",      "fields that exclude each other are set together"},
    {"schema/format",         "a duration or URL is malformed"},
    {"schema/invalid",        "a value violates its JSON Schema"},
    {"schema/items",          "a list has too few or too many items"},
    {"schema/length",         "a string is too short or too long"},
    {"schema/not-a-resource", "a document is not a resource mapping"},
    {"schema/pattern",        "a string does not have the required form"},
    {"schema/range",          "a number is out of range"},
    {"schema/required",       "a required field is missing"},
    {"schema/together",       "fields that go together are not all set"},
    {"schema/type",           "a value has the wrong type"},
    {"schema/unique",         "a name is used twice in one list"},
    {"schema/unknown-field",  "a field the schema does not define"},
    {"schema/unknown-kind",   "an apiVersion or kind telc does not know"},
    {"yaml/complex-key",      "a mapping key that is not a scalar"},
    {"yaml/duplicate-key",    "a key appears twice in one mapping"},
    {"yaml/empty",            "a file holds no YAML document"},
    {"yaml/invalid-character", "a NUL byte in a YAML file"},
    {"yaml/invalid-utf8",     "a file is not valid UTF-8"},
    {"yaml/syntax",           "YAML that does not parse"},
    {"yaml/too-deep",         "nesting deeper than telc accepts"},
    {"yaml/too-large",        "alias expansion beyond telc's bound"},
};
// clang-format on

}  // namespace

std::span<const diag::CodeInfo> codes() { return kCodes; }

}  // namespace telc::schema
