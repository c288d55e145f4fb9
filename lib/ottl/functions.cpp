// Read from opentelemetry-collector-contrib: pkg/ottl/ottlfuncs/functions.go (StandardFuncs,
// StandardConverters) at commit 001fa21dc77c3b48f2137aaa7b86d012bbc33a1e, each function's
// signature from pkg/ottl/ottlfuncs/README.md at 000d4c7c4b7769e2d7d1b00ee41d5868add14e06, and
// the processors' own functions from processor/transformprocessor/internal/{metrics,traces}/
// functions.go and processor/filterprocessor (filterottl). `since` of 120 means "0.120 or
// earlier". The later minors were dated from the contrib pull requests that added each function
// (the date of their last review before merging) against the collector's release tags v0.120.0 to
// v0.159.0, taking the first release after that date: a lower bound, so `ottl/too-new` errs
// toward silence. The contrib CHANGELOG.md could not be read for these releases (README.md,
// "Versions", lists each row's evidence and the rows still unverified).
#include <algorithm>

#include "ottl/tables.hpp"

namespace telc::ottl {
namespace {

using K = ArgKind;
constexpr bool kOpt = true;
constexpr bool kList = true;

// Shared signatures, named by their parameters.
constexpr Param kValue[] = {{"value", K::getter}};
constexpr Param kStrValue[] = {{"value", K::string_getter}};
constexpr Param kStrTarget[] = {{"target", K::string_getter}};
constexpr Param kTarget[] = {{"target", K::getter}};
constexpr Param kMapTarget[] = {{"target", K::map_getter}};
constexpr Param kTime[] = {{"time", K::time_getter}};
constexpr Param kDuration[] = {{"duration", K::duration_getter}};
constexpr Param kStrDuration[] = {{"duration", K::string_getter}};
constexpr Param kUrl[] = {{"url", K::string_getter}};
// TraceID/SpanID/ProfileID take a byte slice or a hex string (README: "bytes|string").
constexpr Param kBytes[] = {{"bytes", K::getter}};
constexpr Param kTargetPattern[] = {{"target", K::string_getter}, {"pattern", K::string_lit}};
constexpr Param kTargetXpath[] = {{"target", K::string_getter}, {"xpath", K::string_lit}};
constexpr Param kMapPattern[] = {{"target", K::map_getter}, {"pattern", K::string_lit}};
constexpr Param kSummaryToSum[] = {
    {"aggregation_temporality", K::string_lit}, {"is_monotonic", K::bool_lit}, {"suffix", K::string_lit, kOpt}};

// Editors.
constexpr Param kAppend[] = {{"target", K::get_setter}, {"value", K::getter, kOpt}, {"values", K::getter, kOpt, kList}};
constexpr Param kDeleteIndex[] = {
    {"target", K::get_setter}, {"start_index", K::int_getter}, {"end_index", K::int_getter, kOpt}};
constexpr Param kDeleteKey[] = {{"target", K::map_getter}, {"key", K::string_lit}};
constexpr Param kFlatten[] = {{"target", K::map_getter},
                              {"prefix", K::string_lit, kOpt},
                              {"depth", K::int_lit, kOpt},
                              {"resolve_conflicts", K::bool_lit, kOpt}};
constexpr Param kKeepKeys[] = {{"target", K::map_getter}, {"keys", K::string_lit, false, kList}};
constexpr Param kLimit[] = {
    {"target", K::map_getter}, {"limit", K::int_lit}, {"priority_keys", K::string_lit, false, kList}};
constexpr Param kMergeMaps[] = {{"target", K::map_getter}, {"source", K::map_getter}, {"strategy", K::string_lit}};
constexpr Param kReplaceAllMatches[] = {{"target", K::map_getter},
                                        {"pattern", K::string_lit},
                                        {"replacement", K::string_getter},
                                        {"function", K::function, kOpt},
                                        {"replacement_format", K::string_getter, kOpt}};
constexpr Param kReplaceAllPatterns[] = {
    {"target", K::map_getter},         {"mode", K::string_lit},         {"regex", K::string_lit},
    {"replacement", K::string_getter}, {"function", K::function, kOpt}, {"replacement_format", K::string_getter, kOpt}};
constexpr Param kReplaceMatch[] = {{"target", K::get_setter},
                                   {"pattern", K::string_lit},
                                   {"replacement", K::string_getter},
                                   {"function", K::function, kOpt},
                                   {"replacement_format", K::string_getter, kOpt}};
constexpr Param kReplacePattern[] = {{"target", K::get_setter},
                                     {"regex", K::string_lit},
                                     {"replacement", K::string_getter},
                                     {"function", K::function, kOpt},
                                     {"replacement_format", K::string_getter, kOpt}};
constexpr Param kSet[] = {{"target", K::get_setter}, {"value", K::getter}};
constexpr Param kTruncateAll[] = {{"target", K::map_getter},
                                  {"limit", K::int_lit},
                                  {"utf8_safe", K::bool_lit, kOpt},
                                  {"truncation_marker", K::string_lit, kOpt}};

// Converters.
constexpr Param kBase64Encode[] = {{"value", K::string_getter}, {"variant", K::string_lit, kOpt}};
constexpr Param kCoalesce[] = {{"values", K::getter, false, kList}};
constexpr Param kCommunityId[] = {{"source_ip", K::string_getter},      {"source_port", K::int_getter},
                                  {"destination_ip", K::string_getter}, {"destination_port", K::int_getter},
                                  {"protocol", K::string_getter, kOpt}, {"seed", K::int_getter, kOpt}};
constexpr Param kConcat[] = {{"vals", K::getter, false, kList}, {"delimiter", K::string_lit}};
constexpr Param kContainsValue[] = {{"target", K::getter}, {"item", K::getter}};
constexpr Param kConvertCase[] = {{"target", K::string_getter}, {"to_case", K::string_lit}};
constexpr Param kAttrsToElements[] = {{"target", K::string_getter}, {"xpath", K::string_lit, kOpt}};
constexpr Param kTextToElements[] = {
    {"target", K::string_getter}, {"xpath", K::string_lit, kOpt}, {"element_name", K::string_lit, kOpt}};
constexpr Param kDecode[] = {{"value", K::getter}, {"encoding", K::string_lit}};
constexpr Param kExtractGrok[] = {{"target", K::string_getter},
                                  {"pattern", K::string_lit},
                                  {"named_captures_only", K::bool_lit, kOpt},
                                  {"pattern_definitions", K::string_lit, kOpt, kList}};
constexpr Param kFormat[] = {{"format", K::string_lit}, {"vals", K::getter, false, kList}};
constexpr Param kFormatTime[] = {{"time", K::time_getter}, {"format", K::string_lit}};
constexpr Param kHasPrefix[] = {{"value", K::string_getter}, {"prefix", K::string_lit}};
constexpr Param kHasSuffix[] = {{"value", K::string_getter}, {"suffix", K::string_lit}};
constexpr Param kIndex[] = {{"target", K::getter}, {"value", K::getter}};
constexpr Param kInsertXml[] = {{"target", K::string_getter}, {"xpath", K::string_lit}, {"value", K::string_getter}};
constexpr Param kIsInCidr[] = {{"target", K::string_getter}, {"networks", K::string_getter, false, kList}};
constexpr Param kIsMatch[] = {{"target", K::getter}, {"pattern", K::string_lit}};
constexpr Param kParseCsv[] = {{"target", K::string_getter},
                               {"header", K::string_getter},
                               {"delimiter", K::string_lit, kOpt},
                               {"header_delimiter", K::string_lit, kOpt},
                               {"mode", K::string_lit, kOpt}};
constexpr Param kParseInt[] = {{"target", K::getter}, {"base", K::int_getter}};
constexpr Param kParseKeyValue[] = {
    {"target", K::string_getter}, {"delimiter", K::string_lit, kOpt}, {"pair_delimiter", K::string_lit, kOpt}};
constexpr Param kParseSeverity[] = {{"target", K::getter}, {"severity_mapping", K::map_getter}};
constexpr Param kSliceToMap[] = {
    {"target", K::getter}, {"key_path", K::string_lit, kOpt, kList}, {"value_path", K::string_lit, kOpt, kList}};
constexpr Param kSort[] = {{"target", K::getter}, {"order", K::string_lit, kOpt}};
constexpr Param kSplit[] = {{"target", K::string_getter}, {"delimiter", K::string_lit}};
constexpr Param kSubstring[] = {{"target", K::string_getter},
                                {"start", K::int_getter},
                                {"length", K::int_getter},
                                {"utf8_safe", K::bool_lit, kOpt}};
constexpr Param kTimeParse[] = {{"time", K::string_getter},
                                {"format", K::string_lit},
                                {"location", K::string_lit, kOpt},
                                {"locale", K::string_lit, kOpt}};
constexpr Param kToKeyValue[] = {{"target", K::map_getter},
                                 {"delimiter", K::string_lit, kOpt},
                                 {"pair_delimiter", K::string_lit, kOpt},
                                 {"sort_output", K::bool_lit, kOpt}};
constexpr Param kTrim[] = {{"target", K::string_getter}, {"replacement", K::string_lit, kOpt}};
constexpr Param kTrimPrefix[] = {{"target", K::string_getter}, {"prefix", K::string_lit}};
constexpr Param kTrimSuffix[] = {{"target", K::string_getter}, {"suffix", K::string_lit}};
constexpr Param kTruncateTime[] = {{"time", K::time_getter}, {"duration", K::duration_getter}};
constexpr Param kUnix[] = {{"seconds", K::int_getter}, {"nanoseconds", K::int_getter, kOpt}};

// Processor functions (transformprocessor metrics and traces, filterprocessor).
constexpr Param kAggregateOnAttributes[] = {{"function", K::string_lit}, {"attributes", K::string_lit, kOpt, kList}};
constexpr Param kAggregateOnValue[] = {{"function", K::string_lit},
                                       {"attribute", K::string_lit},
                                       {"values", K::string_lit, false, kList},
                                       {"new_value", K::string_lit}};
constexpr Param kConvertExpHistogram[] = {{"distribution", K::string_lit},
                                          {"explicit_bounds", K::float_lit, false, kList}};
constexpr Param kConvertGaugeToSum[] = {{"aggregation_temporality", K::string_lit}, {"is_monotonic", K::bool_lit}};
constexpr Param kCopyMetric[] = {
    {"name", K::string_getter, kOpt}, {"description", K::string_getter, kOpt}, {"unit", K::string_getter, kOpt}};
constexpr Param kExtractMetric[] = {{"monotonic", K::bool_lit}};
constexpr Param kHasAttrKey[] = {{"key", K::string_lit}};
constexpr Param kHasAttr[] = {{"key", K::string_lit}, {"expected_val", K::string_lit}};
constexpr Param kQuantileToGauge[] = {{"attribute_key", K::string_lit, kOpt}, {"suffix", K::string_lit, kOpt}};
constexpr Param kScaleMetric[] = {{"multiplier", K::float_lit}, {"unit", K::string_getter, kOpt}};
constexpr Param kSemconvSpanName[] = {{"semconv_version", K::string_lit},
                                      {"original_span_name_attribute", K::string_lit, kOpt}};

constexpr std::span<const Param> none() { return {}; }

constexpr ContextMask kMetric = bit(Context::metric);
constexpr ContextMask kDatapoint = bit(Context::datapoint);
constexpr ContextMask kSpan = bit(Context::span);

// clang-format off
constexpr Function kFunctions[] = {
    {"Base64Decode", kStrValue},
    {"Base64Encode", kBase64Encode, 130},
    {"Bool", kValue, 142},
    {"Coalesce", kCoalesce, 148},
    {"CommunityID", kCommunityId, 121},
    {"Concat", kConcat},
    {"ContainsValue", kContainsValue, 121},
    {"ConvertAttributesToElementsXML", kAttrsToElements},
    {"ConvertCase", kConvertCase},
    {"ConvertTextToElementsXML", kTextToElements},
    {"Day", kTime},
    {"Decode", kDecode},
    {"Double", kValue},
    {"Duration", kStrDuration},
    {"ExtractGrokPatterns", kExtractGrok},
    {"ExtractPatterns", kTargetPattern},
    {"FNV", kStrValue},
    {"Format", kFormat},
    {"FormatTime", kFormatTime},
    {"GetXML", kTargetXpath},
    {"HasAttrKeyOnDatapoint", kHasAttrKey, 120, kMetric, kFilter},
    {"HasAttrOnDatapoint", kHasAttr, 120, kMetric, kFilter},
    {"HasPrefix", kHasPrefix, 126},
    {"HasSuffix", kHasSuffix, 126},
    {"Hex", kValue},
    {"Hour", kTime},
    {"Hours", kDuration},
    {"Index", kIndex, 131},
    {"InsertXML", kInsertXml},
    {"Int", kValue},
    {"IsBool", kValue},
    {"IsDouble", kValue},
    {"IsEmpty", kValue},
    {"IsInCIDR", kIsInCidr, 139},
    {"IsInt", kValue},
    {"IsList", kValue},
    {"IsMap", kValue},
    {"IsMatch", kIsMatch},
    {"IsRootSpan", none(), 120, kSpan},
    {"IsString", kValue},
    {"IsValidLuhn", kValue, 121},
    {"Keys", kMapTarget, 126},
    {"Len", kTarget},
    {"Log", kValue},
    {"MD5", kStrValue},
    {"Microseconds", kDuration},
    {"Milliseconds", kDuration},
    {"Minute", kTime},
    {"Minutes", kDuration},
    {"Month", kTime},
    {"Murmur3Hash", kStrTarget},
    {"Murmur3Hash128", kStrTarget},
    {"Nanosecond", kTime},
    {"Nanoseconds", kDuration},
    {"Now", none()},
    {"ParseCSV", kParseCsv},
    {"ParseInt", kParseInt, 130},
    {"ParseJSON", kStrTarget},
    {"ParseKeyValue", kParseKeyValue},
    {"ParseSeverity", kParseSeverity, 121},
    {"ParseSimplifiedXML", kStrTarget},
    {"ParseXML", kStrTarget},
    {"ProfileID", kBytes, 121},
    {"RemoveXML", kTargetXpath},
    {"SHA1", kStrValue},
    {"SHA256", kStrValue},
    {"SHA512", kStrValue},
    {"Second", kTime},
    {"Seconds", kDuration},
    {"SliceToMap", kSliceToMap},
    {"Sort", kSort},
    {"SpanID", kBytes},
    {"Split", kSplit},
    {"String", kValue},
    {"Substring", kSubstring},
    {"Time", kTimeParse},
    {"ToCamelCase", kStrTarget},
    {"ToKeyValueString", kToKeyValue},
    {"ToLowerCase", kStrTarget},
    {"ToSnakeCase", kStrTarget},
    {"ToUpperCase", kStrTarget},
    {"TraceID", kBytes},
    {"Trim", kTrim},
    {"TrimPrefix", kTrimPrefix, 139},
    {"TrimSuffix", kTrimSuffix, 139},
    {"TruncateTime", kTruncateTime},
    {"URL", kUrl},
    {"UUID", none()},
    {"UUIDv7", none(), 131},
    {"Unix", kUnix},
    {"UnixMicro", kTime},
    {"UnixMilli", kTime},
    {"UnixNano", kTime},
    {"UnixSeconds", kTime},
    {"UserAgent", kStrValue},
    {"Values", kMapTarget, 131},
    {"Weekday", kTime},
    {"XXH128", kStrValue, 121},
    {"XXH3", kStrValue, 121},
    {"Year", kTime},
    {"aggregate_on_attribute_value", kAggregateOnValue, 120, kMetric, kTransform},
    {"aggregate_on_attributes", kAggregateOnAttributes, 120, kMetric, kTransform},
    {"append", kAppend},
    {"convert_exponential_histogram_to_histogram", kConvertExpHistogram, 120, kMetric, kTransform},
    {"convert_gauge_to_sum", kConvertGaugeToSum, 120, kMetric, kTransform},
    {"convert_sum_to_gauge", none(), 120, kMetric, kTransform},
    {"convert_summary_count_val_to_sum", kSummaryToSum, 120, kDatapoint, kTransform},
    {"convert_summary_quantile_val_to_gauge", kQuantileToGauge, 121, kMetric, kTransform},
    {"convert_summary_sum_val_to_sum", kSummaryToSum, 120, kDatapoint, kTransform},
    {"copy_metric", kCopyMetric, 120, kMetric, kTransform},
    {"delete_index", kDeleteIndex, 145},
    {"delete_key", kDeleteKey},
    {"delete_matching_keys", kMapPattern},
    {"extract_count_metric", kExtractMetric, 120, kMetric, kTransform},
    {"extract_sum_metric", kExtractMetric, 120, kMetric, kTransform},
    {"flatten", kFlatten},
    {"keep_keys", kKeepKeys},
    {"keep_matching_keys", kMapPattern},
    {"limit", kLimit},
    {"merge_maps", kMergeMaps},
    {"replace_all_matches", kReplaceAllMatches},
    {"replace_all_patterns", kReplaceAllPatterns},
    {"replace_match", kReplaceMatch},
    {"replace_pattern", kReplacePattern},
    {"route", none(), 120, kAllContexts, kRouting},
    {"scale_metric", kScaleMetric, 120, kMetric, kTransform},
    {"set", kSet},
    {"set_semconv_span_name", kSemconvSpanName, 125, kSpan, kTransform},
    {"stringify_all", kMapTarget, 155},
    {"truncate_all", kTruncateAll},
};
// clang-format on

}  // namespace

std::span<const Function> functions() { return kFunctions; }

const Function* find_function(std::string_view name) {
  const auto* it = std::lower_bound(std::begin(kFunctions), std::end(kFunctions), name,
                                    [](const Function& function, std::string_view n) { return function.name < n; });
  return it != std::end(kFunctions) && it->name == name ? it : nullptr;
}

}  // namespace telc::ottl
