#pragma once
// The functions a Prometheus alert template can call: Go's text/template builtins and the
// functions Prometheus adds (template/template.go, NewTemplateExpander), with their sources.
#include <span>
#include <string>
#include <string_view>

namespace telc::gotemplate {

/// The Prometheus release whose template functions functions.cpp lists.
inline constexpr std::string_view kPrometheusVersion = "v3.14.0";

/// Every function name, sorted.
[[nodiscard]] std::span<const std::string> function_names();

[[nodiscard]] bool is_function(std::string_view name);

}  // namespace telc::gotemplate
