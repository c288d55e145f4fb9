// The OTLP exporter and OAuth2 extension of a Kyma pipeline (common/otlpexporter_config_builder.go,
// oauth2extension_config_builder.go, env_vars.go). Every value the output names, literal or
// Secret, reaches the collector as an environment variable; the config holds only ${VAR}.
#include <algorithm>

#include "backends/kyma/common.hpp"

namespace telc::backends::kyma {
namespace {

constexpr const char* kSpec = "spec.output.otlp.";

std::string pipeline_label(const ir::KymaPipeline& pipeline) {
  const char* kind = pipeline.signal == ir::KymaSignal::logs      ? "LogPipeline"
                     : pipeline.signal == ir::KymaSignal::metrics ? "MetricPipeline"
                                                                  : "TracePipeline";
  return std::string(kind) + "/" + pipeline.name;
}

void add_env(ConfigBuilder& config, const ir::KymaPipeline& pipeline, std::string name, std::string format,
             std::vector<EnvSource> sources) {
  config.env().add({std::move(name), pipeline_label(pipeline), std::move(format), std::move(sources)});
}

bool defined(const std::optional<model::KymaValue>& value) { return value && value->defined(); }

bool basic_auth(const model::KymaOtlpOutput& output) {
  return defined(output.basic_user) && defined(output.basic_password);
}

// The manager decides tls.insecure from the endpoint's resolved value: only a literal tells it here.
bool insecure_endpoint(const model::KymaOtlpOutput& output) {
  if (output.endpoint.secret || !output.endpoint.value) return false;
  return output.endpoint.value->value.starts_with("http://");
}

std::string header_env_key(const ir::KymaPipeline& pipeline, const std::string& header) {
  std::string name = env_key("HEADER", pipeline) + "_" + header;
  std::transform(name.begin(), name.end(), name.begin(), [](char ch) {
    const char upper = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    return upper == '.' || upper == '-' ? '_' : upper;
  });
  return name;
}

Json tls_config(ConfigBuilder& config, const ir::KymaPipeline& pipeline) {
  const model::KymaOtlpOutput& output = pipeline.output;
  Json tls = {{"insecure", insecure_endpoint(output)}};
  if (output.tls) {
    const model::KymaTls& t = *output.tls;
    if (!tls["insecure"].get<bool>()) tls["insecure"] = t.insecure;
    if (t.insecure_skip_verify) tls["insecure_skip_verify"] = true;
    if (defined(t.ca)) {
      tls["ca_pem"] = env_ref(env_key("OTLP_TLS_CA_PEM", pipeline));
      add_env(config, pipeline, env_key("OTLP_TLS_CA_PEM", pipeline), "", {{std::string(kSpec) + "tls.ca", &*t.ca}});
    }
    if (defined(t.cert)) tls["cert_pem"] = env_ref(env_key("OTLP_TLS_CERT_PEM", pipeline));
    if (defined(t.key)) tls["key_pem"] = env_ref(env_key("OTLP_TLS_KEY_PEM", pipeline));
    if (defined(t.cert) && defined(t.key)) {
      const std::string unescape = "literal \\n read as a line break";
      add_env(config, pipeline, env_key("OTLP_TLS_CERT_PEM", pipeline), unescape,
              {{std::string(kSpec) + "tls.cert", &*t.cert}});
      add_env(config, pipeline, env_key("OTLP_TLS_KEY_PEM", pipeline), unescape,
              {{std::string(kSpec) + "tls.key", &*t.key}});
    }
  }
  if (tls.size() == 1 && !tls["insecure"].get<bool>()) return nullptr;  // the zero struct: omitted
  return tls;
}

Json headers(ConfigBuilder& config, const ir::KymaPipeline& pipeline) {
  const model::KymaOtlpOutput& output = pipeline.output;
  Json out = Json::object();
  if (basic_auth(output)) {
    const std::string name = env_key("BASIC_AUTH_HEADER", pipeline);
    out["Authorization"] = env_ref(name);
    add_env(config, pipeline, name, "Basic base64(user:password)",
            {{std::string(kSpec) + "authentication.basic.user", &*output.basic_user},
             {std::string(kSpec) + "authentication.basic.password", &*output.basic_password}});
  }
  for (const model::KymaHeader& header : output.headers) {
    const std::string name = header_env_key(pipeline, header.name);
    out[header.name] = env_ref(name);
    std::string prefix = header.prefix;
    prefix.erase(0, prefix.find_first_not_of(" \t\n"));
    prefix.erase(prefix.find_last_not_of(" \t\n") + 1);
    add_env(config, pipeline, name, prefix.empty() ? "" : "'" + prefix + " ' + value",
            {{std::string(kSpec) + "headers[" + header.name + "]", &header.value}});
  }
  return out;
}

}  // namespace

Json sending_queue(const SendingQueue& queue) {
  if (queue.queue_size == 0) return nullptr;
  Json out = {{"enabled", true}, {"queue_size", queue.queue_size}};
  if (!queue.sizer.empty()) out["sizer"] = queue.sizer;
  if (!queue.batch.is_null() && !queue.batch.empty()) out["batch"] = queue.batch;
  return out;
}

void add_oauth2_extension(ConfigBuilder& config, const ir::KymaPipeline& pipeline) {
  if (!pipeline.output.oauth2) return;
  const model::KymaOAuth2& oauth2 = *pipeline.output.oauth2;
  const std::string prefix = std::string(kSpec) + "authentication.oauth2.";
  const std::pair<const char*, const model::KymaValue*> fields[] = {{"OAUTH2_TOKEN_URL", &oauth2.token_url},
                                                                    {"OAUTH2_CLIENT_ID", &oauth2.client_id},
                                                                    {"OAUTH2_CLIENT_SECRET", &oauth2.client_secret}};
  const char* field_names[] = {"tokenURL", "clientID", "clientSecret"};
  for (std::size_t i = 0; i < std::size(fields); ++i)
    if (fields[i].second->defined())
      add_env(config, pipeline, env_key(fields[i].first, pipeline), "", {{prefix + field_names[i], fields[i].second}});
  Json extension = {{"token_url", env_ref(env_key("OAUTH2_TOKEN_URL", pipeline))},
                    {"client_id", env_ref(env_key("OAUTH2_CLIENT_ID", pipeline))},
                    {"client_secret", env_ref(env_key("OAUTH2_CLIENT_SECRET", pipeline))}};
  if (!oauth2.scopes.empty()) extension["scopes"] = oauth2.scopes;
  if (!oauth2.params.empty())
    for (const auto& [key, value] : oauth2.params) extension["endpoint_params"][key] = value;
  config.add_extension(oauth2_extension_id(pipeline), std::move(extension));
}

void add_otlp_exporter(ConfigBuilder& config, const std::string& service_pipeline, const ir::KymaPipeline& pipeline,
                       const SendingQueue& queue) {
  const model::KymaOtlpOutput& output = pipeline.output;
  const std::string endpoint_env = env_key("OTLP_ENDPOINT", pipeline);
  add_env(config, pipeline, endpoint_env, output.path.empty() ? "" : "the endpoint URL with path '" + output.path + "'",
          {{std::string(kSpec) + "endpoint", &output.endpoint}});
  Json exporter = Json::object();
  if (output.path.empty()) {
    exporter["endpoint"] = env_ref(endpoint_env);
  } else {
    const char* key = pipeline.signal == ir::KymaSignal::logs      ? "logs_endpoint"
                      : pipeline.signal == ir::KymaSignal::metrics ? "metrics_endpoint"
                                                                   : "traces_endpoint";
    exporter[key] = env_ref(endpoint_env);
  }
  if (Json h = headers(config, pipeline); !h.empty()) exporter["headers"] = std::move(h);
  if (Json tls = tls_config(config, pipeline); !tls.is_null()) exporter["tls"] = std::move(tls);
  exporter["compression"] = output.compression;
  if (Json q = sending_queue(queue); !q.is_null()) exporter["sending_queue"] = std::move(q);
  exporter["retry_on_failure"] = {
      {"enabled", true}, {"initial_interval", "5s"}, {"max_interval", "30s"}, {"max_elapsed_time", "300s"}};
  if (output.oauth2) {
    exporter["auth"] = {{"authenticator", oauth2_extension_id(pipeline)}};
  }
  config.add_exporter(service_pipeline, otlp_exporter_id(pipeline), std::move(exporter));
}

}  // namespace telc::backends::kyma
