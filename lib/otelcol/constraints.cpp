// Rules a component's own Validate() enforces across its fields (so `otelcol validate` fails
// on them too): required fields, limits, pairs of fields that exclude each other.
#include <fmt/format.h>

#include "otelcol/context.hpp"
#include "otelcol/duration.hpp"
#include "otelcol/env_refs.hpp"

namespace telc::otelcol {
namespace {

struct Component {
  const Context& cx;
  std::string id;
  std::string pointer;
  const nlohmann::json& config;  // a mapping, or null for "all defaults"

  [[nodiscard]] const nlohmann::json* get(std::string_view key) const {
    if (!config.is_object()) return nullptr;
    const auto it = config.find(std::string(key));
    return it == config.end() || it->is_null() ? nullptr : &*it;
  }
  [[nodiscard]] std::optional<double> number(std::string_view key) const {
    const nlohmann::json* v = get(key);
    return v && v->is_number() ? std::optional(v->get<double>()) : std::nullopt;
  }
  [[nodiscard]] bool has_text(std::string_view key) const {
    const nlohmann::json* v = get(key);
    return v && (!v->is_string() || !v->get_ref<const std::string&>().empty());
  }
  [[nodiscard]] diag::SourceSpan key_span(std::string_view key) const {
    return cx.where.key(get(key) ? schema::child_pointer(pointer, key) : pointer);
  }
};

/// Nanoseconds of a duration field; 0 when absent (the default), nullopt when unknown before
/// run time (a reference) or malformed (reported by the values pass).
std::optional<double> duration_ns(const nlohmann::json* value) {
  if (value == nullptr) return 0.0;
  if (value->is_number()) return value->get<double>();
  if (!value->is_string() || has_reference(value->get_ref<const std::string&>())) return std::nullopt;
  return parse_go_duration(value->get_ref<const std::string&>());
}

/// A limit compared against another: reports `key` of the component (or of a sub-mapping).
void report_limit(const Component& component, std::string_view key, std::string message, std::string hint) {
  component.cx.error("collector/limit", component.cx.where.value(schema::child_pointer(component.pointer, key)),
                     std::move(message), std::move(hint));
}

// internal/memorylimiter config.go Validate: the spike must stay below the limit, percentages
// are at most 100 (same rules 0.120 to 0.159).
void check_memory_spike(const Component& component) {
  const double limit = component.number("limit_mib").value_or(0),
               spike = component.number("spike_limit_mib").value_or(0);
  if (limit > 0 && limit <= spike)
    report_limit(
        component, "spike_limit_mib",
        fmt::format("spike_limit_mib {} is not below limit_mib {} in memory_limiter '{}'", spike, limit, component.id),
        "make spike_limit_mib smaller than limit_mib (20% of it is the default)");
  const double pct = component.number("limit_percentage").value_or(0);
  const double spike_pct = component.number("spike_limit_percentage").value_or(0);
  for (std::string_view key : {"limit_percentage", "spike_limit_percentage"})
    if (component.number(key).value_or(0) > 100)
      report_limit(component, key, fmt::format("{} of memory_limiter '{}' is above 100", key, component.id),
                   "percentages are of the total memory: 1 to 100");
  if (pct > 0 && pct <= spike_pct)
    report_limit(component, "spike_limit_percentage",
                 fmt::format("spike_limit_percentage {} is not below limit_percentage {} in memory_limiter '{}'",
                             spike_pct, pct, component.id),
                 "make spike_limit_percentage smaller than limit_percentage");
}

/// The sub-mapping `key` as a Component of its own, for rules on shared config structs.
std::optional<Component> child(const Component& component, std::string_view key) {
  const nlohmann::json* value = component.get(key);
  if (value == nullptr || !value->is_object()) return std::nullopt;
  return Component{component.cx, fmt::format("'{}' of '{}'", key, component.id),
                   schema::child_pointer(component.pointer, key), *value};
}

bool disabled(const Component& component) {
  const nlohmann::json* enabled = component.get("enabled");
  return enabled != nullptr && enabled->is_boolean() && !enabled->get<bool>();
}

// configretry BackOffConfig.Validate (backoff.go at 0.120, generated_config.go at 0.159):
// randomization_factor in [0, 1], no negative values, and a max_elapsed_time other than 0
// not below initial_interval or max_interval. 0.120 skips a disabled block; so does telc.
void check_retry(const Component& exporter) {
  const auto retry = child(exporter, "retry_on_failure");
  if (!retry || disabled(*retry)) return;
  const auto factor = retry->number("randomization_factor");
  if (factor && (*factor < 0 || *factor > 1))
    report_limit(*retry, "randomization_factor",
                 fmt::format("randomization_factor {} of {} is outside [0, 1]", *factor, retry->id),
                 "use a fraction such as 0.5");
  if (const auto multiplier = retry->number("multiplier"); multiplier && *multiplier < 0)
    report_limit(*retry, "multiplier", fmt::format("multiplier {} of {} is negative", *multiplier, retry->id),
                 "use e.g. 1.5");
  const auto elapsed = duration_ns(retry->get("max_elapsed_time"));
  if (!elapsed || *elapsed <= 0 || !retry->get("max_elapsed_time")) return;
  for (std::string_view key : {"initial_interval", "max_interval"}) {
    const auto other = duration_ns(retry->get(key));
    if (other && *other > *elapsed)
      report_limit(*retry, "max_elapsed_time", fmt::format("max_elapsed_time of {} is less than {}", retry->id, key),
                   fmt::format("raise max_elapsed_time to at least {}, or 0 to retry forever", key));
  }
}

// exporterhelper queue Validate (queue_sender.go at 0.120, queuebatch/config.go at 0.159): an
// enabled queue needs num_consumers > 0 and queue_size > 0.
void check_queue(const Component& exporter, std::string_view key) {
  const auto queue = child(exporter, key);
  if (!queue || disabled(*queue)) return;
  for (std::string_view field : {"num_consumers", "queue_size"})
    if (const auto v = queue->number(field); v && *v <= 0)
      report_limit(*queue, field, fmt::format("{} of {} must be greater than 0, not {}", field, queue->id, *v),
                   "the queue cannot hold or send anything otherwise");
}

void check_exporter_helper(const Component& exporter) {
  check_retry(exporter);
  check_queue(exporter, "sending_queue");
}

// prometheusremotewriteexporter config.go: remote_write_queue sizes are not negative, and an
// enabled queue of size 0 drops everything.
void check_remote_write_queue(const Component& exporter) {
  check_retry(exporter);
  const auto queue = child(exporter, "remote_write_queue");
  if (!queue) return;
  for (std::string_view field : {"num_consumers", "queue_size"})
    if (const auto v = queue->number(field); v && *v < 0)
      report_limit(*queue, field, fmt::format("{} of {} must not be negative", field, queue->id),
                   "use a positive number");
  if (!disabled(*queue) && queue->number("queue_size") == 0.0)
    report_limit(*queue, "queue_size", fmt::format("{} is enabled with queue_size 0, which drops all data", queue->id),
                 "set queue_size above 0, or enabled: false");
}

// deltatocumulativeprocessor config.go Validate.
void check_delta_to_cumulative(const Component& component) {
  const auto stale = duration_ns(component.get("max_stale"));
  if (component.get("max_stale") && stale && *stale <= 0)
    report_limit(component, "max_stale", fmt::format("max_stale of '{}' must be a positive duration", component.id),
                 "streams would be dropped at once: use e.g. 5m (the default)");
  if (const auto streams = component.number("max_streams"); streams && *streams < 0)
    report_limit(component, "max_streams", fmt::format("max_streams of '{}' must not be negative", component.id),
                 "leave it out for no limit");
}

// processor/memorylimiterprocessor: Validate rejects check_interval <= 0 and a zero limit.
void check_memory_limiter(const Component& component) {
  const auto ns = duration_ns(component.get("check_interval"));
  if (ns && *ns <= 0)
    component.cx.error("collector/check-interval", component.key_span("check_interval"),
                       fmt::format("memory_limiter '{}' needs a check_interval greater than 0", component.id),
                       "set check_interval: 1s (the default 0s fails validation)");
  check_memory_spike(component);
  if (!component.get("limit_mib") && !component.get("limit_percentage"))
    component.cx.error("collector/required", component.key_span(""),
                       fmt::format("memory_limiter '{}' sets no memory limit", component.id),
                       "set limit_mib or limit_percentage");
}

// processor/batchprocessor config.go: send_batch_max_size must be 0 or >= send_batch_size.
void check_batch(const Component& component) {
  const auto max = component.number("send_batch_max_size");
  const double size = component.number("send_batch_size").value_or(8192);
  if (!max || *max == 0 || *max >= size) return;
  component.cx.error("collector/batch-size",
                     component.cx.where.value(schema::child_pointer(component.pointer, "send_batch_max_size")),
                     fmt::format("send_batch_max_size {} is below send_batch_size {}", *max, size),
                     "make send_batch_max_size >= send_batch_size, or 0 for no limit");
}

void require_one(const Component& component, std::initializer_list<std::string_view> keys, std::string_view why) {
  for (std::string_view k : keys)
    if (component.has_text(k)) return;
  component.cx.error("collector/required", component.key_span(""), fmt::format("'{}' {}", component.id, why),
                     fmt::format("set {}", fmt::join(keys, " or ")));
}

// processor/resourceprocessor config.go Validate: "missing required field \"attributes\"".
void check_resource(const Component& component) { require_one(component, {"attributes"}, "has no attribute actions"); }

void check_otlp_grpc(const Component& component) {
  require_one(component, {"endpoint"}, "has no endpoint");
  check_exporter_helper(component);
}
// The remote write exporter takes its client either squashed or, in newer releases, under an
// `http:` block: an endpoint in either place counts.
void check_remote_write(const Component& component) {
  const auto http = child(component, "http");
  if (!http || !http->has_text("endpoint")) require_one(component, {"endpoint"}, "has no endpoint");
  check_remote_write_queue(component);
}
void check_otlp_http(const Component& component) {
  require_one(component, {"endpoint", "metrics_endpoint", "traces_endpoint", "logs_endpoint"}, "has no endpoint");
  check_exporter_helper(component);
}

void exclusive(const Component& component, std::string_view left, std::string_view right, std::string_view why) {
  if (component.get(left) && component.get(right))
    component.cx.error("collector/conflict", component.key_span(right),
                       fmt::format("'{}' sets both '{}' and '{}'", component.id, left, right), std::string(why));
}

// extension/bearertokenauthextension config.go Validate.
void check_bearer_token(const Component& component) {
  exclusive(component, "token", "tokens", "set one of them");
  require_one(component, {"token", "tokens", "filename"}, "provides no bearer token");
}

// extension/basicauthextension: an instance is a client or a server authenticator.
void check_basic_auth(const Component& component) {
  exclusive(component, "client_auth", "htpasswd",
            "an instance is either a client (client_auth) or a server (htpasswd)");
  require_one(component, {"client_auth", "htpasswd"}, "configures neither client_auth nor htpasswd");
}

// receiver/otlpreceiver config.go: "must specify at least one protocol"; a bare `grpc:` counts.
void check_otlp_receiver(const Component& component) {
  const nlohmann::json* protocols = component.get("protocols");
  if (protocols && protocols->is_object() && (protocols->contains("grpc") || protocols->contains("http"))) return;
  component.cx.error("collector/required", component.key_span(protocols ? "protocols" : ""),
                     fmt::format("otlp receiver '{}' enables no protocol", component.id),
                     "add protocols: {grpc:, http:}");
}

/// Whether `block` (a mapping under the component) sets any of `keys`.
bool sets_any(const Component& component, std::string_view block, std::initializer_list<std::string_view> keys) {
  const auto sub = child(component, block);
  if (!sub) return false;
  for (std::string_view k : keys)
    if (sub->get(k)) return true;
  return false;
}

struct FilterSignal {
  std::string_view conditions;  // the 0.146 top-level list
  std::string_view block;       // the legacy OTTL block
  std::initializer_list<std::string_view> ottl;
  std::string_view match_block;  // where include/exclude sit
};

// filterprocessor config.go Validate: OTTL conditions exclude the legacy include/exclude
// matchers of the same signal, and a top-level *_conditions list excludes the legacy block.
void check_filter_signal(const Component& component, const FilterSignal& signal) {
  const bool legacy_ottl = sets_any(component, signal.block, signal.ottl);
  const bool matchers = sets_any(component, signal.match_block, {"include", "exclude"});
  if (legacy_ottl && matchers)
    component.cx.error(
        "collector/conflict", component.key_span(signal.match_block),
        fmt::format("filter '{}' mixes OTTL conditions and include/exclude in '{}'", component.id, signal.match_block),
        "use OTTL conditions only: include/exclude cannot be combined with them");
  if (component.get(signal.conditions) && (legacy_ottl || matchers))
    component.cx.error(
        "collector/conflict", component.key_span(signal.conditions),
        fmt::format("filter '{}' sets '{}' and the legacy '{}' block", component.id, signal.conditions, signal.block),
        fmt::format("move the legacy conditions into '{}'", signal.conditions));
}

void check_filter(const Component& component) {
  check_filter_signal(component, {"metric_conditions", "metrics", {"metric", "datapoint", "resource"}, "metrics"});
  check_filter_signal(component, {"trace_conditions", "traces", {"span", "spanevent", "resource"}, "spans"});
  check_filter_signal(component, {"log_conditions", "logs", {"log_record", "resource"}, "logs"});
}

/// One routing table route's Validate() rules; `at` is its pointer.
void check_route(const Component& component, const nlohmann::json& route, const std::string& at) {
  const Component item{component.cx, component.id, at, route};
  const bool statement = item.has_text("statement"), condition = item.has_text("condition");
  if (!statement && !condition)
    component.cx.error("collector/required", component.cx.where.value(at),
                       fmt::format("a route of routing connector '{}' has no condition or statement", component.id),
                       "add condition: '<OTTL condition>'");
  if (statement && condition)
    component.cx.error("collector/conflict", item.key_span("statement"),
                       fmt::format("a route of routing connector '{}' sets both condition and statement", component.id),
                       "keep one of them: condition is the newer form");
  const nlohmann::json* pipelines = item.get("pipelines");
  if (pipelines == nullptr || (pipelines->is_array() && pipelines->empty()))
    component.cx.error("collector/required", component.cx.where.value(at),
                       fmt::format("a route of routing connector '{}' names no pipelines", component.id),
                       "add pipelines: [<pipeline ID>]");
  const nlohmann::json* context = item.get("context");
  if (context && context->is_string() && context->get<std::string>() == "request" && !condition)
    component.cx.error("collector/required", item.key_span("context"),
                       fmt::format("the request context of routing connector '{}' needs a condition", component.id),
                       "write condition: 'request[\"<header>\"] == \"<value>\"'");
}

// connector/routingconnector config.go Validate.
void check_routing(const Component& component) {
  const nlohmann::json* table = component.get("table");
  if (table == nullptr || (table->is_array() && table->empty())) {
    component.cx.error("collector/required", component.key_span(table ? "table" : ""),
                       fmt::format("routing connector '{}' has an empty routing table", component.id),
                       "add table: [{condition: ..., pipelines: [...]}]");
    return;
  }
  if (!table->is_array()) return;  // reported by the values pass
  const std::string at = schema::child_pointer(component.pointer, "table");
  for (std::size_t i = 0; i < table->size(); ++i)
    if ((*table)[i].is_object()) check_route(component, (*table)[i], schema::child_pointer(at, i));
}

struct Rule {
  Kind kind;
  std::string_view type;
  void (*check)(const Component&);
};

constexpr Rule kRules[] = {
    {Kind::connector, "routing", &check_routing},
    {Kind::receiver, "otlp", &check_otlp_receiver},
    {Kind::processor, "memory_limiter", &check_memory_limiter},
    {Kind::processor, "batch", &check_batch},
    {Kind::processor, "deltatocumulative", &check_delta_to_cumulative},
    {Kind::processor, "filter", &check_filter},
    {Kind::processor, "resource", &check_resource},
    {Kind::exporter, "debug", &check_exporter_helper},
    {Kind::exporter, "otlp", &check_otlp_grpc},
    {Kind::exporter, "otlp_grpc", &check_otlp_grpc},
    {Kind::exporter, "otlp_http", &check_otlp_http},
    {Kind::exporter, "otlphttp", &check_otlp_http},
    {Kind::exporter, "prometheusremotewrite", &check_remote_write},
    {Kind::extension, "bearertokenauth", &check_bearer_token},
    {Kind::extension, "basicauth", &check_basic_auth},
};

}  // namespace

void check_constraints(const Context& cx) {
  for (const Rule& rule : kRules)
    for (const auto& [id, defined] : cx.of(rule.kind)) {
      if (defined.type != rule.type) continue;
      const std::string pointer = entry_pointer(section_name(rule.kind), id);
      const nlohmann::json* config = cx.at(pointer);
      if (config == nullptr || !(config->is_object() || config->is_null())) continue;
      rule.check({cx, id, pointer, *config});
    }
}

}  // namespace telc::otelcol
