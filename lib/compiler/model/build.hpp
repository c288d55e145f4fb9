#pragma once
#include "compiler/model/model.hpp"
#include "diag/sink.hpp"
#include "schema/document.hpp"

namespace telc::compiler::model {

/// Adds the model element of one schema-valid document to `out` (kinds without a model, such as
/// Kyma pipelines, are validated by their schema alone). Embedded queries are parsed here; their
/// syntax errors go to `sink`.
void build(const schema::Locator& where, Model& out, diag::Sink& sink);

/// Records what a document that failed validation declares, so references to it are not
/// reported a second time.
void note_broken(const schema::Document& doc, Model& out);

ExportPolicy build_export_policy(const class Reader& r, diag::Sink& sink);
MetricDefinition build_metric_definition(const class Reader& r);
MetricPolicy build_metric_policy(const class Reader& r);
Registry build_registry(const class Reader& r);
Registry build_registry_v2(const class Reader& r);
/// Cross-document links once every input is read: registry metrics inherit their `extends` chain.
void link(Model& model);
RuleFile build_rule_file(const class Reader& r, const std::string& groups_pointer, diag::Sink& sink);

}  // namespace telc::compiler::model
