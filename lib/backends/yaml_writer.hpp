#pragma once
// Deterministic block-style YAML from JSON: keys sorted (nlohmann::json keeps them so), strings
// quoted only when a plain scalar would change meaning, "\n" line ends, a final newline.
#include <string>

#include <nlohmann/json.hpp>

namespace telc::backends {

[[nodiscard]] std::string to_yaml(const nlohmann::json& value);

/// True when `s` can be written as a plain YAML scalar and read back as the same string.
[[nodiscard]] bool is_plain_safe(const std::string& text);

}  // namespace telc::backends
