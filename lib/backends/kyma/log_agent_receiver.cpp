// The log agent's file_log receiver: include globs from the selected namespaces and containers,
// exclude globs for the agents' own logs, the excluded namespaces and containers, and the operator
// chain that parses the container runtime's lines, lifts JSON bodies into attributes, and reads
// severity and trace context from them.
#include <string>
#include <vector>

#include "backends/kyma/log_agent.hpp"

namespace telc::backends::kyma::log_agent {
namespace {

constexpr std::string_view trace_parent_expression =
    "^[0-9a-f]{2}-(?P<trace_id>[0-9a-f]{32})-(?P<span_id>[0-9a-f]{16})-(?P<trace_flags>[0-9a-f]{2})$";

std::string pod_log_path(std::string_view name_space, std::string_view pod, std::string_view container) {
  return "/var/log/pods/" + std::string(name_space) + "_" + std::string(pod) + "/" + std::string(container) + "/*.log";
}

Json include_paths(const ir::KymaPipeline& pipeline) {
  const std::vector<std::string> all = {"*"};
  const auto& namespaces = pipeline.runtime_namespaces.include.empty() ? all : pipeline.runtime_namespaces.include;
  const auto& containers = pipeline.include_containers.empty() ? all : pipeline.include_containers;
  Json out = Json::array();
  for (const std::string& ns : namespaces)
    for (const std::string& container : containers) out.push_back(pod_log_path(ns, "*", container));
  return out;
}

Json exclude_paths(const ir::KymaPipeline& pipeline) {
  // The agents' own logs would feed back into themselves.
  Json out = {pod_log_path("kyma-system", "telemetry-fluent-bit-*", "fluent-bit"),
              pod_log_path("kyma-system", "telemetry-log-agent-*", "collector"),
              pod_log_path("kyma-system", "*system-logs-agent-*", "collector"),
              pod_log_path("kyma-system", "*system-logs-collector-*", "collector")};
  for (const std::string& ns : pipeline.runtime_namespaces.exclude) out.push_back(pod_log_path(ns, "*", "*"));
  for (const std::string& container : pipeline.exclude_containers) out.push_back(pod_log_path("*", "*", container));
  return out;
}

std::string attribute(std::string_view key) { return "attributes[\"" + std::string(key) + "\"]"; }
std::string is_not_nil(std::string_view key) { return attribute(key) + " != nil"; }

Json op(std::string_view id, std::string_view type) { return {{"id", id}, {"type", type}}; }

Json move_field(std::string_view id, const std::string& from, const std::string& to, const std::string& when = {}) {
  Json out = op(id, "move");
  out["from"] = from;
  out["to"] = to;
  if (!when.empty()) out["if"] = when;
  return out;
}

Json remove_field(std::string_view id, const std::string& field, const std::string& when = {}) {
  Json out = op(id, "remove");
  out["field"] = field;
  if (!when.empty()) out["if"] = when;
  return out;
}

// Severity comes from `level` or `log.level`; each attribute is removed once read.
void add_severity(Json& ops, std::string_view id, std::string_view key) {
  Json parse = op(id, "severity_parser");
  parse["parse_from"] = attribute(key);
  parse["if"] = is_not_nil(key);
  ops.push_back(std::move(parse));
  ops.push_back(
      remove_field("remove-" + std::string(key == "level" ? "level" : "log-level"), attribute(key), is_not_nil(key)));
}

Json trace_fields() {
  return {{"trace_id", {{"parse_from", attribute("trace_id")}}},
          {"span_id", {{"parse_from", attribute("span_id")}}},
          {"trace_flags", {{"parse_from", attribute("trace_flags")}}}};
}

// A router drops what matches no route, so every router defaults to the final noop.
void add_trace_context(Json& ops) {
  const std::string traceparent = attribute("traceparent");
  Json router = op("trace-router", "router");
  router["default"] = "noop";
  router["routes"] = {
      {{"expr", is_not_nil("trace_id")}, {"output", "trace-parser"}},
      {{"expr", join_with_and({is_not_nil("traceparent"),
                               traceparent + " matches '" + std::string(trace_parent_expression) + "'"})},
       {"output", "trace-parent-parser"}}};
  ops.push_back(std::move(router));
  Json parent = op("trace-parent-parser", "regex_parser");
  parent["regex"] = trace_parent_expression;
  parent["parse_from"] = traceparent;
  parent["output"] = "remove-trace-parent";
  parent["trace"] = trace_fields();
  ops.push_back(std::move(parent));
  Json parser = op("trace-parser", "trace_parser");
  parser["output"] = "remove-trace-id";
  parser.update(trace_fields());
  ops.push_back(std::move(parser));
  ops.push_back(remove_field("remove-trace-parent", traceparent));
  ops.push_back(remove_field("remove-trace-id", attribute("trace_id"), is_not_nil("trace_id")));
  ops.push_back(remove_field("remove-span-id", attribute("span_id"), is_not_nil("span_id")));
  ops.push_back(remove_field("remove-trace-flags", attribute("trace_flags"), is_not_nil("trace_flags")));
}

Json operators(const ir::KymaPipeline& pipeline) {
  Json ops = Json::array();
  ops.push_back({{"id", "containerd-parser"},
                 {"type", "container"},
                 {"add_metadata_from_file_path", true},
                 {"format", "containerd"}});
  ops.push_back(move_field("move-to-log-stream", attribute("stream"), attribute("log.iostream"), is_not_nil("stream")));
  ops.push_back(remove_field("drop-attribute-log-tag", attribute("logtag")));
  // Only a JSON body is parsed; anything else goes straight to the noop.
  Json router = op("body-router", "router");
  router["default"] = "noop";
  router["routes"] = {{{"expr", "body matches '^{.*}$'"}, {"output", "json-parser"}}};
  ops.push_back(std::move(router));
  Json json = op("json-parser", "json_parser");
  json["parse_from"] = "body";
  json["parse_to"] = "attributes";
  ops.push_back(std::move(json));
  ops.push_back(pipeline.keep_original_body
                    ? move_field("move-body-to-attributes-log-original", "body", attribute("log.original"))
                    : remove_field("remove-body", "body"));
  ops.push_back(move_field("move-message-to-body", attribute("message"), "body", is_not_nil("message")));
  ops.push_back(move_field("move-msg-to-body", attribute("msg"), "body", is_not_nil("msg")));
  add_severity(ops, "parse-level", "level");
  add_severity(ops, "parse-log-level", "log.level");
  add_trace_context(ops);
  ops.push_back(op("noop", "noop"));
  return ops;
}

}  // namespace

Json file_log_receiver(const ir::KymaPipeline& pipeline) {
  return {{"exclude", exclude_paths(pipeline)},
          {"include", include_paths(pipeline)},
          {"include_file_name", false},
          {"include_file_path", true},
          {"start_at", "beginning"},
          {"storage", "file_storage"},
          {"retry_on_failure",
           {{"enabled", true}, {"initial_interval", "5s"}, {"max_interval", "30s"}, {"max_elapsed_time", "300s"}}},
          {"operators", operators(pipeline)}};
}

}  // namespace telc::backends::kyma::log_agent
