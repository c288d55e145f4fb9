#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace telc::schema {

struct YamlErrorText {
  std::string message;
  std::optional<std::string> hint;
};

/// A clearer message and a hint for a yaml-cpp parser message (its own text is terse).
[[nodiscard]] YamlErrorText explain_yaml_error(std::string_view yaml_cpp_message);

}  // namespace telc::schema
