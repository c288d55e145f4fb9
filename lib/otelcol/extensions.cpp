// service.extensions and `auth: {authenticator: X}` references. otelcol validate checks the
// former only; an authenticator that is undefined or not enabled fails at startup
// ("failed to resolve authenticator", config/configauth), which telc reports before deployment.
#include <set>

#include <fmt/format.h>

#include "otelcol/context.hpp"

namespace telc::otelcol {
namespace {

struct AuthRef {
  std::string pointer;  // of the authenticator value
  Kind kind;            // of the component holding the reference
  std::string id;
  std::string target;  // the extension ID it names
  [[nodiscard]] std::string owner() const { return fmt::format("{} '{}'", kind_name(kind), id); }
};

/// `service.extensions` entries that are strings; reports the rest and undefined IDs.
std::set<std::string> enabled_extensions(const Context& cx) {
  std::set<std::string> enabled;
  const nlohmann::json* list = cx.at("/service/extensions");
  if (list == nullptr || list->is_null()) return enabled;
  if (!list->is_array()) {
    cx.error("collector/type", cx.where.value("/service/extensions"), "'service.extensions' must be a list");
    return enabled;
  }
  std::vector<std::string> ids;
  for (const auto& [id, d] : cx.of(Kind::extension)) ids.push_back(id);
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string at = schema::child_pointer("/service/extensions", i);
    if (!(*list)[i].is_string()) continue;
    const std::string& id = (*list)[i].get_ref<const std::string&>();
    enabled.insert(id);
    if (cx.of(Kind::extension).count(id) == 0)
      cx.error("collector/undefined-component", cx.where.value(at),
               fmt::format("service.extensions lists '{}', which is not defined", id),
               suggest(id, ids, "define it under 'extensions'"));
  }
  return enabled;
}

void collect_auth(const nlohmann::json& node, std::string& pointer, const AuthRef& owner, std::vector<AuthRef>& out) {
  if (!node.is_object()) return;
  const std::size_t length = pointer.size();
  for (const auto& [key, value] : node.items()) {
    schema::append_token(pointer, key);
    if (key == "auth" && value.is_object() && value.contains("authenticator") && value["authenticator"].is_string())
      out.push_back({pointer + "/authenticator", owner.kind, owner.id, value["authenticator"].get<std::string>()});
    else if (key == "additional_auth" && value.is_string())  // headers_setter chains another authenticator
      out.push_back({pointer, owner.kind, owner.id, value.get<std::string>()});
    else
      collect_auth(value, pointer, owner, out);
    pointer.resize(length);
  }
}

std::vector<AuthRef> auth_refs(const Context& cx) {
  std::vector<AuthRef> out;
  for (Kind kind : {Kind::receiver, Kind::processor, Kind::exporter, Kind::connector, Kind::extension})
    for (const auto& [id, d] : cx.of(kind)) {
      std::string pointer = entry_pointer(section_name(kind), id);
      if (const nlohmann::json* config = cx.at(pointer)) collect_auth(*config, pointer, {{}, kind, id, {}}, out);
    }
  return out;
}

void report_auth_undefined(const Context& cx, const AuthRef& ref) {
  std::vector<std::string> ids;
  for (const auto& [id, e] : cx.of(Kind::extension)) ids.push_back(id);
  cx.error("collector/auth-undefined", cx.where.value(ref.pointer),
           fmt::format("{} uses authenticator '{}', which is not defined under 'extensions'", ref.owner(), ref.target),
           suggest(ref.target, ids, "define the auth extension and list it in service.extensions"));
}

void check_auth_ref(const Context& cx, const AuthRef& ref, const std::set<std::string>& enabled) {
  const auto d = cx.of(Kind::extension).find(ref.target);
  if (d == cx.of(Kind::extension).end()) return report_auth_undefined(cx, ref);
  const diag::SourceSpan span = cx.where.value(ref.pointer);
  if (d->second.info && !d->second.info->authenticator)
    cx.error("collector/not-an-authenticator", span,
             fmt::format("{} uses '{}' as authenticator, but '{}' is not an auth extension", ref.owner(), ref.target,
                         d->second.type),
             "use bearertokenauth, basicauth, headers_setter, oauth2client or oidc");
  if (enabled.count(ref.target) == 0)
    cx.error(
        "collector/auth-not-enabled", span,
        fmt::format("{} uses authenticator '{}', which is not listed in service.extensions", ref.owner(), ref.target),
        fmt::format("add '{}' to service.extensions; otelcol validate passes, but the collector fails to start",
                    ref.target));
}

bool is_true(const nlohmann::json* value) { return value != nullptr && value->is_boolean() && value->get<bool>(); }

/// gRPC credentials of bearertokenauth and basicauth RequireTransportSecurity: with
/// `tls.insecure: true` the exporter fails at startup.
void check_insecure(const Context& cx, const AuthRef& ref) {
  const std::string component = entry_pointer(section_name(ref.kind), ref.id);
  if (ref.kind != Kind::exporter || ref.pointer != component + "/auth/authenticator") return;
  const Defined& exporter = cx.of(Kind::exporter).find(ref.id)->second;
  const auto ext = cx.of(Kind::extension).find(ref.target);
  const bool grpc = exporter.type == "otlp" || exporter.type == "otlp_grpc";
  if (!grpc || ext == cx.of(Kind::extension).end() || !ext->second.info || !ext->second.info->requires_tls_on_grpc)
    return;
  const std::string insecure = component + "/tls/insecure";
  if (!is_true(cx.at(insecure))) return;
  const nlohmann::json* endpoint = cx.at(component + "/endpoint");  // https:// turns TLS back on
  if (endpoint && endpoint->is_string() && endpoint->get_ref<const std::string&>().rfind("https://", 0) == 0) return;
  cx.error("collector/auth-insecure", cx.where.value(insecure),
           fmt::format("{} sends '{}' credentials over a plaintext gRPC connection", ref.owner(), ref.target),
           fmt::format("'{}' requires transport security: remove tls.insecure and use TLS", ext->second.type));
}

void check_unused_extensions(const Context& cx, const std::set<std::string>& enabled,
                             const std::vector<AuthRef>& refs) {
  for (const auto& [id, d] : cx.of(Kind::extension)) {
    const bool referenced =
        std::any_of(refs.begin(), refs.end(), [&target = id](const AuthRef& ref) { return ref.target == target; });
    if (enabled.count(id) != 0 || referenced) continue;  // a referenced one is reported as auth-not-enabled
    cx.report(diag::Severity::note, "collector/unused-component", cx.where.key(entry_pointer("extensions", id)),
              fmt::format("extension '{}' is defined but not listed in service.extensions", id),
              "the collector does not start it: list it in service.extensions or remove it");
  }
}

}  // namespace

void check_extensions(const Context& cx) {
  const nlohmann::json* service = cx.at("/service");
  if (service == nullptr || !service->is_object()) return;
  const std::set<std::string> enabled = enabled_extensions(cx);
  const std::vector<AuthRef> refs = auth_refs(cx);
  for (const AuthRef& ref : refs) {
    check_auth_ref(cx, ref, enabled);
    check_insecure(cx, ref);
  }
  check_unused_extensions(cx, enabled, refs);
}

}  // namespace telc::otelcol
