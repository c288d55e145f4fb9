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

// processor/memorylimiterprocessor: Validate rejects check_interval <= 0 and a zero limit.
void check_memory_limiter(const Component& component) {
  const auto ns = duration_ns(component.get("check_interval"));
  if (ns && *ns <= 0)
    component.cx.error("collector/check-interval", component.key_span("check_interval"),
                       fmt::format("memory_limiter '{}' needs a check_interval greater than 0", component.id),
                       "set check_interval: 1s (the default 0s fails validation)");
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

void check_otlp_grpc(const Component& component) { require_one(component, {"endpoint"}, "has no endpoint"); }
void check_remote_write(const Component& component) { require_one(component, {"endpoint"}, "has no endpoint"); }
void check_otlp_http(const Component& component) {
  require_one(component, {"endpoint", "metrics_endpoint", "traces_endpoint", "logs_endpoint"}, "has no endpoint");
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

struct Rule {
  Kind kind;
  std::string_view type;
  void (*check)(const Component&);
};

constexpr Rule kRules[] = {
    {Kind::receiver, "otlp", &check_otlp_receiver},
    {Kind::processor, "memory_limiter", &check_memory_limiter},
    {Kind::processor, "batch", &check_batch},
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
