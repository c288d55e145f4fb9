#pragma once
// Stage 4: one builder per family of kinds (build_*.cpp), called from the kinds table. A builder
// reads a schema-valid document; embedded queries are parsed here and their syntax errors go to
// `sink`.
#include "diag/sink.hpp"
#include "model/model.hpp"
#include "schema/document.hpp"

namespace telc::model {

class Reader;

[[nodiscard]] ExportPolicy build_export_policy(const Reader& document, diag::Sink& sink);
[[nodiscard]] MetricDefinition build_metric_definition(const Reader& document);
[[nodiscard]] MetricPolicy build_metric_policy(const Reader& document);
[[nodiscard]] ResourceMetricsPolicy build_resource_metrics_policy(const Reader& document);
[[nodiscard]] PolicyTest build_policy_test(const Reader& document, diag::Sink& sink);
[[nodiscard]] Registry build_registry(const Reader& document);
[[nodiscard]] Registry build_registry_v2(const Reader& document);
[[nodiscard]] RuleFile build_rule_file(const Reader& document, const std::string& groups_pointer, diag::Sink& sink);
[[nodiscard]] KymaPipeline build_kyma_pipeline(const Reader& document);

/// Cross-document links once every input is read: registry metrics inherit their `extends` chain.
void link(Model& model);

}  // namespace telc::model
