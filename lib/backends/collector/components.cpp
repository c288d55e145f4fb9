#include "backends/collector/components.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "backends/collector/federate.hpp"
#include "backends/collector/ottl.hpp"

namespace telc::backends::collector {
namespace {

using Json = nlohmann::json;

struct Ids {
  std::string prefix;
  std::string receiver(const ir::Source& s, bool federate) const {
    return federate ? "prometheus/" + prefix + s.name : "otlp";
  }
  std::string filter(const ir::ExportSink& k) const { return "filter/" + prefix + k.name; }
  std::string batch(const ir::ExportSink& k) const { return "batch/" + prefix + k.name; }
  std::string exporter(const ir::ExportSink& k, Version v) const {
    const bool prw = k.protocol == ir::ExportSink::Protocol::prometheus_remote_write;
    return (prw ? "prometheusremotewrite/" : v >= Version{0, 144, 0} ? "otlp_http/" : "otlphttp/") + prefix + k.name;
  }
  std::string auth(const ir::ExportSink& k) const {
    return (k.auth.kind == ir::Auth::Kind::basic ? "basicauth/" : "bearertokenauth/") + prefix + k.name;
  }
  std::string pipeline(const ir::ExportSink& k) const { return "metrics/" + prefix + k.name; }
};

std::string env_name(const std::string& secret, const std::string& key) {
  std::string out = "SECRET_" + secret + "_" + key;
  for (char& c : out) c = std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::toupper(c)) : '_';
  return out;
}

/// A Secret key as the collector reads it: a mounted file, or an environment variable.
std::pair<std::string, std::string> secret(const model::ProjectConfig& c, const std::string& name,
                                           const std::string& key) {
  if (c.secrets_mode == "env") return {"env", "${env:" + env_name(name, key) + "}"};
  return {"file", c.secrets_mount_path + "/" + name + "/" + key};
}

Json auth_extension(const model::ProjectConfig& c, const ir::Auth& a) {
  if (a.kind == ir::Auth::Kind::bearer) {
    const auto [how, ref] = secret(c, a.secret, a.key);
    return how == "file" ? Json{{"filename", ref}} : Json{{"token", ref}};
  }
  const auto [how, user] = secret(c, a.secret, "username");
  const auto pass = secret(c, a.secret, "password").second;
  return how == "file" ? Json{{"client_auth", {{"username_file", user}, {"password_file", pass}}}}
                       : Json{{"client_auth", {{"username", user}, {"password", pass}}}};
}

/// The collector retries by time, not by count: a constant interval of `backoff` for
/// `backoff × maxAttempts` gives at most maxAttempts retries after the first try.
Json retry(const ir::ExportSink& k) {
  if (!k.retry_enabled) return {{"enabled", false}};
  return {{"enabled", true},
          {"initial_interval", duration(k.retry_backoff_ms)},
          {"max_interval", duration(k.retry_backoff_ms)},
          {"multiplier", 1.0},
          {"randomization_factor", 0.0},
          {"max_elapsed_time", duration(k.retry_backoff_ms * k.retry_max_attempts)}};
}

Json exporter(const model::ProjectConfig& c, const ir::ExportSink& k, const Ids& ids) {
  Json e = {{"endpoint", k.endpoint}, {"retry_on_failure", retry(k)}};
  const Json queue = {{"enabled", true}, {"queue_size", c.queue_size}, {"num_consumers", 4}};
  e[k.protocol == ir::ExportSink::Protocol::prometheus_remote_write ? "remote_write_queue" : "sending_queue"] = queue;
  if (k.auth.kind != ir::Auth::Kind::none) e["auth"] = {{"authenticator", ids.auth(k)}};
  return e;
}

std::string keep_condition(const ir::Program& p, const ir::ExportPipeline& policy, const ir::ExportSink& k) {
  std::vector<std::string> any;
  for (std::size_t i : k.sources) {
    const ir::Source& s = policy.sources[i];
    any.push_back(s.kind == ir::Source::Kind::selector
                      ? selector_condition(*s.selector)
                      : resources_condition(s.resources, p.config.resource_attributes));
  }
  std::string out;
  for (std::size_t i = 0; i < any.size(); ++i) out += (i ? " or " : "") + any[i];
  return any.size() == 1 ? any.front() : "(" + out + ")";
}

Json filter(const ir::Program& p, const ir::ExportPipeline& policy, const ir::ExportSink& k, Version v) {
  const std::string drop = "not " + keep_condition(p, policy, k);  // the filter processor drops what is true
  if (v >= Version{0, 146, 0}) return {{"error_mode", "ignore"}, {"metric_conditions", Json::array({drop})}};
  return {{"error_mode", "ignore"}, {"metrics", {{"datapoint", Json::array({drop})}}}};
}

void add_sink(Json& cfg, const ir::Program& p, const ir::ExportPipeline& policy, const ir::ExportSink& k,
              const Ids& ids) {
  const Version v = target_version(p.config);
  const bool federate = p.config.source_mode == "federate";
  Json pipeline = {{"receivers", Json::array()},
                   {"processors", Json::array({"memory_limiter"})},
                   {"exporters", Json::array({ids.exporter(k, v)})}};
  for (std::size_t i : k.sources) {
    const std::string r = ids.receiver(policy.sources[i], federate);
    if (std::find(pipeline["receivers"].begin(), pipeline["receivers"].end(), r) == pipeline["receivers"].end())
      pipeline["receivers"].push_back(r);
  }
  if (!federate)
    cfg["processors"][ids.filter(k)] = filter(p, policy, k, v), pipeline["processors"].push_back(ids.filter(k));
  if (k.batch_enabled) {
    cfg["processors"][ids.batch(k)] = {{"timeout", duration(k.batch_timeout_ms)},
                                       {"send_batch_size", k.batch_max_size},
                                       {"send_batch_max_size", k.batch_max_size}};
    pipeline["processors"].push_back(ids.batch(k));
  }
  cfg["exporters"][ids.exporter(k, v)] = exporter(p.config, k, ids);
  if (k.auth.kind != ir::Auth::Kind::none) {
    cfg["extensions"][ids.auth(k)] = auth_extension(p.config, k.auth);
    cfg["service"]["extensions"].push_back(ids.auth(k));
  }
  cfg["service"]["pipelines"][ids.pipeline(k)] = std::move(pipeline);
}

void add_receivers(Json& cfg, const ir::Program& p, const ir::ExportPipeline& policy, const Ids& ids,
                   diag::Sink& sink) {
  if (p.config.source_mode != "federate") {
    cfg["receivers"]["otlp"] = {{"protocols", {{"grpc", {{"endpoint", p.config.otlp_endpoint}}}}}};
    return;
  }
  for (const ir::Source& s : policy.sources)
    if (auto r = federate_receiver(p, policy, s, sink)) cfg["receivers"][ids.receiver(s, true)] = std::move(*r);
}

}  // namespace

