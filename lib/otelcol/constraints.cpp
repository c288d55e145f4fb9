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
std::optional<double> duration_ns(const nlohmann::json* v) {
  if (v == nullptr) return 0.0;
  if (v->is_number()) return v->get<double>();
  if (!v->is_string() || has_reference(v->get_ref<const std::string&>())) return std::nullopt;
  return parse_go_duration(v->get_ref<const std::string&>());
}

// processor/memorylimiterprocessor: Validate rejects check_interval <= 0 and a zero limit.
void check_memory_limiter(const Component& c) {
  const auto ns = duration_ns(c.get("check_interval"));
  if (ns && *ns <= 0)
    c.cx.error("collector/check-interval", c.key_span("check_interval"),
               fmt::format("memory_limiter '{}' needs a check_interval greater than 0", c.id),
               "set check_interval: 1s (the default 0s fails validation)");
  if (!c.get("limit_mib") && !c.get("limit_percentage"))
    c.cx.error("collector/required", c.key_span(""), fmt::format("memory_limiter '{}' sets no memory limit", c.id),
               "set limit_mib or limit_percentage");
}

// processor/batchprocessor config.go: send_batch_max_size must be 0 or >= send_batch_size.
void check_batch(const Component& c) {
  const auto max = c.number("send_batch_max_size");
  const double size = c.number("send_batch_size").value_or(8192);
  if (!max || *max == 0 || *max >= size) return;
  c.cx.error("collector/batch-size", c.cx.where.value(schema::child_pointer(c.pointer, "send_batch_max_size")),
             fmt::format("send_batch_max_size {} is below send_batch_size {}", *max, size),
             "make send_batch_max_size >= send_batch_size, or 0 for no limit");
}

void require_one(const Component& c, std::initializer_list<std::string_view> keys, std::string_view why) {
  for (std::string_view k : keys)
    if (c.has_text(k)) return;
  c.cx.error("collector/required", c.key_span(""), fmt::format("'{}' {}", c.id, why),
             fmt::format("set {}", fmt::join(keys, " or ")));
}

void check_otlp_grpc(const Component& c) { require_one(c, {"endpoint"}, "has no endpoint"); }
void check_remote_write(const Component& c) { require_one(c, {"endpoint"}, "has no endpoint"); }
void check_otlp_http(const Component& c) {
  require_one(c, {"endpoint", "metrics_endpoint", "traces_endpoint", "logs_endpoint"}, "has no endpoint");
}

void exclusive(const Component& c, std::string_view a, std::string_view b, std::string_view why) {
  if (c.get(a) && c.get(b))
    c.cx.error("collector/conflict", c.key_span(b), fmt::format("'{}' sets both '{}' and '{}'", c.id, a, b),
               std::string(why));
}

// extension/bearertokenauthextension config.go Validate.
void check_bearer_token(const Component& c) {
  exclusive(c, "token", "tokens", "set one of them");
  require_one(c, {"token", "tokens", "filename"}, "provides no bearer token");
}

// extension/basicauthextension: an instance is a client or a server authenticator.
void check_basic_auth(const Component& c) {
  exclusive(c, "client_auth", "htpasswd", "an instance is either a client (client_auth) or a server (htpasswd)");
  require_one(c, {"client_auth", "htpasswd"}, "configures neither client_auth nor htpasswd");
}

// receiver/otlpreceiver config.go: "must specify at least one protocol"; a bare `grpc:` counts.
void check_otlp_receiver(const Component& c) {
  const nlohmann::json* protocols = c.get("protocols");
  if (protocols && protocols->is_object() && (protocols->contains("grpc") || protocols->contains("http"))) return;
  c.cx.error("collector/required", c.key_span(protocols ? "protocols" : ""),
             fmt::format("otlp receiver '{}' enables no protocol", c.id), "add protocols: {grpc:, http:}");
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
