#pragma once
// WITH template expansion and label-filter finalisation (the reference's expandWithExpr),
// then removal of parentheses, constant folding and the function-name check.
#include <memory_resource>

#include "metricsql/ast.hpp"

namespace telc::metricsql {

/// Expands `e` with the built-in and user templates; throws SyntaxError.
[[nodiscard]] Expr* expand_with(std::pmr::memory_resource* arena, Expr* expr);
/// `(x)` becomes x and `(a, b)` an unnamed function call.
[[nodiscard]] Expr* remove_parens(std::pmr::memory_resource* arena, Expr* expr);
/// Folds number/number and string/string operations.
[[nodiscard]] Expr* simplify_constants(std::pmr::memory_resource* arena, Expr* expr);
/// Throws SyntaxError for the first call of a function v0.87.0 does not know.
void check_supported_functions(const Expr& expr);
/// Whether `re` compiles as an anchored Go (RE2) regular expression.
[[nodiscard]] bool is_valid_regexp(const std::string& re);

}  // namespace telc::metricsql
