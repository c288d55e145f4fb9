#pragma once
// Semantic validation beyond the schema: references between and inside resources.
#include "diag/sink.hpp"
#include "model/model.hpp"

namespace telc::model::checks {

/// One ExportPolicy / Exporter on its own (runs per document, in parallel).
void check_export_policy(const model::ExportPolicy& policy, diag::Sink& sink);
/// One source's `metricsql`: a plain selector, no `project_name` filter, not empty, can match.
void check_query(const model::ExportPolicy& policy, const model::ExportSource& source, diag::Sink& sink);
/// Every CEL expression of one MetricPolicy, in the environment of its field.
void check_metric_policy_cel(const model::MetricPolicy& policy, diag::Sink& sink);
/// Every CEL expression of one ResourceMetricsPolicy, as the resource-metrics controller compiles
/// them: `object` everywhere, `item` only in the value and labels of a metric with a `forEach`.
void check_resource_metrics_policy_cel(const model::ResourceMetricsPolicy& policy, diag::Sink& sink);
/// One MetricDefinition on its own.
void check_metric_definition(const model::MetricDefinition& definition, diag::Sink& sink);
/// Definitions and policies across every input: names resolve to exactly one definition,
/// subjects and labels agree.
void check_metrics(const model::Model& model, diag::Sink& sink);

/// What Prometheus refuses when it loads a rule file: a recording rule's name that no series can
/// have, fields only alerting rules have on a recording rule, a label named `__name__`.
void check_rule_file(const model::RuleFile& file, diag::Sink& sink);

/// The OTTL transforms and filters of one Kyma pipeline, as the Telemetry Manager's webhook
/// checks them.
void check_kyma_pipeline_ottl(const model::KymaPipeline& pipeline, diag::Sink& sink);

/// Semantic-convention registries across every input: ids are unique, and every `ref` and
/// `extends` resolves (unless a manifest declares dependencies, which telc does not fetch).
void check_registries(const model::Model& model, diag::Sink& sink);

}  // namespace telc::model::checks