Version target_version(const model::ProjectConfig& config) {
  return otelcol::parse_version(config.collector_version).value_or(Version{});
}

std::string duration(std::int64_t ms) {
  if (ms != 0 && ms % 3'600'000 == 0) return fmt::format("{}h", ms / 3'600'000);
  if (ms != 0 && ms % 60'000 == 0) return fmt::format("{}m", ms / 60'000);
  if (ms % 1000 == 0) return fmt::format("{}s", ms / 1000);
  return fmt::format("{}ms", ms);
}

Json policy_config(const ir::Program& p, const ir::ExportPipeline& policy, const std::string& prefix,
                   diag::Sink& sink) {
  const Ids ids{prefix};
  const std::int64_t limit = p.config.memory_limit_mib;
  Json cfg = {{"receivers", Json::object()},
              {"processors", Json::object()},
              {"exporters", Json::object()},
              {"extensions", Json::object()},
              {"service", {{"extensions", Json::array()}, {"pipelines", Json::object()}}}};
  cfg["processors"]["memory_limiter"] = {
      {"check_interval", "1s"}, {"limit_mib", limit}, {"spike_limit_mib", limit / 5}};
  add_receivers(cfg, p, policy, ids, sink);
  for (const ir::ExportSink& k : policy.sinks) add_sink(cfg, p, policy, k, ids);
  if (cfg["extensions"].empty()) cfg.erase("extensions");
  return cfg;
}

}  // namespace telc::backends::collector
