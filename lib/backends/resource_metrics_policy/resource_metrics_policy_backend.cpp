// ResourceMetricsPolicy (resourcemetrics.miloapis.com/v1alpha1, milo-os/resource-metrics) for
// ResourceFields policies: one cluster-scoped policy per service, one generator per subject, one
// family per metric. The CEL carries over as written with `resource` renamed `object` (the
// controller's variable). `seriesFrom.path` becomes `forEach`, except `resource` itself (one
// series per object), which needs none: the controller rejects a forEach that is not a list, and
// `item` is then the object. `dropIf` becomes an empty forEach list, which emits nothing for that
// object. Every policy names its metrics explicitly (metric_names.hpp).
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "backends/backend.hpp"
#include "backends/policy_analysis/cel_paths.hpp"
#include "backends/policy_analysis/subjects.hpp"
#include "backends/quote.hpp"
#include "backends/resource_metrics_policy/metric_names.hpp"
#include "backends/yaml_writer.hpp"
#include "model/resources.hpp"

namespace telc::backends {
namespace {

using Json = nlohmann::json;
using policy_analysis::Unexpressible;

constexpr std::string_view kApiVersion = "resourcemetrics.miloapis.com/v1alpha1";

/// `expr` over `object` instead of `resource` (and `item`, when `item` is the object), or why not.
std::optional<std::string> over_object(const ir::Cel& expr, bool item_is_object, Unexpressible& why) {
  std::vector<std::string_view> from{"resource"};
  if (item_is_object) from.emplace_back("item");
  if (auto out = policy_analysis::rename_variables(expr.text, expr.root(), from, "object")) return out;
  why = {&expr.root(),
         fmt::format("'{}' binds '{}' or 'object' in a macro, which the rename to 'object' would capture", expr.text,
                     fmt::join(from, "', '")),
         "rename the macro variable", &expr};
  return std::nullopt;
}

/// The forEach of a policy, "" for none (one series per object, without dropIf).
std::optional<std::string> for_each(const ir::ResourceFieldsInput& in, Unexpressible& why) {
  std::optional<std::string> list;
  if (in.per_object())
    list = in.drop_if ? "[object]" : "";
  else
    list = over_object(in.series_from, false, why);
  if (!list || !in.drop_if) return list;
  auto drop = over_object(*in.drop_if, false, why);
  if (!drop) return std::nullopt;
  return fmt::format("({}) ? [] : {}", *drop, *list);
}

std::optional<Json> labels(const ir::ResourceFieldsInput& in, bool item_is_object, Unexpressible& why) {
  Json out = Json::array();
  for (const ir::LabelBinding& l : in.labels) {
    auto value = over_object(l.value, item_is_object, why);
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
  const bool item_is_object = each && each->empty();
  auto value = each ? over_object(in.value, item_is_object, why) : std::nullopt;
  auto l = value ? labels(in, item_is_object, why) : std::nullopt;
  if (!l) return std::nullopt;
  Json out = {{"value", *value}, {"labels", *l}};
  if (!each->empty()) out["forEach"] = *each;
  return out;
}

std::string generator_name(const policy_analysis::Subject& subject) {
  std::string out;
  for (char c : std::get<2>(subject) + "-" + std::get<1>(subject))
    out += std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(c)) : '-';
  return out;
}

/// One metric's family while a service's policy is assembled: named once the prefix is known.
struct Family {
  std::string help;
  Json metrics = Json::array();
  std::vector<const ir::MetricPolicy*> policies;
};

struct Generator {
  Json resource;
  std::string name;
  std::map<std::string, Family> families;  // by Prometheus name
};

class ResourceMetricsPolicyBackend final : public Backend {
 public:
  const BackendInfo& info() const override { return kInfo; }

  void emit(const ir::Program& prog, const EmitOptions& options, OutputTree& out, diag::Sink& sink) const override {
    for (const auto& [service, subjects] : policy_analysis::resource_fields_by_subject(prog)) {
      std::vector<Generator> generators;
      for (const auto& [subject, policies] : subjects) {
        Generator g{{{"group", std::get<0>(subject)},
                     {"version", std::get<1>(subject)},
                     {"resource", model::plural(std::get<2>(subject))}},
                    generator_name(subject),
                    {}};
        for (std::size_t i : policies) add(prog, prog.metric_policies[i], g.families, options, sink);
        if (!g.families.empty()) generators.push_back(std::move(g));
      }
      write(prog, service, generators, options, out, sink);
    }
  }

