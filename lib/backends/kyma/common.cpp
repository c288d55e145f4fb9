// The Kyma configs' shared parts, as the Telemetry Manager's config/common writes them. Field
// presence follows its YAML tags: a field tagged omitempty is left out when zero, a struct so
// tagged when all its fields are.
#include "backends/kyma/common.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace telc::backends::kyma {

namespace {

Json default_extensions() {
  return {{"health_check", {{"endpoint", "${MY_POD_IP}:13133"}}},
          {"pprof", {{"endpoint", "127.0.0.1:1777"}}},
          {"cgroup_runtime",
           {{"gomaxprocs", {{"enabled", false}}},
            {"gomemlimit", {{"enabled", true}, {"ratio", 0.8}, {"refresh_interval", "30s"}}}}}};
}

Json default_service() {
  const Json prometheus = {{"host", "${MY_POD_IP}"},
                           {"port", 8888},
                           {"without_scope_info", false},
                           {"without_type_suffix", false},
                           {"without_units", false}};
  return {
      {"pipelines", Json::object()},
      {"telemetry",
       {{"metrics",
         {{"readers", Json::array({{{"pull", {{"exporter", {{"prometheus", prometheus}}}}}}})}, {"level", "detailed"}}},
        {"logs", {{"level", "info"}, {"encoding", "json"}}}}},
      {"extensions", Json::array({"health_check", "pprof", "cgroup_runtime"})}};
}

bool is_connector(const std::string& id) { return id.starts_with("routing") || id.starts_with("forward"); }

std::string upper_env(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (c == '.' || c == '-') c = '_';
  }
  return out;
}

std::string signal_key(ir::KymaSignal signal, std::string_view suffix) {
  const char* name = signal == ir::KymaSignal::logs ? "log" : signal == ir::KymaSignal::metrics ? "metric" : "trace";
  return std::string(name) + std::string(suffix);
}

Json statement_groups(const std::vector<ir::KymaOttl>& groups) {
  Json out = Json::array();
  for (const ir::KymaOttl& group : groups) {
    Json entry = {{"statements", group.statements}};
    if (!group.conditions.empty()) entry["conditions"] = group.conditions;
    out.push_back(std::move(entry));
  }
  return out;
}

Json condition_groups(const std::vector<ir::KymaOttl>& groups) {
  Json out = Json::array();
  for (const ir::KymaOttl& group : groups) {
    Json entry = Json::object();
    if (!group.conditions.empty()) entry["conditions"] = group.conditions;
    out.push_back(std::move(entry));
  }
  return out;
}

}  // namespace

// ---- ConfigBuilder

ConfigBuilder::ConfigBuilder()
    : config_({{"extensions", default_extensions()},
               {"service", default_service()},
               {"receivers", Json::object()},
               {"processors", Json::object()},
               {"exporters", Json::object()},
               {"connectors", Json::object()}}) {}

void ConfigBuilder::add_pipeline(const std::string& pipeline) {
  Json& pipelines = config_["service"]["pipelines"];
  if (!pipelines.contains(pipeline))
    pipelines[pipeline] = {{"receivers", Json::array()}, {"processors", Json::array()}, {"exporters", Json::array()}};
}

void ConfigBuilder::add(const char* section, const char* list, const std::string& pipeline, const std::string& id,
                        Json config, bool replace) {
  Json& components = config_[section];
  if (replace || !components.contains(id)) components[id] = std::move(config);
  add_pipeline(pipeline);
  config_["service"]["pipelines"][pipeline][list].push_back(id);
}

void ConfigBuilder::add_receiver(const std::string& pipeline, const std::string& id, Json config) {
  add(is_connector(id) ? "connectors" : "receivers", "receivers", pipeline, id, std::move(config), false);
}

void ConfigBuilder::add_processor(const std::string& pipeline, const std::string& id, Json config) {
  add("processors", "processors", pipeline, id, std::move(config), false);
}

void ConfigBuilder::add_exporter(const std::string& pipeline, const std::string& id, Json config) {
  add(is_connector(id) ? "connectors" : "exporters", "exporters", pipeline, id, std::move(config), true);
}

void ConfigBuilder::add_extension(const std::string& id, Json config) {
  if (!config_["extensions"].contains(id)) config_["extensions"][id] = std::move(config);
  Json& list = config_["service"]["extensions"];
  if (std::find(list.begin(), list.end(), Json(id)) == list.end()) list.push_back(id);
}

bool ConfigBuilder::has_processor(const std::string& id) const { return config_["processors"].contains(id); }

Json ConfigBuilder::finish() const {
  Json out = config_;
  // omitempty in the manager's Config: no connectors, no pipelines → no key.
  if (out["connectors"].empty()) out.erase("connectors");
  if (out["service"]["pipelines"].empty()) out["service"].erase("pipelines");
  return out;
}

