// Every CEL expression of a MetricPolicy or a ResourceMetricsPolicy is parsed and checked in the
// environment of its field: which variables are bound (cel/environment.hpp), and what the result
// must be. An unknown variable or function is an error at its column, before anything runs.
#include "cel/check.hpp"
#include "model/checks/checks.hpp"

namespace telc::model::checks {
namespace {

void check_one(const model::EmbeddedStr& text, const cel::Environment& env, cel::Expectation expect, diag::Sink& sink) {
  (void)cel::parse_and_check(text.text.value, env, expect, text.where, sink);
}

void check_data_plane(const model::DataPlaneSource& source, diag::Sink& sink) {
  const cel::Environment transform = cel::data_plane_transform_env();
  if (source.value) check_one(*source.value, transform, cel::Expectation::value, sink);
  for (const auto& l : source.labels) check_one(l.cel, transform, cel::Expectation::label, sink);
  const cel::Environment selector = cel::attribute_selector_env();
  for (const auto& a : source.attribute_selectors) check_one(a.value_from, selector, cel::Expectation::label, sink);
}

void check_resource_fields(const model::ResourceFieldsSource& source, diag::Sink& sink) {
  check_one(source.path, cel::resource_env(), cel::Expectation::list, sink);
  const cel::Environment series = cel::series_from_env();
  check_one(source.value, series, cel::Expectation::value, sink);
  for (const auto& l : source.labels) check_one(l.cel, series, cel::Expectation::label, sink);
  if (source.drop_if) check_one(*source.drop_if, cel::resource_env(), cel::Expectation::condition, sink);
}

/// The controller skips an empty forEach or value (no list; the value 1), so telc does too.
bool present(const std::optional<model::EmbeddedStr>& text) { return text && !text->text.value.empty(); }

void check_resource_metric(const model::ResourceMetric& metric, diag::Sink& sink) {
  const cel::Environment object =
      cel::resource_metrics_object_env(present(metric.for_each) ? "forEach" : "a metric without forEach");
  if (present(metric.for_each)) check_one(*metric.for_each, object, cel::Expectation::for_each, sink);
  const cel::Environment series = present(metric.for_each) ? cel::resource_metrics_item_env() : object;
  if (present(metric.value)) check_one(*metric.value, series, cel::Expectation::coerced_value, sink);
  for (const auto& [name, value] : metric.labels) check_one(value, series, cel::Expectation::label, sink);
}

}  // namespace

void check_resource_metrics_policy_cel(const model::ResourceMetricsPolicy& policy, diag::Sink& sink) {
  for (const auto& g : policy.generators)
    for (const auto& f : g.families)
      for (const auto& m : f.metrics) check_resource_metric(m, sink);
}

void check_metric_policy_cel(const model::MetricPolicy& policy, diag::Sink& sink) {
  if (policy.data_plane) check_data_plane(*policy.data_plane, sink);
  if (policy.resource_fields) check_resource_fields(*policy.resource_fields, sink);
}

}  // namespace telc::model::checks
