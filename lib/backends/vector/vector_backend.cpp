// Vector configs in the real operator's shape (one JSON per policy, component IDs
// export-policy:<project>:<namespace>:<name>:<uid>:<component>-source|sink), without its bugs:
// credentials are ${VAR} references, never values, and batch and retry are honoured.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "backends/backend.hpp"

namespace telc::backends {
namespace {

using Json = nlohmann::json;

/// Vector interpolates ${VAR}; the configuration speaks the collector's ${env:VAR}.
std::string vector_env(std::string text) {
  for (std::size_t at = text.find("${env:"); at != std::string::npos; at = text.find("${env:", at))
    text.erase(at + 2, 4);
  return text;
}

std::string env_var(const std::string& secret, const std::string& key) {
  std::string out = "SECRET_" + secret + "_" + key;
  for (char& c : out) c = std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::toupper(c)) : '_';
  return "${" + out + "}";
}

std::string component_id(const ir::Program& program, const ir::ExportPipeline& pipeline, const std::string& name,
                         const char* role) {
  return fmt::format("export-policy:{}:{}:{}:{}:{}-{}", vector_env(program.config.project), pipeline.name_space,
                     pipeline.name, pipeline.uid, name, role);
}

Json source(const ir::Program& program, const ir::Source& spec) {
  const model::ProjectConfig& c = program.config;
  return {{"type", "prometheus_scrape"},
          {"endpoints", Json::array({vector_env(c.federate_endpoint)})},
          {"auth",
           {{"strategy", "basic"}, {"user", "${" + c.username_env + "}"}, {"password", "${" + c.password_env + "}"}}},
          {"query", {{"match[]", Json::array({vector_env(spec.selector->text)})}}},
          {"scrape_interval_secs", std::max<std::int64_t>(1, c.scrape_interval_ns / 1'000'000'000)}};
}

Json sink(const ir::Program& program, const ir::ExportPipeline& pipeline, const ir::ExportSink& export_sink) {
  Json out = {{"type", "prometheus_remote_write"}, {"endpoint", export_sink.endpoint}, {"inputs", Json::array()}};
  for (std::size_t i : export_sink.sources)
    out["inputs"].push_back(component_id(program, pipeline, pipeline.sources[i].name, "source"));
  if (export_sink.auth.kind == ir::Auth::Kind::basic)
    out["auth"] = {{"strategy", "basic"},
                   {"user", env_var(export_sink.auth.secret, "username")},
                   {"password", env_var(export_sink.auth.secret, "password")}};
  else if (export_sink.auth.kind == ir::Auth::Kind::bearer)
    out["auth"] = {{"strategy", "bearer"}, {"token", env_var(export_sink.auth.secret, export_sink.auth.key)}};
  if (export_sink.batch_enabled)
    out["batch"] = {{"max_events", export_sink.batch_max_size},
                    {"timeout_secs", static_cast<double>(export_sink.batch_timeout_ns) / 1e9}};
  out["request"] = {
      {"retry_attempts", export_sink.retry_enabled ? export_sink.retry_max_attempts : 0},
      {"retry_initial_backoff_secs", std::max<std::int64_t>(1, export_sink.retry_backoff_ns / 1'000'000'000)}};
  return out;
}

/// Why a policy has no Vector form, if it has none (the operator's Vector runs remote write only).
std::optional<std::pair<std::string, diag::SourceSpan>> unsupported(const ir::ExportPipeline& pipeline) {
  for (const ir::ExportSink& k : pipeline.sinks)
    if (k.protocol != ir::ExportSink::Protocol::prometheus_remote_write)
      return std::pair{fmt::format("sink '{}' is OTLP; the Vector target writes Prometheus remote write only", k.name),
                       k.provenance};
  for (const ir::Source& s : pipeline.sources)
    if (!s.selector)
      return std::pair{
          fmt::format("source '{}' selects resources by labels, which federated series do not carry", s.name),
          s.provenance};
  return std::nullopt;
}

class VectorBackend final : public Backend {
 public:
  const BackendInfo& info() const override { return kInfo; }

  void emit(const ir::Program& program, const EmitOptions& options, OutputTree& out, diag::Sink& diags) const override {
    for (const ir::ExportPipeline& e : program.exports) {
      if (auto why = unsupported(e)) {
        diags.report({options.requested ? diag::Severity::error : diag::Severity::note,
                      "emit/not-expressible",
                      fmt::format("no Vector config for {} '{}': {}", e.kind, e.name, why->first),
                      why->second,
                      "use the collector target for this policy",
                      {}});
        continue;
      }
      Json cfg = {{"sources", Json::object()}, {"sinks", Json::object()}};
      for (const ir::Source& s : e.sources)
        cfg["sources"][component_id(program, e, s.name, "source")] = source(program, s);
      for (const ir::ExportSink& k : e.sinks)
        cfg["sinks"][component_id(program, e, k.name, "sink")] = sink(program, e, k);
      out[fmt::format("vector/{}/{}.json", e.name_space, e.name)] = cfg.dump(2) + "\n";
    }
  }

 private:
  static constexpr std::string_view kKinds[] = {"ExportPolicy", "Exporter"};
  static constexpr BackendInfo kInfo{"vector", "Vector configs for export policies, in the operator's shape", kKinds};
};

}  // namespace

std::unique_ptr<Backend> make_vector_backend() { return std::make_unique<VectorBackend>(); }

}  // namespace telc::backends