 private:
  static void add(const ir::Program& prog, const ir::MetricPolicy& policy, std::map<std::string, Family>& families,
                  const EmitOptions& options, diag::Sink& sink) {
    Unexpressible why;
    auto m = metric(prog, policy, why);
    if (!m) {
      sink.report(policy_analysis::not_expressible(
          options.requested, fmt::format("no ResourceMetricsPolicy for MetricPolicy '{}': {}", policy.name, why.why),
          why.span(policy.provenance), why.hint));
      return;
    }
    const ir::MetricDef& d = prog.metrics[policy.metric];
    Family& f = families[d.prometheus_name];
    f.help = d.description;
    f.metrics.push_back(std::move(*m));
    f.policies.push_back(&policy);
  }

  /// The service's policy, every family named under one prefix; a metric the prefix cannot name is
  /// left out, at each of its policies.
  static void write(const ir::Program& prog, const std::string& service, const std::vector<Generator>& generators,
                    const EmitOptions& options, OutputTree& out, diag::Sink& sink) {
    std::vector<std::string> names;
    for (const Generator& g : generators)
      for (const auto& [name, _] : g.families) names.push_back(name);
    const std::string prefix = resource_metrics::policy_prefix(prog.config.resource_metrics_prefix, names);
    std::vector<std::string> sources;
    Json spec = {{"metricNamePrefix", prefix}, {"generators", Json::array()}};
    for (const Generator& g : generators) {
      Json families = Json::array();
      for (const auto& [name, f] : g.families) {
        const auto family = resource_metrics::family_name(prefix, name);
        if (!family) {
          unnamed(prog, prefix, name, f, options, sink);
          continue;
        }
        families.push_back({{"name", *family}, {"help", f.help}, {"type", "gauge"}, {"metrics", f.metrics}});
        for (const ir::MetricPolicy* p : f.policies)
          sources.push_back(fmt::format("#   {} (MetricPolicy {})\n", p->source_file, policy_analysis::qualified(*p)));
      }
      if (!families.empty())
        spec["generators"].push_back({{"name", g.name}, {"resource", g.resource}, {"families", families}});
    }
    if (spec["generators"].empty()) return;
    std::sort(sources.begin(), sources.end());
    const Json doc = {{"apiVersion", kApiVersion},
                      {"kind", "ResourceMetricsPolicy"},
                      {"metadata", {{"name", service}}},
                      {"spec", spec}};
    out[fmt::format("resource-metrics-policy/{}.yaml", service)] =
        "# Generated by telc from these policies. Do not edit: change them and compile again.\n" +
        fmt::format("{}", fmt::join(sources, "")) + to_yaml(doc);
  }

  static void unnamed(const ir::Program& prog, const std::string& prefix, const std::string& name, const Family& family,
                      const EmitOptions& options, diag::Sink& sink) {
    const bool configured = !prog.config.resource_metrics_prefix.empty();
    for (const ir::MetricPolicy* p : family.policies)
      sink.report(policy_analysis::not_expressible(
          options.requested,
          fmt::format("no ResourceMetricsPolicy for MetricPolicy '{}': the controller names metrics "
                      "<metricNamePrefix>_<family>, and '{}' does not start with the prefix '{}_'",
                      p->name, name, prefix),
          p->provenance,
          configured ? "change resourceMetrics.metricNamePrefix in .telc.yaml, or rename the metric"
                     : "name the metric after its service, as its other metrics are, or set "
                       "resourceMetrics.metricNamePrefix in .telc.yaml"));
  }

  static constexpr std::string_view kKinds[] = {"MetricDefinition", "MetricPolicy"};
  static constexpr BackendInfo kInfo{"resource-metrics-policy",
                                     "ResourceMetricsPolicies for ResourceFields metric policies", kKinds};
};

}  // namespace

std::unique_ptr<Backend> make_resource_metrics_policy_backend() {
  return std::make_unique<ResourceMetricsPolicyBackend>();
}

}  // namespace telc::backends