// ---- ids and names

std::string_view type_prefix(ir::KymaSignal signal) {
  switch (signal) {
    case ir::KymaSignal::logs: return "logpipeline";
    case ir::KymaSignal::metrics: return "metricpipeline";
    case ir::KymaSignal::traces: return "tracepipeline";
  }
  return "";
}

std::string qualified_name(const ir::KymaPipeline& pipeline) {
  return std::string(type_prefix(pipeline.signal)) + "-" + pipeline.name;
}

std::string otlp_exporter_id(const ir::KymaPipeline& pipeline) {
  return (pipeline.http ? "otlp_http/" : "otlp_grpc/") + qualified_name(pipeline);
}

std::string oauth2_extension_id(const ir::KymaPipeline& pipeline) { return "oauth2client/" + qualified_name(pipeline); }

std::string user_transform_id(const ir::KymaPipeline& pipeline) {
  return "transform/" + std::string(type_prefix(pipeline.signal)) + "-user-defined-" + pipeline.name;
}

std::string user_filter_id(const ir::KymaPipeline& pipeline) {
  return "filter/" + std::string(type_prefix(pipeline.signal)) + "-user-defined-" + pipeline.name;
}

std::string env_key(std::string_view prefix, const ir::KymaPipeline& pipeline) {
  return std::string(prefix) + "_" + upper_env(type_prefix(pipeline.signal)) + "_" + upper_env(pipeline.name);
}

std::string env_ref(std::string_view name) { return "${" + std::string(name) + "}"; }

// ---- processors

Json transform(ir::KymaSignal signal, const std::vector<ir::KymaOttl>& groups) {
  return {{"error_mode", "ignore"}, {signal_key(signal, "_statements"), statement_groups(groups)}};
}

Json transform(ir::KymaSignal signal, const std::vector<std::string>& statements) {
  return transform(signal, std::vector<ir::KymaOttl>{{{}, statements}});
}

Json transform_all_signals(const std::vector<std::string>& statements) {
  const Json groups = statement_groups({{{}, statements}});
  return {{"error_mode", "ignore"},
          {"log_statements", groups},
          {"metric_statements", groups},
          {"trace_statements", groups}};
}

Json filter(ir::KymaSignal signal, const std::vector<ir::KymaOttl>& groups) {
  return {{"error_mode", "ignore"}, {signal_key(signal, "_conditions"), condition_groups(groups)}};
}

Json filter(ir::KymaSignal signal, const std::vector<std::string>& conditions) {
  return filter(signal, std::vector<ir::KymaOttl>{{conditions, {}}});
}

void add_user_processors(ConfigBuilder& config, const std::string& service_pipeline, const ir::KymaPipeline& pipeline) {
  if (!pipeline.transforms.empty())
    config.add_processor(service_pipeline, user_transform_id(pipeline),
                         transform(pipeline.signal, pipeline.transforms));
  if (!pipeline.filters.empty())
    config.add_processor(service_pipeline, user_filter_id(pipeline), filter(pipeline.signal, pipeline.filters));
}

// ---- OTTL text

std::string resource_attribute(std::string_view key) { return "resource.attributes[\"" + std::string(key) + "\"]"; }

std::string resource_attribute_equals(std::string_view key, std::string_view value) {
  return resource_attribute(key) + " == \"" + std::string(value) + "\"";
}

std::string namespace_equals(std::string_view name) { return resource_attribute_equals("k8s.namespace.name", name); }

std::string join_with_or(const std::vector<std::string>& parts) {
  std::string out = "(";
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i == 0 ? "" : " or ") + parts[i];
  return out + ")";
}

std::string join_with_and(const std::vector<std::string>& parts) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i == 0 ? "" : " and ") + parts[i];
  return out;
}

std::string join_with_where(std::string_view statement, std::string_view condition) {
  return std::string(statement) + " where " + std::string(condition);
}

std::string not_expression(const std::string& expression) {
  if (expression.starts_with("(") && expression.ends_with(")")) return "not" + expression;
  return "not(" + expression + ")";
}

std::string go_duration(std::int64_t nanoseconds) {
  // time.Duration.String for whole milliseconds and above, which is all the manager writes.
  if (nanoseconds == 0) return "0s";
  if (nanoseconds % 1'000'000'000 != 0) return std::to_string(nanoseconds / 1'000'000) + "ms";
  std::int64_t seconds = nanoseconds / 1'000'000'000;
  const std::int64_t hours = seconds / 3600, minutes = (seconds % 3600) / 60;
  seconds %= 60;
  if (hours > 0) return std::to_string(hours) + "h" + std::to_string(minutes) + "m" + std::to_string(seconds) + "s";
  if (minutes > 0) return std::to_string(minutes) + "m" + std::to_string(seconds) + "s";
  return std::to_string(seconds) + "s";
}

}  // namespace telc::backends::kyma
