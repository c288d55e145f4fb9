#include "backends/kyma/env_vars.hpp"

#include <algorithm>

namespace telc::backends::kyma {

void EnvVars::add(EnvVar var) {
  auto at = std::lower_bound(vars_.begin(), vars_.end(), var.name,
                             [](const EnvVar& existing, const std::string& name) { return existing.name < name; });
  if (at != vars_.end() && at->name == var.name) {
    *at = std::move(var);  // as the manager's map: the last writer wins
    return;
  }
  vars_.insert(at, std::move(var));
}

nlohmann::json EnvVars::manifest() const {
  nlohmann::json out = nlohmann::json::object();
  for (const EnvVar& var : vars_) {
    nlohmann::json entry = {{"pipeline", var.pipeline}};
    if (!var.format.empty()) entry["format"] = var.format;
    nlohmann::json& from = entry["from"] = nlohmann::json::array();
    for (const EnvSource& source : var.sources) {
      nlohmann::json item = {{"field", source.field}};
      if (source.value != nullptr && source.value->secret) {
        const model::KymaSecretKeyRef& ref = *source.value->secret;
        item["secretKeyRef"] = {{"name", ref.name.value}, {"namespace", ref.name_space.value}, {"key", ref.key.value}};
      } else {
        item["value"] = "written in the pipeline";
      }
      from.push_back(std::move(item));
    }
    out[var.name] = std::move(entry);
  }
  return out;
}

}  // namespace telc::backends::kyma
