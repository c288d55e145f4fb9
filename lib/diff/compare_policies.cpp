// MetricPolicies, by namespace and name: what a query loses when a policy goes. A policy removed
// while no other policy produces its metric for the same resource kind leaves the metric without
// data; a label a kept policy no longer sets leaves the label empty. Each change carries the
// metric's names, so the driver finds the queries it breaks, and the stability of the metric's
// definition in the baseline (alpha when it has none), which rates it.
#include <map>
#include <set>

#include <fmt/format.h>

#include "diff/compare_internal.hpp"

namespace telc::diff::detail {
namespace {

using model::MetricPolicy;

std::string policy_name(const MetricPolicy& policy) {
  const std::string name_space = policy.origin.name_space ? policy.origin.name_space->value : std::string();
  return name_space.empty() ? policy.origin.name.value : name_space + "/" + policy.origin.name.value;
}

/// What a policy produces: its metric for one resource kind.
std::string product(const MetricPolicy& policy) {
  return fmt::format("{}|{}/{}", policy.target_metric.value, policy.subject_group.value, policy.subject_kind.value);
}

std::set<std::string> label_keys(const MetricPolicy& policy) {
  std::set<std::string> out;
  const auto add = [&out](const std::vector<model::LabelExpr>& labels) {
    for (const model::LabelExpr& label : labels) out.insert(label.key.value);
  };
  if (policy.data_plane) add(policy.data_plane->labels);
  if (policy.resource_fields) {
    add(policy.resource_fields->labels);
    for (const auto& [key, value] : policy.resource_fields->static_labels) out.insert(key.value);
  }
  return out;
}

/// Where a label is set, for the baseline side of a dropped label.
diag::SourceSpan label_span(const MetricPolicy& policy, const std::string& key) {
  for (const auto* labels : {policy.data_plane ? &policy.data_plane->labels : nullptr,
                             policy.resource_fields ? &policy.resource_fields->labels : nullptr})
    if (labels != nullptr)
      for (const model::LabelExpr& label : *labels)
        if (label.key.value == key) return label.key.span;
  return policy.origin.name.span;
}

const model::MetricDefinition* definition_of(const model::Model& model, const std::string& metric) {
  for (const model::MetricDefinition& definition : model.definitions)
    if (definition.name.value == metric) return &definition;
  return nullptr;
}

/// The metric's names on the change, and its stability, from the baseline's definition.
Change& add(Changes& out, const model::Model& base, const MetricPolicy& policy, std::string code, std::string_view what,
            std::string hint, diag::SourceSpan at, diag::SourceSpan baseline_at) {
  const model::MetricDefinition* definition = definition_of(base, policy.target_metric.value);
  const std::optional<model::Str> alpha{model::Str{"alpha", {}}};
  Change& change = out.add(std::move(code), "policy", policy_name(policy),
                           definition != nullptr && definition->stability ? definition->stability : alpha, what,
                           std::move(hint), at, baseline_at);
  if (definition != nullptr) out.metric_names(change, *definition);
  return change;
}

}  // namespace

void compare_policies(const model::Model& base, const model::Model& current, Changes& out) {
  std::map<std::string, const MetricPolicy*> now;
  std::set<std::string> produced;
  for (const MetricPolicy& policy : current.policies) {
    now.emplace(policy_name(policy), &policy);
    produced.insert(product(policy));
  }
  for (const MetricPolicy& was : base.policies) {
    auto found = now.find(policy_name(was));
    if (found == now.end() || found->second->target_metric.value != was.target_metric.value) {
      if (produced.contains(product(was))) continue;  // another policy produces the metric now
      add(out, base, was, "diff/removed",
          fmt::format("was removed: nothing produces '{}' for {} any more", was.target_metric.value,
                      was.subject_kind.value),
          "keep the policy until nothing reads the metric, or deprecate the metric's definition first", {},
          was.origin.name.span);
      continue;
    }
    const std::set<std::string> keys = label_keys(*found->second);
    for (const std::string& key : label_keys(was)) {
      if (keys.contains(key)) continue;
      Change& change = add(out, base, was, "diff/attribute-dropped",
                           fmt::format("no longer sets label '{}' of '{}'", key, was.target_metric.value),
                           "queries that select or group by the label break: keep setting it",
                           found->second->origin.name.span, label_span(was, key));
      change.label = key;
    }
  }
}

}  // namespace telc::diff::detail
