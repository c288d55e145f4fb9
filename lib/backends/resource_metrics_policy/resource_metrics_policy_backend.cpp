// ResourceMetricsPolicy (resourcemetrics.miloapis.com/v1alpha1, milo-os/resource-metrics) for
// ResourceFields policies: one cluster-scoped policy per service, one generator per subject,
// families named by the Prometheus name of the target metric. The CEL carries over as written
// with `resource` renamed `object` (the controller's variable); `seriesFrom.path` becomes
// `forEach`, and `dropIf` becomes an empty forEach list, which emits nothing for that object.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "backends/backend.hpp"
#include "backends/policy_analysis/cel_paths.hpp"
#include "backends/policy_analysis/subjects.hpp"
#include "backends/quote.hpp"
#include "backends/yaml_writer.hpp"

namespace telc::backends {
namespace {

using Json = nlohmann::json;
using policy_analysis::Unexpressible;

constexpr std::string_view kApiVersion = "resourcemetrics.miloapis.com/v1alpha1";

/// `e` over `object` instead of `resource`, or why not.
std::optional<std::string> over_object(const ir::Cel& expr, Unexpressible& why) {
  if (auto out = policy_analysis::rename_variable(expr.text, expr.root(), "resource", "object")) return out;
  why = {&expr.root(),
         fmt::format("'{}' binds 'resource' or 'object' in a macro, which the rename to 'object' would capture",
                     expr.text),
         "rename the macro variable", &expr};
  return std::nullopt;
}

std::optional<std::string> for_each(const ir::ResourceFieldsInput& in, Unexpressible& why) {
  auto path = over_object(in.series_from, why);
  if (!path || !in.drop_if) return path;
  auto drop = over_object(*in.drop_if, why);
  if (!drop) return std::nullopt;
  return fmt::format("({}) ? [] : {}", *drop, *path);
}

std::optional<Json> labels(const ir::ResourceFieldsInput& in, Unexpressible& why) {
  Json out = Json::array();
  for (const ir::LabelBinding& l : in.labels) {
    auto value = over_object(l.value, why);
    if (!value) return std::nullopt;
    out.push_back({{"name", l.prometheus}, {"value", *value}});
  }
  for (const auto& [key, value] : in.static_labels)
    out.push_back({{"name", model::prometheus_label(key, model::PrometheusNaming::underscore_suffixes)},
                   {"value", double_quoted(value)}});
  std::sort(out.begin(), out.end(), [](const Json& left, const Json& right) { return left["name"] < right["name"]; });
  return out;
}

std::optional<Json> metric(const ir::Program& prog, const ir::MetricPolicy& policy, Unexpressible& why) {
  const ir::MetricDef& d = prog.metrics[policy.metric];
  if (d.instrument == ir::Instrument::counter) {
    why.why = fmt::format("'{}' is a counter, and ResourceMetricsPolicy families are gauges", d.name);
    why.hint = "define the metric as a gauge (a value read from the object is a gauge)";
    return std::nullopt;
  }
  if (prog.config.prometheus_naming == model::PrometheusNaming::dotted) {
    why.why = "family names are Prometheus names, and the naming mode is dotted";
    why.hint = "set naming.prometheus to underscore-suffixes or no-suffixes in .telc.yaml";
    return std::nullopt;
  }
  const ir::ResourceFieldsInput& in = *policy.resource_fields;
  auto each = for_each(in, why);
  auto value = each ? over_object(in.value, why) : std::nullopt;
  auto l = value ? labels(in, why) : std::nullopt;
  if (!l) return std::nullopt;
  return Json{{"forEach", *each}, {"value", *value}, {"labels", *l}};
}

std::string generator_name(const policy_analysis::Subject& subject) {
  std::string out;
  for (char c : std::get<2>(subject) + "-" + std::get<1>(subject))
    out += std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(c)) : '-';
  return out;
}

class ResourceMetricsPolicyBackend final : public Backend {
 public:
  const BackendInfo& info() const override { return kInfo; }

  void emit(const ir::Program& prog, const EmitOptions& options, OutputTree& out, diag::Sink& sink) const override {
    for (const auto& [service, subjects] : policy_analysis::resource_fields_by_subject(prog)) {
      std::string sources;
      Json generators = Json::array();
      for (const auto& [subject, policies] : subjects) {
        std::map<std::string, Json> families;  // by name: two policies may feed one metric
        for (std::size_t i : policies) add(prog, prog.metric_policies[i], families, sources, options, sink);
        if (families.empty()) continue;
        Json g = {{"name", generator_name(subject)},
                  {"families", Json::array()},
                  {"resource",
                   {{"group", std::get<0>(subject)},
                    {"version", std::get<1>(subject)},
                    {"resource", policy_analysis::plural(std::get<2>(subject))}}}};
        for (auto& [_, f] : families) g["families"].push_back(std::move(f));
        generators.push_back(std::move(g));
      }
      if (generators.empty()) continue;
      const Json doc = {{"apiVersion", kApiVersion},
                        {"kind", "ResourceMetricsPolicy"},
                        {"metadata", {{"name", service}}},
                        {"spec", {{"generators", generators}}}};
      out[fmt::format("resource-metrics-policy/{}.yaml", service)] =
          "# Generated by telc from these policies. Do not edit: change them and compile again.\n" + sources +
          to_yaml(doc);
    }
  }

 private:
  static void add(const ir::Program& prog, const ir::MetricPolicy& policy, std::map<std::string, Json>& families,
                  std::string& sources, const EmitOptions& options, diag::Sink& sink) {
    Unexpressible why;
    auto m = metric(prog, policy, why);
    if (!m) {
      sink.report(policy_analysis::not_expressible(
          options.requested, fmt::format("no ResourceMetricsPolicy for MetricPolicy '{}': {}", policy.name, why.why),
          why.span(policy.provenance), why.hint));
      return;
    }
    const ir::MetricDef& d = prog.metrics[policy.metric];
    Json& f = families[d.prometheus_name];
    if (f.is_null())
      f = {{"name", d.prometheus_name}, {"help", d.description}, {"type", "gauge"}, {"metrics", Json::array()}};
    f["metrics"].push_back(std::move(*m));
    sources += fmt::format("#   {} (MetricPolicy {})\n", policy.source_file, policy_analysis::qualified(policy));
  }

  static constexpr BackendInfo kInfo{"resource-metrics-policy",
                                     "ResourceMetricsPolicies for ResourceFields metric policies"};
};

}  // namespace

std::unique_ptr<Backend> make_resource_metrics_policy_backend() {
  return std::make_unique<ResourceMetricsPolicyBackend>();
}

}  // namespace telc::backends
