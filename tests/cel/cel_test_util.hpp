#pragma once
// Helpers for the CEL tests: an EmbeddedText for an expression that is a whole "file", and the
// compact one-line rendering of its diagnostics.
#include <string>
#include <string_view>

#include "cel/check.hpp"
#include "cel/eval.hpp"
#include "diag/embedded_text.hpp"
#include "diag/sink.hpp"

namespace telc::cel::test {

/// Byte i of `text` maps to its line and column (columns count code points, from 1).
[[nodiscard]] diag::EmbeddedText embedded(std::string_view text);

/// "line:col-end_col severity code: message" per diagnostic, then "  hint: ..." when there is one.
[[nodiscard]] std::string render(const diag::Sink& sink);

/// Parses and checks `expr` in `env`, returning the rendered diagnostics.
[[nodiscard]] std::string diagnose(std::string_view expr, const Environment& env,
                                   Expectation expect = Expectation::any);

/// print(parse(expr)), or "error: <message>" when it does not parse.
[[nodiscard]] std::string canonical(std::string_view expr);

/// to_display(evaluate(parse(expr))), or "parse error: <message>".
[[nodiscard]] std::string evaluated(std::string_view expr, const Activation& activation = {},
                                    const EvalLimits& limits = {});

/// The variables of a ResourceFields policy over a Deployment-like object, and of a DataPlane
/// transform over one sample: `resource`, `item` (its first container), `value`, `attributes`.
[[nodiscard]] Activation policy_activation();

}  // namespace telc::cel::test
