#pragma once
// Recorded inside the module only (grammar, actions, expansion); parse() turns it into a ParseError.
#include <cstddef>
#include <optional>
#include <string>

namespace telc::metricsql {

/// Limits that keep recursion bounded (no stack overflow on hostile input).
inline constexpr int kMaxNesting = 200;
inline constexpr int kMaxBinaryOperators = 2000;
inline constexpr std::size_t kMaxQueryBytes = 1 << 20;

struct SyntaxError {
  std::size_t begin = 0;
  std::size_t end = 0;  // inclusive
  std::string message;
  std::optional<std::string> hint;
};

}  // namespace telc::metricsql
