#pragma once
// `${…}` references the collector's confmap resolver expands, and its `$$` escape
// (core confmap/resolver.go, confmap/internal/envvar/pattern.go, provider READMEs).
#include <string>
#include <string_view>

namespace telc::otelcol {

/// True when the whole value is one reference that reads the environment or a file
/// (`${env:X}`, `${X}`, `${file:/p}`): how a credential should be written.
[[nodiscard]] bool is_secret_reference(std::string_view value);

/// True when the value contains a reference, so its final text is only known at run time.
[[nodiscard]] bool has_reference(std::string_view value);

/// What is wrong with the inside of `${…}` ("" when nothing is), and a hint.
struct RefProblem {
  std::string message;
  std::string hint;
};
[[nodiscard]] RefProblem reference_problem(std::string_view inside);

}  // namespace telc::otelcol
