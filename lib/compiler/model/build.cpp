#include "compiler/model/build.hpp"

#include "compiler/model/reader.hpp"
#include "schema/validate.hpp"

namespace telc::compiler::model {
namespace {

PipelineTransforms pipeline_transforms(const Reader& r) {
  PipelineTransforms out{r.origin(), {}};
  for (std::size_t i = 0; i < r.size("/spec/transform"); ++i) {
    const std::string p = "/spec/transform/" + std::to_string(i) + "/statements";
    for (std::size_t j = 0; j < r.size(p); ++j) out.statements.push_back(r.embedded(p + "/" + std::to_string(j)));
  }
  return out;
}

}  // namespace

void build(const schema::Locator& where, Model& out, diag::Sink& sink) {
  const Reader r(where);
  const std::string kind = r.str("/kind").value;
  const std::string group = r.str("/apiVersion").value;
  const bool telemetry =
      group.rfind("telemetry.miloapis.com/", 0) == 0 || group.rfind("telemetry.datumapis.com/", 0) == 0;
  switch (schema::headless_kind(where.document().value)) {
    case schema::Headless::rule_file: return out.rule_files.push_back(build_rule_file(r, "/groups", sink));
    case schema::Headless::registry: return out.registries.push_back(build_registry(r));
    case schema::Headless::registry_v2: return out.registries.push_back(build_registry_v2(r));
    case schema::Headless::manifest: out.registry_has_dependencies |= r.size("/dependencies") > 0; return;
    default: break;
  }
  const bool rules = (group == "operator.victoriametrics.com/v1beta1" && kind == "VMRule") ||
                     (group == "monitoring.coreos.com/v1" && kind == "PrometheusRule");
  if (rules) return out.rule_files.push_back(build_rule_file(r, "/spec/groups", sink));
  if (group.rfind("telemetry.kyma-project.io/", 0) == 0) return out.pipelines.push_back(pipeline_transforms(r));
  if (!telemetry) return;
  if (kind == "ExportPolicy" || kind == "Exporter")
    out.export_policies.push_back(build_export_policy(r, sink));
  else if (kind == "MetricDefinition")
    out.definitions.push_back(build_metric_definition(r));
  else if (kind == "MetricPolicy")
    out.policies.push_back(build_metric_policy(r));
}

void note_broken(const schema::Document& doc, Model& out) {
  const nlohmann::json& v = doc.value;
  if (!v.is_object() || v.value("kind", nlohmann::json()) != "MetricDefinition") return;
  const nlohmann::json::json_pointer name("/spec/metric/name");
  if (v.contains(name) && v.at(name).is_string()) out.broken_definitions.push_back(v.at(name));
}

}  // namespace telc::compiler::model
