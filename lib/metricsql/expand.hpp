#pragma once
// WITH template expansion and label-filter finalisation (the reference's expandWithExpr),
// then removal of parentheses, constant folding and the function-name check.
#include <memory_resource>
#include <optional>

#include "metricsql/ast.hpp"
#include "metricsql/syntax_error.hpp"

namespace telc::metricsql {

/// Expands `expr` with the built-in and user templates; nullptr with `error` set if it cannot.
[[nodiscard]] Expr* expand_with(std::pmr::memory_resource* arena, Expr* expr, std::optional<SyntaxError>& error);
/// `(x)` becomes x and `(a, b)` an unnamed function call.
[[nodiscard]] Expr* remove_parens(std::pmr::memory_resource* arena, Expr* expr);
/// Folds number/number and string/string operations.
[[nodiscard]] Expr* simplify_constants(std::pmr::memory_resource* arena, Expr* expr);
/// The first call (innermost, leftmost) of a function v0.87.0 does not know. Returned, not
/// thrown: unknown functions are the commonest rejection, and a throw costs more than the parse.
[[nodiscard]] std::optional<SyntaxError> first_unsupported_function(const Expr& expr);
/// Whether `re` compiles as an anchored Go (RE2) regular expression.
[[nodiscard]] bool is_valid_regexp(const std::string& re);

}  // namespace telc::metricsql
