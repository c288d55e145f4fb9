#include "model/codes.hpp"

namespace telc::model {
namespace {

// clang-format off
constexpr diag::CodeInfo kCodes[] = {
    {"export/all-metrics",          "a source exports every metric"},
    {"export/design-only",          "a telemetry.miloapis.com ExportPolicy uses a design field the operator's CRD lacks"},
    {"export/duplicate-source-ref", "a sink lists the same source twice"},
    {"export/empty-query",          "a source's metricsql is empty"},
    {"export/forbidden-label",      "a source filters on a label the platform reserves"},
    {"export/never-matches",        "a source's selector can never match"},
    {"export/not-a-selector",       "a source's metricsql is not a plain series selector"},
    {"export/resource-kind",        "a resource selector names a plural resource or a lower-case kind"},
    {"export/signal-mismatch",      "a sink's protocol cannot carry the signal of a source it lists"},
    {"export/unknown-source",       "a sink names a source the policy does not define"},
    {"io/read",                     "an input path is missing, unreadable, not a regular file, or holds no YAML"},
    {"metric/duplicate-name",       "two MetricDefinitions declare the same metric name"},
    {"metric/temporality-on-gauge", "aggregationTemporality is set on a gauge"},
    {"metric/unknown-unit",         "a unit that is not in telc's unit table"},
    {"policy/bad-regex",            "an attribute filter is not a valid RE2 regular expression"},
    {"policy/duplicate-series",     "two ResourceFields policies produce one metric for one subject"},
    {"policy/histogram-from-fields", "a ResourceFields policy targets a histogram"},
    {"policy/missing-label",        "a policy does not produce a label its definition requires"},
    {"policy/source-mismatch",      "a policy's source type does not match its configured block"},
    {"policy/subject-mismatch",     "a policy's subject differs from its definition's resource"},
    {"policy/undeclared-label",     "a policy produces a label its definition does not declare"},
    {"policy/unknown-metric",       "a policy's target metric has no MetricDefinition"},
    {"resources/duplicate",         "a --resources object is given twice"},
    {"resources/eval",              "a policy expression fails on a --resources object"},
    {"resources/no-objects",        "a policy needs objects of a kind that --resources does not give"},
    {"resources/not-an-object",     "a --resources document is not a Kubernetes object"},
    {"rule/invalid-record-name",     "a recording rule's name is not a valid metric name"},
    {"rule/recording-rule-field",    "a recording rule sets for, keep_firing_for or annotations"},
    {"rule/reserved-label",          "a rule or group sets the label __name__"},
    {"semconv/duplicate-id",        "two registry groups or attribute definitions share an id"},
    {"semconv/unresolved-ref",      "a registry ref or extends names nothing the inputs define"},
};
// clang-format on

}  // namespace

std::span<const diag::CodeInfo> codes() { return kCodes; }

}  // namespace telc::model
