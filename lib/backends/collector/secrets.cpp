#include "backends/collector/secrets.hpp"

#include <cctype>
#include <map>

#include <fmt/format.h>

namespace telc::backends::collector {
namespace {

using Json = nlohmann::json;

/// basicauth's client_auth reads username_file / password_file (and watches them) from contrib
/// 0.147.0; older releases reject the keys.
constexpr otelcol::Version kBasicAuthFiles{0, 147, 0};

bool file_mode(const model::ProjectConfig& config) { return config.secrets_mode != "env"; }

/// A Secret key as a string value: an env reference, or (file mode) a confmap `file` provider
/// reference, which every distribution includes and which yields the file's bytes verbatim for
/// a string field.
std::string value_ref(const model::ProjectConfig& config, const SecretKey& ref) {
  if (!file_mode(config)) return "${env:" + secret_env_name(ref) + "}";
  return "${file:" + secret_file_path(config, ref) + "}";
}

std::vector<SecretKey> keys_of(const std::string& name_space, const ir::Auth& auth) {
  if (auth.kind == ir::Auth::Kind::basic)
    return {{name_space, auth.secret, "username"}, {name_space, auth.secret, "password"}};
  if (auth.kind == ir::Auth::Kind::bearer) return {{name_space, auth.secret, auth.key}};
  return {};
}

std::string describe(const SecretKey& ref) {
  return fmt::format("{}/{} key '{}'", ref.name_space, ref.secret, ref.key);
}

}  // namespace

std::string secret_env_name(const SecretKey& ref) {
  std::string out = "SECRET_" + ref.name_space + "_" + ref.secret + "_" + ref.key;
  for (char& c : out) c = std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::toupper(c)) : '_';
  return out;
}

std::string secret_file_path(const model::ProjectConfig& config, const SecretKey& ref) {
  return config.secrets_mount_path + "/" + ref.name_space + "/" + ref.secret + "/" + ref.key;
}

Json auth_extension(const model::ProjectConfig& config, otelcol::Version version, const std::string& name_space,
                    const ir::Auth& auth) {
  if (auth.kind == ir::Auth::Kind::bearer) {
    const SecretKey token{name_space, auth.secret, auth.key};
    return file_mode(config) ? Json{{"filename", secret_file_path(config, token)}}
                             : Json{{"token", value_ref(config, token)}};
  }
  const SecretKey user{name_space, auth.secret, "username"}, pass{name_space, auth.secret, "password"};
  if (file_mode(config) && version >= kBasicAuthFiles)
    return {{"client_auth",
             {{"username_file", secret_file_path(config, user)}, {"password_file", secret_file_path(config, pass)}}}};
  return {{"client_auth", {{"username", value_ref(config, user)}, {"password", value_ref(config, pass)}}}};
}

void check_secret_names(const model::ProjectConfig& config, const std::vector<const ir::ExportPipeline*>& policies,
                        diag::Sink& sink) {
  if (file_mode(config)) return;  // paths keep every part apart
  std::map<std::string, SecretKey> seen;
  for (const ir::ExportPipeline* p : policies)
    for (const ir::ExportSink& k : p->sinks)
      for (const SecretKey& ref : keys_of(p->name_space, k.auth)) {
        const auto [it, added] = seen.emplace(secret_env_name(ref), ref);
        const SecretKey& first = it->second;
        if (added || (first.name_space == ref.name_space && first.secret == ref.secret && first.key == ref.key))
          continue;
        sink.report({diag::Severity::error,
                     "emit/name-collision",
                     fmt::format("{} and {} would both be read from ${} in one collector config", describe(first),
                                 describe(ref), it->first),
                     k.provenance,
                     "rename one Secret or key, or compile the policies without --merge",
                     {}});
      }
}

}  // namespace telc::backends::collector
