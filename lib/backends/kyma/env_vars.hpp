#pragma once
// Where each ${VAR} of a Kyma config comes from. The manager resolves pipeline values and Secret
// keys when it reconciles and hands them to the collector as environment variables; telc writes
// the same references and, instead of values, this record of their sources (secret-keys.yaml).
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/kyma.hpp"

namespace telc::backends::kyma {

struct EnvSource {
  std::string field;  // e.g. spec.output.otlp.authentication.basic.user
  const model::KymaValue* value = nullptr;
};

struct EnvVar {
  std::string name;
  std::string pipeline;  // Kind/name
  std::string format;    // how the sources are combined, e.g. "Basic base64(user:password)"; empty = as is
  std::vector<EnvSource> sources;
};

class EnvVars {
 public:
  void add(EnvVar var);
  [[nodiscard]] const std::vector<EnvVar>& vars() const { return vars_; }
  /// The manifest entry of one config: its variables by name, each with its pipeline, format and
  /// sources (a Secret's name, namespace and key, or "pipeline value"); never a value.
  [[nodiscard]] nlohmann::json manifest() const;

 private:
  std::vector<EnvVar> vars_;  // sorted by name, unique
};

}  // namespace telc::backends::kyma
