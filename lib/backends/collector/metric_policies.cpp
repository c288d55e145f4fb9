#include "backends/collector/metric_policies.hpp"

#include <fmt/format.h>

#include "backends/collector/components.hpp"
#include "backends/collector/metric_ottl.hpp"
#include "backends/policy_analysis/cel_paths.hpp"

namespace telc::backends::collector {
namespace {

using Json = nlohmann::json;

std::string id(const ir::MetricPolicy& policy) {
  return policy.name_space.empty() ? policy.name : policy.name_space + "." + policy.name;
}

Json filter(const ir::DataPlaneInput& in, Version version) {
  if (version >= kMetricConditions)
    return {{"error_mode", "ignore"},
            {"metric_conditions", Json::array({"not (" + source_condition(in, "datapoint.") + ")"})}};
  return {{"error_mode", "ignore"},
          {"metrics", {{"datapoint", Json::array({"not (" + source_condition(in, "") + ")"})}}}};
}

Json transform(const Statements& list) {
  Json groups = Json::array();
  auto add = [&](const char* context, const std::vector<std::string>& statements) {
    if (!statements.empty()) groups.push_back({{"context", context}, {"statements", statements}});
  };
  add("metric", list.metric_before);
  add("datapoint", list.datapoint);
  add("metric", list.metric_after);
  return {{"error_mode", "ignore"}, {"metric_statements", groups}};
}

/// The processor converting the policy's input temporality to the definition's, if they differ.
std::optional<std::pair<std::string, Json>> conversion(const ir::MetricDef& metric, const ir::DataPlaneInput& in) {
  if (in.temporality == ir::Temporality::unspecified || metric.temporality == ir::Temporality::unspecified)
    return std::nullopt;
  if (in.temporality == metric.temporality) return std::nullopt;
  if (metric.temporality == ir::Temporality::cumulative)
    return std::pair{std::string("deltatocumulative"), Json::object()};
  return std::pair{std::string("cumulativetodelta"),
                   Json{{"include", {{"match_type", "strict"}, {"metrics", Json::array({metric.name})}}}}};
}

void add_policy(Json& cfg, const ir::Program& prog, const ir::MetricPolicy& policy, const Statements& statements,
                const std::string& exporter) {
  const Version v = target_version(prog.config);
  const ir::MetricDef& d = prog.metrics[policy.metric];
  Json processors = Json::array({"memory_limiter", "filter/" + id(policy), "transform/" + id(policy)});
  cfg["processors"]["filter/" + id(policy)] = filter(*policy.data_plane, v);
  cfg["processors"]["transform/" + id(policy)] = transform(statements);
  if (auto c = conversion(d, *policy.data_plane)) {
    cfg["processors"][c->first + "/" + id(policy)] = c->second;
    processors.push_back(c->first + "/" + id(policy));
  }
  processors.push_back("batch");
  cfg["service"]["pipelines"]["metrics/" + id(policy)] = {
      {"receivers", Json::array({"otlp"})}, {"processors", processors}, {"exporters", Json::array({exporter})}};
}

Json skeleton(const model::ProjectConfig& config, const std::string& exporter) {
  Json cfg;
  cfg["receivers"]["otlp"] = {{"protocols", {{"grpc", {{"endpoint", config.otlp_endpoint}}}}}};
  cfg["processors"]["memory_limiter"] = {{"check_interval", "1s"},
                                         {"limit_mib", config.memory_limit_mib},
                                         {"spike_limit_mib", config.memory_limit_mib / 5}};
  cfg["processors"]["batch"] = Json::object();
  cfg["exporters"][exporter] = {{"endpoint", fmt::format("${{env:{}}}", kMetricsEndpointEnv)},
                                {"sending_queue", {{"enabled", true}, {"queue_size", config.queue_size}}}};
  cfg["service"] = {{"extensions", Json::array()}, {"pipelines", Json::object()}};
  return cfg;
}

}  // namespace

std::optional<Json> metric_policies_config(const ir::Program& prog, const EmitOptions& options,
                                           std::vector<const ir::MetricPolicy*>& included, diag::Sink& sink) {
  const std::string exporter =
      target_version(prog.config) >= kOtlpHttpName ? "otlp_http/platform" : "otlphttp/platform";
  Json cfg = skeleton(prog.config, exporter);
  for (const ir::MetricPolicy& p : prog.metric_policies) {
    if (!p.data_plane) continue;
    policy_analysis::Unexpressible why;
    if (auto s = policy_statements(prog, p, why)) {
      add_policy(cfg, prog, p, *s, exporter), included.push_back(&p);
      continue;
    }
    sink.report(policy_analysis::not_expressible(
        options.requested, fmt::format("no collector pipeline for MetricPolicy '{}': {}", p.name, why.why),
        why.span(p.provenance), why.hint));
  }
  if (included.empty()) return std::nullopt;
  return cfg;
}

}  // namespace telc::backends::collector
