#pragma once
// The functions and variables an alert template can use: Go's text/template builtins and what
// Prometheus (template/template.go, NewTemplateExpander) or vmalert (app/vmalert/templates) add.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace telc::gotemplate {

/// The Prometheus release whose template functions functions.cpp lists.
inline constexpr std::string_view kPrometheusVersion = "v3.14.0";
/// The vmalert release whose template functions and variables functions.cpp lists.
inline constexpr std::string_view kVmalertVersion = "v1.150.0";

/// Who expands the template: a PrometheusRule is Prometheus's, a VMRule vmalert's, and a plain rule
/// file may be either's (what one of them accepts is accepted).
enum class Engine : std::uint8_t { prometheus, vmalert, either };

/// Every function name the engine knows, sorted.
[[nodiscard]] std::span<const std::string> function_names(Engine engine = Engine::prometheus);

[[nodiscard]] bool is_function(std::string_view name, Engine engine = Engine::prometheus);

/// The variables the engine defines before the template (its preamble), `$` first.
[[nodiscard]] std::span<const std::string> preamble(Engine engine = Engine::prometheus);

}  // namespace telc::gotemplate
