#include "compiler/codes.hpp"

namespace telc::compiler {
namespace {

// Sorted by code; tests/codes_test.cpp keeps it sorted and complete.
// clang-format off
constexpr diag::CodeInfo kCodes[] = {
    {"emit/not-expressible",         "a policy a target cannot express"},
    {"emit/unsupported-version",     "a collector release older than telc generates for"},
    {"export/all-metrics",           "a source exports every metric"},
    {"export/duplicate-source-ref",  "a sink lists the same source twice"},
    {"export/empty-query",           "a source's metricsql is empty"},
    {"export/forbidden-label",       "a source filters on a label the platform reserves"},
    {"export/never-matches",         "a source's selector can never match"},
    {"export/not-a-selector",        "a source's metricsql is not a plain series selector"},
    {"export/signal-mismatch",       "a sink's protocol cannot carry the signal of a source it lists"},
    {"export/unknown-source",        "a sink names a source the policy does not define"},
    {"io/read",                      "an input path is missing, unreadable, or holds no YAML"},
    {"io/too-large",                 "an input file is larger than telc reads"},
    {"io/write",                     "a generated file cannot be written"},
    {"metric/duplicate-name",        "two MetricDefinitions declare the same metric name"},
    {"metric/temporality-on-gauge",  "aggregationTemporality is set on a gauge"},
    {"metric/unknown-unit",          "a unit that is not in telc's unit table"},
    {"metricsql/syntax",             "a MetricsQL query does not parse"},
    {"policy/bad-regex",             "an attribute filter is not a valid RE2 regular expression"},
    {"policy/histogram-from-fields", "a ResourceFields policy targets a histogram"},
    {"policy/missing-label",         "a policy does not produce a label its definition requires"},
    {"policy/source-mismatch",       "a policy's source type does not match its configured block"},
    {"policy/subject-mismatch",      "a policy's subject differs from its definition's resource"},
    {"policy/undeclared-label",      "a policy produces a label its definition does not declare"},
    {"policy/unknown-metric",        "a policy's target metric has no MetricDefinition"},
    {"schema/conflict",              "a field that another field's presence or value rules out"},
    {"schema/deprecated",            "the apiVersion is deprecated"},
    {"schema/enum",                  "a value outside the allowed set"},
    {"schema/exactly-one",           "exactly one of several fields must be set"},
    {"schema/exclusive",             "fields that exclude each other are set together"},
    {"schema/format",                "a duration or URL is malformed"},
    {"schema/invalid",               "a value violates its JSON Schema"},
    {"schema/items",                 "a list has too few or too many items"},
    {"schema/length",                "a string is too short or too long"},
    {"schema/not-a-resource",        "a document is not a resource mapping"},
    {"schema/pattern",               "a string does not have the required form"},
    {"schema/range",                 "a number is out of range"},
    {"schema/required",              "a required field is missing"},
    {"schema/together",              "fields that go together are not all set"},
    {"schema/type",                  "a value has the wrong type"},
    {"schema/unique",                "a name is used twice in one list"},
    {"schema/unknown-field",         "a field the schema does not define"},
    {"schema/unknown-kind",          "an apiVersion or kind telc does not know"},
    {"yaml/complex-key",             "a mapping key that is not a scalar"},
    {"yaml/duplicate-key",           "a key appears twice in one mapping"},
    {"yaml/empty",                   "a file holds no YAML document"},
    {"yaml/invalid-character",       "a NUL byte in a YAML file"},
    {"yaml/invalid-utf8",            "a file is not valid UTF-8"},
    {"yaml/syntax",                  "YAML that does not parse"},
    {"yaml/too-deep",                "nesting deeper than telc accepts"},
    {"yaml/too-large",               "alias expansion beyond telc's bound"},
};
// clang-format on

}  // namespace

std::span<const diag::CodeInfo> all_codes() { return kCodes; }

}  // namespace telc::compiler
