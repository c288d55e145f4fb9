#pragma once
// The CEL checker: names, arities and the type errors that can be decided without running the
// expression. It is conservative: `dyn` (the control-plane object, attribute values) accepts
// everything, and nothing is reported that could succeed at run time.
#include <span>
#include <string_view>

#include "cel/ast.hpp"
#include "cel/environment.hpp"
#include "cel/parse.hpp"
#include "diag/embedded_text.hpp"
#include "diag/sink.hpp"

namespace telc::cel {

/// Reports cel/unknown-variable, cel/unknown-function, cel/unknown-type, cel/arity and cel/type
/// (errors) at the offending identifier, call or operand inside `where`.
void check(const Expr& expr, const Environment& env, Expectation expect, const diag::EmbeddedText& where,
           diag::Sink& sink);

/// The static type of `e`, reporting like check() does (no expectation).
[[nodiscard]] Type type_of(const Expr& expr, const Environment& env, const diag::EmbeddedText& where, diag::Sink& sink);

/// Parses, reports a syntax error or checks; the result owns the tree for later stages.
[[nodiscard]] ParseResult parse_and_check(std::string_view expr, const Environment& env, Expectation expect,
                                          const diag::EmbeddedText& where, diag::Sink& sink);

}  // namespace telc::cel
