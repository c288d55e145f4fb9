#pragma once
// Credentials as the collector reads them: Kubernetes Secret keys mounted as files, or passed as
// environment variables. Names carry the policy's namespace, so two namespaces' Secrets of one
// name stay apart when several policies share one config (--merge).
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "diag/sink.hpp"
#include "ir/ir.hpp"
#include "otelcol/component_table.hpp"

namespace telc::backends::collector {

/// One key of one Secret in one namespace.
struct SecretKey {
  std::string name_space, secret, key;
};

/// `SECRET_<NAMESPACE>_<SECRET>_<KEY>`, upper case, every other character `_` (an environment
/// variable name the collector's env provider accepts).
[[nodiscard]] std::string secret_env_name(const SecretKey& ref);

/// `<mountPath>/<namespace>/<secret>/<key>`: one directory per namespace and Secret.
[[nodiscard]] std::string secret_file_path(const model::ProjectConfig& config, const SecretKey& ref);

/// The auth extension of a sink whose policy is in `name_space`, in the form `version` accepts.
[[nodiscard]] nlohmann::json auth_extension(const model::ProjectConfig& config, otelcol::Version version,
                                            const std::string& name_space, const ir::Auth& auth);

/// Reports `emit/name-collision` when two different Secret keys of the policies sharing one
/// config map to one environment variable (names differing only in `-` / `.` or case).
void check_secret_names(const model::ProjectConfig& config, const std::vector<const ir::ExportPipeline*>& policies,
                        diag::Sink& sink);

}  // namespace telc::backends::collector
