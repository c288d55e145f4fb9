#include "backends/collector/federate.hpp"

#include <fmt/format.h>

#include "backends/collector/components.hpp"

namespace telc::backends::collector {
namespace {

using Json = nlohmann::json;

struct Endpoint {
  std::string scheme, host, path;
  std::vector<std::pair<std::string, std::string>> params;
};

/// Splits the configured federate URL (its host may be an ${env:VAR} reference).
Endpoint split(const std::string& url) {
  Endpoint e{"https", "", "/federate", {}};
  std::string rest = url;
  if (auto p = rest.find("://"); p != std::string::npos) e.scheme = rest.substr(0, p), rest = rest.substr(p + 3);
  std::string query;
  if (auto q = rest.find('?'); q != std::string::npos) query = rest.substr(q + 1), rest = rest.substr(0, q);
  const auto slash = rest.find('/', rest.rfind('}') == std::string::npos ? 0 : rest.rfind('}'));
  e.host = rest.substr(0, slash);
  if (slash != std::string::npos) e.path = rest.substr(slash);
  for (std::size_t i = 0; i < query.size();) {
    const std::size_t amp = std::min(query.find('&', i), query.size());
    const std::string pair = query.substr(i, amp - i);
    if (auto eq = pair.find('='); eq != std::string::npos)
      e.params.emplace_back(pair.substr(0, eq), pair.substr(eq + 1));
    i = amp + 1;
  }
  return e;
}

}  // namespace

std::optional<Json> federate_receiver(const ir::Program& program, const ir::ExportPipeline& policy,
                                      const ir::Source& source, diag::Sink& sink) {
  if (!source.selector) {
    sink.report(
        {diag::Severity::error,
         "emit/not-expressible",
         fmt::format(
             "source '{}' selects resources by namespace or resource labels, which federated series do not carry",
             source.name),
         source.provenance,
         "set collector.sourceMode: otlp-stream in .telc.yaml, or select by kinds only",
         {}});
    return std::nullopt;
  }
  const Endpoint e = split(program.config.federate_endpoint);
  const model::ProjectConfig& c = program.config;
  Json params = {{"match[]", Json::array({source.selector->text})}};
  for (const auto& [k, v] : e.params) params[k] = Json::array({v});
  Json scrape = {
      {"job_name", fmt::format("{}/{}/{}", policy.name_space, policy.name, source.name)},
      {"scrape_interval", duration(c.scrape_interval_ns)},
      {"honor_labels", true},
      {"scheme", e.scheme},
      {"metrics_path", e.path},
      {"params", params},
      {"static_configs", Json::array({{{"targets", Json::array({e.host})}}})},
      {"basic_auth", {{"username", "${env:" + c.username_env + "}"}, {"password", "${env:" + c.password_env + "}"}}}};
  return Json{{"config", {{"scrape_configs", Json::array({scrape})}}}};
}

}  // namespace telc::backends::collector
