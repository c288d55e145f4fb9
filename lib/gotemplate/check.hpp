#pragma once
// The Go text/template front end for Prometheus alert templates: check() parses one template the
// way Go's text/template parser does and checks its function and variable names the way
// Prometheus runs it (its template functions, and the variables of the preamble it prepends).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/embedded_text.hpp"
#include "diag/sink.hpp"
#include "gotemplate/functions.hpp"

namespace telc::gotemplate {

/// One problem; offsets are bytes in the template text, `end` inclusive. At the end of the text
/// both are the text's size.
struct Error {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string code;     // template/syntax, template/unknown-function, ...
  std::string message;  // one line, lowercase start, no trailing period
  std::optional<std::string> hint;
};

/// The longest template check() accepts, in bytes, and how deeply control structures and
/// parentheses may nest.
inline constexpr std::size_t kMaxBytes = 1 << 20;
inline constexpr std::size_t kMaxNesting = 100;

/// Parses and checks one alert template (an annotation or label value). The errors come in source
/// order; at most one is template/syntax, since the first syntax error ends the parse. Rejections
/// never throw; any other exception is a telc bug and propagates.
[[nodiscard]] std::vector<Error> check(std::string_view text, Engine engine = Engine::prometheus);

/// Reports every error (severity error, its code) at its span inside `where`.
void report(const std::vector<Error>& errors, const diag::EmbeddedText& where, diag::Sink& sink);

}  // namespace telc::gotemplate
