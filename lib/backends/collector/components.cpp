#include "backends/collector/components.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "backends/collector/federate.hpp"
#include "backends/collector/ottl.hpp"
#include "backends/collector/secrets.hpp"

namespace telc::backends::collector {
namespace {

using Json = nlohmann::json;

struct Ids {
  std::string prefix;
  std::string receiver(const ir::Source& source, bool federate) const {
    return federate ? "prometheus/" + prefix + source.name : "otlp";
  }
  std::string filter(const ir::ExportSink& export_sink) const { return "filter/" + prefix + export_sink.name; }
  std::string batch(const ir::ExportSink& export_sink) const { return "batch/" + prefix + export_sink.name; }
  std::string exporter(const ir::ExportSink& export_sink, Version version) const {
    const bool prw = export_sink.protocol == ir::ExportSink::Protocol::prometheus_remote_write;
    return (prw                             ? "prometheusremotewrite/"
            : version >= Version{0, 144, 0} ? "otlp_http/"
                                            : "otlphttp/") +
           prefix + export_sink.name;
  }
  std::string auth(const ir::ExportSink& export_sink) const {
    return (export_sink.auth.kind == ir::Auth::Kind::basic ? "basicauth/" : "bearertokenauth/") + prefix +
           export_sink.name;
  }
  std::string pipeline(const ir::ExportSink& export_sink) const { return "metrics/" + prefix + export_sink.name; }
};

/// The collector retries by time, not by count: a constant interval of `backoff` for
/// `backoff × maxAttempts` gives at most maxAttempts retries after the first try.
Json retry(const ir::ExportSink& export_sink) {
  if (!export_sink.retry_enabled) return {{"enabled", false}};
  return {{"enabled", true},
          {"initial_interval", duration(export_sink.retry_backoff_ms)},
          {"max_interval", duration(export_sink.retry_backoff_ms)},
          {"multiplier", 1.0},
          {"randomization_factor", 0.0},
          {"max_elapsed_time", duration(export_sink.retry_backoff_ms * export_sink.retry_max_attempts)}};
}

Json exporter(const model::ProjectConfig& config, const ir::ExportSink& export_sink, const Ids& ids) {
  Json e = {{"endpoint", export_sink.endpoint}, {"retry_on_failure", retry(export_sink)}};
  const Json queue = {{"enabled", true}, {"queue_size", config.queue_size}, {"num_consumers", 4}};
  e[export_sink.protocol == ir::ExportSink::Protocol::prometheus_remote_write ? "remote_write_queue"
                                                                              : "sending_queue"] = queue;
  if (export_sink.auth.kind != ir::Auth::Kind::none) e["auth"] = {{"authenticator", ids.auth(export_sink)}};
  return e;
}

std::string keep_condition(const ir::Program& program, const ir::ExportPipeline& policy,
                           const ir::ExportSink& export_sink) {
  std::vector<std::string> any;
  for (std::size_t i : export_sink.sources) {
    const ir::Source& s = policy.sources[i];
    any.push_back(s.kind == ir::Source::Kind::selector
                      ? selector_condition(*s.selector)
                      : resources_condition(s.resources, program.config.resource_attributes));
  }
  std::string out;
  for (std::size_t i = 0; i < any.size(); ++i) out += (i ? " or " : "") + any[i];
  return any.size() == 1 ? any.front() : "(" + out + ")";
}

Json filter(const ir::Program& program, const ir::ExportPipeline& policy, const ir::ExportSink& export_sink,
            Version version) {
  const std::string drop =
      "not " + keep_condition(program, policy, export_sink);  // the filter processor drops what is true
  if (version >= Version{0, 146, 0}) return {{"error_mode", "ignore"}, {"metric_conditions", Json::array({drop})}};
  return {{"error_mode", "ignore"}, {"metrics", {{"datapoint", Json::array({drop})}}}};
}

void add_sink(Json& cfg, const ir::Program& program, const ir::ExportPipeline& policy,
              const ir::ExportSink& export_sink, const Ids& ids) {
  const Version v = target_version(program.config);
  const bool federate = program.config.source_mode == "federate";
  Json pipeline = {{"receivers", Json::array()},
                   {"processors", Json::array({"memory_limiter"})},
                   {"exporters", Json::array({ids.exporter(export_sink, v)})}};
  for (std::size_t i : export_sink.sources) {
    const std::string r = ids.receiver(policy.sources[i], federate);
    if (std::find(pipeline["receivers"].begin(), pipeline["receivers"].end(), r) == pipeline["receivers"].end())
      pipeline["receivers"].push_back(r);
  }
  if (!federate)
    cfg["processors"][ids.filter(export_sink)] = filter(program, policy, export_sink, v),
    pipeline["processors"].push_back(ids.filter(export_sink));
  if (export_sink.batch_enabled) {
    cfg["processors"][ids.batch(export_sink)] = {{"timeout", duration(export_sink.batch_timeout_ms)},
                                                 {"send_batch_size", export_sink.batch_max_size},
                                                 {"send_batch_max_size", export_sink.batch_max_size}};
    pipeline["processors"].push_back(ids.batch(export_sink));
  }
  cfg["exporters"][ids.exporter(export_sink, v)] = exporter(program.config, export_sink, ids);
  if (export_sink.auth.kind != ir::Auth::Kind::none) {
    cfg["extensions"][ids.auth(export_sink)] = auth_extension(program.config, v, policy.name_space, export_sink.auth);
    cfg["service"]["extensions"].push_back(ids.auth(export_sink));
  }
  cfg["service"]["pipelines"][ids.pipeline(export_sink)] = std::move(pipeline);
}

void add_receivers(Json& cfg, const ir::Program& program, const ir::ExportPipeline& policy, const Ids& ids,
                   diag::Sink& sink) {
  if (program.config.source_mode != "federate") {
    cfg["receivers"]["otlp"] = {{"protocols", {{"grpc", {{"endpoint", program.config.otlp_endpoint}}}}}};
    return;
  }
  for (const ir::Source& s : policy.sources)
    if (auto r = federate_receiver(program, policy, s, sink)) cfg["receivers"][ids.receiver(s, true)] = std::move(*r);
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

Json policy_config(const ir::Program& program, const ir::ExportPipeline& policy, const std::string& prefix,
                   diag::Sink& sink) {
  const Ids ids{prefix};
  const std::int64_t limit = program.config.memory_limit_mib;
  Json cfg = {{"receivers", Json::object()},
              {"processors", Json::object()},
              {"exporters", Json::object()},
              {"extensions", Json::object()},
              {"service", {{"extensions", Json::array()}, {"pipelines", Json::object()}}}};
  cfg["processors"]["memory_limiter"] = {
      {"check_interval", "1s"}, {"limit_mib", limit}, {"spike_limit_mib", limit / 5}};
  add_receivers(cfg, program, policy, ids, sink);
  for (const ir::ExportSink& k : policy.sinks) add_sink(cfg, program, policy, k, ids);
  if (cfg["extensions"].empty()) cfg.erase("extensions");
  return cfg;
}

}  // namespace telc::backends::collector
