#pragma once
// Walks over a parsed expression, for the passes that read a tree without evaluating it.
#include <functional>
#include <set>
#include <string>

#include "cel/ast.hpp"

namespace telc::cel {

/// Calls `fn` on `expr` and every node below it, parents first.
void visit(const Expr& expr, const std::function<void(const Expr&)>& fn);

/// The variables `expr` reads: identifiers not bound by an enclosing macro (`x` in
/// `l.all(x, x > 0)` is not one; `l` is).
[[nodiscard]] std::set<std::string, std::less<>> free_variables(const Expr& expr);

/// Whether `expr` reads `variable` and no other: it can be evaluated with that one bound.
[[nodiscard]] bool reads_only(const Expr& expr, std::string_view variable);

}  // namespace telc::cel
