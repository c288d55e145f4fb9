#include "lint/registry.hpp"

#include <algorithm>

namespace telc::lint {

// One factory per rule file in rules/. No static self-registration: static libraries drop
// objects nothing references.
std::unique_ptr<Rule> make_alerting_aggregation_drops_cluster();
std::unique_ptr<Rule> make_alerting_alert_name();
std::unique_ptr<Rule> make_alerting_counter_above_zero();
std::unique_ptr<Rule> make_alerting_description_cluster();
std::unique_ptr<Rule> make_alerting_missing_for();
std::unique_ptr<Rule> make_alerting_record_name();
std::unique_ptr<Rule> make_alerting_required_annotations();
std::unique_ptr<Rule> make_alerting_required_labels();
std::unique_ptr<Rule> make_alerting_runbook_url();
std::unique_ptr<Rule> make_alerting_severity_value();
std::unique_ptr<Rule> make_cardinality_unbounded_label();
std::unique_ptr<Rule> make_cardinality_undescribed_label();
std::unique_ptr<Rule> make_definitions_description();
std::unique_ptr<Rule> make_definitions_identity_labels();
std::unique_ptr<Rule> make_entities_unknown_association();
std::unique_ptr<Rule> make_events_discouraged_verb();
std::unique_ptr<Rule> make_events_name_attribute();
std::unique_ptr<Rule> make_events_name_format();
std::unique_ptr<Rule> make_events_reserved_namespace();
std::unique_ptr<Rule> make_export_credentials_in_url();
std::unique_ptr<Rule> make_export_plaintext_endpoint();
std::unique_ptr<Rule> make_export_token_url();
std::unique_ptr<Rule> make_naming_attribute_key();
std::unique_ptr<Rule> make_naming_instrument_casing();
std::unique_ptr<Rule> make_naming_label_key_case();
std::unique_ptr<Rule> make_naming_metric_brief_period();
std::unique_ptr<Rule> make_naming_metric_prefix();
std::unique_ptr<Rule> make_naming_metric_segments();
std::unique_ptr<Rule> make_naming_otel_plural();
std::unique_ptr<Rule> make_naming_otel_suffixes();
std::unique_ptr<Rule> make_naming_semconv_collision();
std::unique_ptr<Rule> make_naming_semconv_complex_type();
std::unique_ptr<Rule> make_naming_semconv_name();
std::unique_ptr<Rule> make_naming_semconv_namespace();
std::unique_ptr<Rule> make_naming_span_name();
std::unique_ptr<Rule> make_queries_gauge_function_on_counter();
std::unique_ptr<Rule> make_queries_misspelt_metric();
std::unique_ptr<Rule> make_queries_quantile_on_non_histogram();
std::unique_ptr<Rule> make_queries_rate_on_gauge();
std::unique_ptr<Rule> make_queries_undeclared_grouping_label();
std::unique_ptr<Rule> make_queries_undeclared_label();
std::unique_ptr<Rule> make_queries_unknown_metric();
std::unique_ptr<Rule> make_semconv_empty_brief();
std::unique_ptr<Rule> make_semconv_example_type();
std::unique_ptr<Rule> make_stability_deprecated_level();
std::unique_ptr<Rule> make_stability_lower_stability_attribute();
std::unique_ptr<Rule> make_stability_missing();
std::unique_ptr<Rule> make_stability_renamed_to();
std::unique_ptr<Rule> make_units_instrument_fit();
std::unique_ptr<Rule> make_units_profile_spelling();

namespace {

// Sorted by code; tests/lint_registry_test.cpp keeps it sorted and in step with docs and testdata.
constexpr RuleFactory kRules[] = {
    &make_alerting_aggregation_drops_cluster,
    &make_alerting_alert_name,
    &make_alerting_counter_above_zero,
    &make_alerting_description_cluster,
    &make_alerting_missing_for,
    &make_alerting_record_name,
    &make_alerting_required_annotations,
    &make_alerting_required_labels,
    &make_alerting_runbook_url,
    &make_alerting_severity_value,
    &make_cardinality_unbounded_label,
    &make_cardinality_undescribed_label,
    &make_definitions_description,
    &make_definitions_identity_labels,
    &make_entities_unknown_association,
    &make_events_discouraged_verb,
    &make_events_name_attribute,
    &make_events_name_format,
    &make_events_reserved_namespace,
    &make_export_credentials_in_url,
    &make_export_plaintext_endpoint,
    &make_export_token_url,
    &make_naming_attribute_key,
    &make_naming_instrument_casing,
    &make_naming_label_key_case,
    &make_naming_metric_brief_period,
    &make_naming_metric_prefix,
    &make_naming_metric_segments,
    &make_naming_otel_plural,
    &make_naming_otel_suffixes,
    &make_naming_semconv_collision,
    &make_naming_semconv_complex_type,
    &make_naming_semconv_name,
    &make_naming_semconv_namespace,
    &make_naming_span_name,
    &make_queries_gauge_function_on_counter,
    &make_queries_misspelt_metric,
    &make_queries_quantile_on_non_histogram,
    &make_queries_rate_on_gauge,
    &make_queries_undeclared_grouping_label,
    &make_queries_undeclared_label,
    &make_queries_unknown_metric,
    &make_semconv_empty_brief,
    &make_semconv_example_type,
    &make_stability_deprecated_level,
    &make_stability_lower_stability_attribute,
    &make_stability_missing,
    &make_stability_renamed_to,
    &make_units_instrument_fit,
    &make_units_profile_spelling,
};

std::vector<std::unique_ptr<Rule>> build_rules() {
  std::vector<std::unique_ptr<Rule>> out;
  for (RuleFactory make : kRules) out.push_back(make());
  return out;
}

}  // namespace

std::span<const std::unique_ptr<Rule>> all_rules() {
  static const std::vector<std::unique_ptr<Rule>> rules = build_rules();
  return rules;
}

const Rule* find_rule(std::string_view code) {
  for (const auto& r : all_rules())
    if (r->info().code == code) return r.get();
  return nullptr;
}

}  // namespace telc::lint
