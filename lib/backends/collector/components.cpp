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
    return (prw                        ? "prometheusremotewrite/"
            : version >= kOtlpHttpName ? "otlp_http/"
                                       : "otlphttp/") +
           prefix + export_sink.name;
  }
  std::string auth(const ir::ExportSink& export_sink) const {
    return (export_sink.auth.kind == ir::Auth::Kind::basic ? "basicauth/" : "bearertokenauth/") + prefix +
           export_sink.name;
  }
  std::string pipeline(const ir::ExportSink& export_sink) const { return "metrics/" + prefix + export_sink.name; }
};

/// The per-attempt timeout, each exporter's own default (written out, so that the retry budget
/// below does not rest on a default): otlphttp's http.Client 30 s (core otlphttpexporter
/// factory.go, which disables exporterhelper's), prometheusremotewrite exporterhelper's 5 s
/// (core exporterhelper internal/timeout_sender.go; contrib's factory copies it to its client).
std::int64_t request_timeout_ns(const ir::ExportSink& export_sink) {
  return export_sink.protocol == ir::ExportSink::Protocol::prometheus_remote_write ? 5'000'000'000 : 30'000'000'000;
}

/// The collector retries by time, not by count (core exporterhelper retry_sender.go): the clock
/// starts before the first attempt, and a retry is made only while
/// `now + interval <= start + max_elapsed_time`, where `now` is after the failed attempt. An
/// attempt that times out takes the whole `timeout`, so with a constant interval `backoff` the
/// k-th retry starts at k × (timeout + backoff) at the latest; maxAttempts retries after the
/// first try therefore need
///     max_elapsed_time = maxAttempts × (timeout + backoff).
/// No retries (maxAttempts 0) is `enabled: false`: a max_elapsed_time of 0 means "forever".
std::optional<Json> retry(const ir::ExportSink& export_sink, diag::Sink& sink) {
  if (!export_sink.retry_enabled || export_sink.retry_max_attempts <= 0) return Json{{"enabled", false}};
  const std::int64_t per_attempt = request_timeout_ns(export_sink) + export_sink.retry_backoff_ns;
  std::int64_t budget = 0;
  if (__builtin_mul_overflow(per_attempt, export_sink.retry_max_attempts, &budget)) {
    sink.report({diag::Severity::error,
                 "emit/not-representable",
                 fmt::format("sink '{}': {} retries of {} each exceed the longest Go duration", export_sink.name,
                             export_sink.retry_max_attempts, duration(per_attempt)),
                 export_sink.provenance,
                 "lower retry.maxAttempts or the backoff",
                 {}});
    return std::nullopt;
  }
  return Json{{"enabled", true},
              {"initial_interval", duration(export_sink.retry_backoff_ns)},
              {"max_interval", duration(export_sink.retry_backoff_ns)},
              {"multiplier", 1.0},
              {"randomization_factor", 0.0},
              {"max_elapsed_time", duration(budget)}};
}

Json exporter(const model::ProjectConfig& config, const ir::ExportSink& export_sink, const Ids& ids, diag::Sink& sink) {
  Json e = {{"endpoint", export_sink.endpoint}, {"timeout", duration(request_timeout_ns(export_sink))}};
  if (auto r = retry(export_sink, sink)) e["retry_on_failure"] = std::move(*r);
  const Json queue = {{"enabled", true}, {"queue_size", config.queue_size}, {"num_consumers", 4}};
  e[export_sink.protocol == ir::ExportSink::Protocol::prometheus_remote_write ? "remote_write_queue"
                                                                              : "sending_queue"] = queue;
  if (export_sink.auth.kind != ir::Auth::Kind::none) e["auth"] = {{"authenticator", ids.auth(export_sink)}};
  return e;
}

std::string keep_condition(const ir::Program& program, const ir::ExportPipeline& policy,
                           const ir::ExportSink& export_sink, PathStyle style) {
  std::vector<std::string> any;
  for (std::size_t i : export_sink.sources) {
    const ir::Source& s = policy.sources[i];
    any.push_back(s.kind == ir::Source::Kind::selector
                      ? selector_condition(*s.selector, style)
                      : resources_condition(s.resources, program.config.resource_attributes));
  }
  return join_conditions(any, "or");
}

/// The filter keeping a sink's sources, or nullopt when it would drop nothing. `metric_conditions`
/// exists from contrib 0.146.0; before, the legacy `metrics.datapoint` list.
std::optional<Json> filter(const ir::Program& program, const ir::ExportPipeline& policy,
                           const ir::ExportSink& export_sink, Version version) {
  const bool inferred = version >= kMetricConditions;
  const auto drop = drop_condition(
      keep_condition(program, policy, export_sink, inferred ? PathStyle::inferred : PathStyle::datapoint_field));
  if (!drop) return std::nullopt;
  if (inferred) return Json{{"error_mode", "ignore"}, {"metric_conditions", Json::array({*drop})}};
  return Json{{"error_mode", "ignore"}, {"metrics", {{"datapoint", Json::array({*drop})}}}};
}

void add_sink(Json& cfg, const ir::Program& program, const ir::ExportPipeline& policy,
              const ir::ExportSink& export_sink, const Ids& ids, diag::Sink& sink) {
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
  if (auto f = federate ? std::nullopt : filter(program, policy, export_sink, v)) {
    cfg["processors"][ids.filter(export_sink)] = std::move(*f);
    pipeline["processors"].push_back(ids.filter(export_sink));
  }
  if (export_sink.batch_enabled) {
    cfg["processors"][ids.batch(export_sink)] = {{"timeout", duration(export_sink.batch_timeout_ns)},
                                                 {"send_batch_size", export_sink.batch_max_size},
                                                 {"send_batch_max_size", export_sink.batch_max_size}};
    pipeline["processors"].push_back(ids.batch(export_sink));
  }
  cfg["exporters"][ids.exporter(export_sink, v)] = exporter(program.config, export_sink, ids, sink);
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

std::string duration(std::int64_t nanoseconds) {
  // Largest unit first; time.ParseDuration reads each of these spellings exactly.
  static constexpr std::pair<std::int64_t, std::string_view> kUnits[] = {
      {3'600'000'000'000, "h"}, {60'000'000'000, "m"}, {1'000'000'000, "s"}, {1'000'000, "ms"}, {1'000, "us"}};
  if (nanoseconds == 0) return "0s";
  for (const auto& [size, unit] : kUnits)
    if (nanoseconds % size == 0) return fmt::format("{}{}", nanoseconds / size, unit);
  return fmt::format("{}ns", nanoseconds);
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
  for (const ir::ExportSink& k : policy.sinks) add_sink(cfg, program, policy, k, ids, sink);
  if (cfg["extensions"].empty()) cfg.erase("extensions");
  return cfg;
}

}  // namespace telc::backends::collector
