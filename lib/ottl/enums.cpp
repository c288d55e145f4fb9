// Read from opentelemetry-collector-contrib: the enum symbol tables of pkg/ottl/contexts/
// internal/ctxspan (SPAN_KIND_*, STATUS_CODE_*), ctxlog (SEVERITY_NUMBER_*), ctxmetric and
// ctxdatapoint (AGGREGATION_TEMPORALITY_*, METRIC_DATA_TYPE_*, FLAG_*), and the contexts'
// README.md files. A context also parses the symbols of the contexts it reaches (span events
// know the span's kinds and codes; data points the metric's types).
#include <algorithm>

#include "ottl/tables.hpp"

namespace telc::ottl {
namespace {

constexpr ContextMask kMetricContexts = bit(Context::metric) | bit(Context::datapoint);
constexpr ContextMask kPoint = bit(Context::datapoint);
constexpr ContextMask kSpans = bit(Context::span) | bit(Context::spanevent);
constexpr ContextMask kLog = bit(Context::log);

// clang-format off
constexpr EnumInfo kEnums[] = {
    {"AGGREGATION_TEMPORALITY_CUMULATIVE", kMetricContexts},
    {"AGGREGATION_TEMPORALITY_DELTA", kMetricContexts},
    {"AGGREGATION_TEMPORALITY_UNSPECIFIED", kMetricContexts},
    {"FLAG_NONE", kPoint},
    {"FLAG_NO_RECORDED_VALUE", kPoint},
    {"METRIC_DATA_TYPE_EXPONENTIAL_HISTOGRAM", kMetricContexts},
    {"METRIC_DATA_TYPE_GAUGE", kMetricContexts},
    {"METRIC_DATA_TYPE_HISTOGRAM", kMetricContexts},
    {"METRIC_DATA_TYPE_NONE", kMetricContexts},
    {"METRIC_DATA_TYPE_SUM", kMetricContexts},
    {"METRIC_DATA_TYPE_SUMMARY", kMetricContexts},
    {"SEVERITY_NUMBER_DEBUG", kLog},
    {"SEVERITY_NUMBER_DEBUG2", kLog},
    {"SEVERITY_NUMBER_DEBUG3", kLog},
    {"SEVERITY_NUMBER_DEBUG4", kLog},
    {"SEVERITY_NUMBER_ERROR", kLog},
    {"SEVERITY_NUMBER_ERROR2", kLog},
    {"SEVERITY_NUMBER_ERROR3", kLog},
    {"SEVERITY_NUMBER_ERROR4", kLog},
    {"SEVERITY_NUMBER_FATAL", kLog},
    {"SEVERITY_NUMBER_FATAL2", kLog},
    {"SEVERITY_NUMBER_FATAL3", kLog},
    {"SEVERITY_NUMBER_FATAL4", kLog},
    {"SEVERITY_NUMBER_INFO", kLog},
    {"SEVERITY_NUMBER_INFO2", kLog},
    {"SEVERITY_NUMBER_INFO3", kLog},
    {"SEVERITY_NUMBER_INFO4", kLog},
    {"SEVERITY_NUMBER_TRACE", kLog},
    {"SEVERITY_NUMBER_TRACE2", kLog},
    {"SEVERITY_NUMBER_TRACE3", kLog},
    {"SEVERITY_NUMBER_TRACE4", kLog},
    {"SEVERITY_NUMBER_UNSPECIFIED", kLog},
    {"SEVERITY_NUMBER_WARN", kLog},
    {"SEVERITY_NUMBER_WARN2", kLog},
    {"SEVERITY_NUMBER_WARN3", kLog},
    {"SEVERITY_NUMBER_WARN4", kLog},
    {"SPAN_KIND_CLIENT", kSpans},
    {"SPAN_KIND_CONSUMER", kSpans},
    {"SPAN_KIND_INTERNAL", kSpans},
    {"SPAN_KIND_PRODUCER", kSpans},
    {"SPAN_KIND_SERVER", kSpans},
    {"SPAN_KIND_UNSPECIFIED", kSpans},
    {"STATUS_CODE_ERROR", kSpans},
    {"STATUS_CODE_OK", kSpans},
    {"STATUS_CODE_UNSET", kSpans},
};
// clang-format on

}  // namespace

std::span<const EnumInfo> enums() { return kEnums; }

const EnumInfo* find_enum(std::string_view name) {
  const auto* it = std::lower_bound(std::begin(kEnums), std::end(kEnums), name,
                                    [](const EnumInfo& entry, std::string_view n) { return entry.name < n; });
  return it != std::end(kEnums) && it->name == name ? it : nullptr;
}

}  // namespace telc::ottl
