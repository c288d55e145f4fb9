// Every CEL expression of a MetricPolicy is parsed and checked in the environment of its field:
// which variables are bound (cel/environment.hpp), and what the result must be. An unknown
// variable or function is an error at its column, before anything runs.
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

}  // namespace

void check_metric_policy_cel(const model::MetricPolicy& policy, diag::Sink& sink) {
  if (policy.data_plane) check_data_plane(*policy.data_plane, sink);
  if (policy.resource_fields) check_resource_fields(*policy.resource_fields, sink);
}

}  // namespace telc::model::checks
