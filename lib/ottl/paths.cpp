// Read from opentelemetry-collector-contrib: the path parsers of pkg/ottl/contexts/internal/
// ctx{resource,scope,metric,datapoint,log,span,spanevent,profile}/ and the contexts' README.md
// files (pkg/ottl/contexts/ottl*/README.md), as stored at the commits listed in README.md.
// Each context's own paths only: what a context reaches through another context's prefix
// (datapoint -> metric, resource, scope) is resolved by the checker. `cache` is every context's
// scratch map. A name with a dot is a sub-field ("status.code", "body.string").
#include <algorithm>
#include <tuple>

#include "ottl/tables.hpp"

namespace telc::ottl {
namespace {

// clang-format off
constexpr PathInfo kPaths[] = {
    {Context::resource, "attributes", true},
    {Context::resource, "cache", true},
    {Context::resource, "dropped_attributes_count", false},
    {Context::resource, "schema_url", false},
    {Context::scope, "attributes", true},
    {Context::scope, "cache", true},
    {Context::scope, "dropped_attributes_count", false},
    {Context::scope, "name", false},
    {Context::scope, "schema_url", false},
    {Context::scope, "version", false},
    {Context::metric, "aggregation_temporality", false},
    {Context::metric, "cache", true},
    {Context::metric, "data_points", false},
    {Context::metric, "description", false},
    {Context::metric, "is_monotonic", false},
    {Context::metric, "metadata", true, 130},
    {Context::metric, "name", false},
    {Context::metric, "type", false},
    {Context::metric, "unit", false},
    {Context::datapoint, "attributes", true},
    {Context::datapoint, "bucket_counts", false},
    {Context::datapoint, "cache", true},
    {Context::datapoint, "count", false},
    {Context::datapoint, "exemplars", false},
    {Context::datapoint, "explicit_bounds", false},
    {Context::datapoint, "flags", false},
    {Context::datapoint, "max", false},
    {Context::datapoint, "min", false},
    {Context::datapoint, "negative", false},
    {Context::datapoint, "negative.bucket_counts", false},
    {Context::datapoint, "negative.offset", false},
    {Context::datapoint, "positive", false},
    {Context::datapoint, "positive.bucket_counts", false},
    {Context::datapoint, "positive.offset", false},
    {Context::datapoint, "quantile_values", false},
    {Context::datapoint, "scale", false},
    {Context::datapoint, "start_time", false},
    {Context::datapoint, "start_time_unix_nano", false},
    {Context::datapoint, "sum", false},
    {Context::datapoint, "time", false},
    {Context::datapoint, "time_unix_nano", false},
    {Context::datapoint, "value_double", false},
    {Context::datapoint, "value_int", false},
    {Context::datapoint, "zero_count", false},
    {Context::log, "attributes", true},
    {Context::log, "body", true},
    {Context::log, "body.string", false},
    {Context::log, "cache", true},
    {Context::log, "dropped_attributes_count", false},
    {Context::log, "event_name", false},
    {Context::log, "flags", false},
    {Context::log, "observed_time", false},
    {Context::log, "observed_time_unix_nano", false},
    {Context::log, "severity_number", false},
    {Context::log, "severity_text", false},
    {Context::log, "span_id", false},
    {Context::log, "span_id.string", false},
    {Context::log, "time", false},
    {Context::log, "time_unix_nano", false},
    {Context::log, "trace_id", false},
    {Context::log, "trace_id.string", false},
    {Context::span, "attributes", true},
    {Context::span, "cache", true},
    {Context::span, "dropped_attributes_count", false},
    {Context::span, "dropped_events_count", false},
    {Context::span, "dropped_links_count", false},
    {Context::span, "end_time", false},
    {Context::span, "end_time_unix_nano", false},
    {Context::span, "events", false},
    {Context::span, "flags", false},
    {Context::span, "kind", false},
    {Context::span, "kind.deprecated_string", false},
    {Context::span, "kind.string", false},
    {Context::span, "links", false},
    {Context::span, "name", false},
    {Context::span, "parent_span_id", false},
    {Context::span, "parent_span_id.string", false},
    {Context::span, "span_id", false},
    {Context::span, "span_id.string", false},
    {Context::span, "start_time", false},
    {Context::span, "start_time_unix_nano", false},
    {Context::span, "status", false},
    {Context::span, "status.code", false},
    {Context::span, "status.message", false},
    {Context::span, "trace_id", false},
    {Context::span, "trace_id.string", false},
    {Context::span, "trace_state", true},
    {Context::spanevent, "attributes", true},
    {Context::spanevent, "cache", true},
    {Context::spanevent, "dropped_attributes_count", false},
    {Context::spanevent, "event_index", false},
    {Context::spanevent, "name", false},
    {Context::spanevent, "time", false},
    {Context::spanevent, "time_unix_nano", false},
    {Context::profile, "attribute_indices", false},
    {Context::profile, "attributes", true},
    {Context::profile, "cache", true},
    {Context::profile, "dropped_attributes_count", false},
    {Context::profile, "duration", false},
    {Context::profile, "duration_unix_nano", false},
    {Context::profile, "original_payload", false},
    {Context::profile, "original_payload_format", false},
    {Context::profile, "period", false},
    {Context::profile, "period_type", false},
    {Context::profile, "profile_id", false},
    {Context::profile, "profile_id.string", false},
    {Context::profile, "sample", false},
    {Context::profile, "sample_type", false},
    {Context::profile, "time", false},
    {Context::profile, "time_unix_nano", false},};
// clang-format on

}  // namespace

std::span<const PathInfo> paths() { return kPaths; }

const PathInfo* find_path(Context context, std::string_view name) {
  const auto key = std::make_tuple(context, name);
  const auto* it = std::lower_bound(
      std::begin(kPaths), std::end(kPaths), key,
      [](const PathInfo& param, const auto& kind) { return std::make_tuple(param.context, param.name) < kind; });
  return it != std::end(kPaths) && it->context == context && it->name == name ? it : nullptr;
}

}  // namespace telc::ottl
