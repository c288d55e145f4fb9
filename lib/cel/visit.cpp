#include "cel/visit.hpp"

#include <algorithm>
#include <vector>

namespace telc::cel {
namespace {

void children(const Expr& expr, const std::function<void(const Expr&)>& fn) {
  auto each = [&](const ExprPtr& child) {
    if (child) fn(*child);
  };
  switch (expr.kind) {
    case ExprKind::select: return each(as<Select>(expr).operand);
    case ExprKind::index: each(as<Index>(expr).operand); return each(as<Index>(expr).index);
    case ExprKind::unary: return each(as<Unary>(expr).operand);
    case ExprKind::binary: each(as<Binary>(expr).lhs); return each(as<Binary>(expr).rhs);
    case ExprKind::list:
      for (const auto& c : as<List>(expr).elements) each(c);
      return;
    case ExprKind::message:
      for (const auto& c : as<Message>(expr).fields) each(c.value);
      return;
    case ExprKind::map:
      for (const auto& c : as<Map>(expr).entries) each(c.key), each(c.value);
      return;
    case ExprKind::call:
      each(as<Call>(expr).target);
      for (const auto& a : as<Call>(expr).args) each(a);
      return;
    case ExprKind::conditional: {
      const auto& k = as<Conditional>(expr);
      return each(k.cond), each(k.then), each(k.otherwise);
    }
    case ExprKind::macro:
      each(as<Macro>(expr).target);
      for (const auto& b : as<Macro>(expr).body) each(b);
      return;
    case ExprKind::literal:
    case ExprKind::ident: return;
  }
}

void collect(const Expr& expr, std::vector<std::string_view>& bound, std::set<std::string, std::less<>>& out) {
  if (const auto* id = if_as<Ident>(expr)) {
    if (std::find(bound.begin(), bound.end(), id->name) == bound.end()) out.insert(id->name);
    return;
  }
  const auto* m = if_as<Macro>(expr);
  if (m == nullptr || m->macro == MacroKind::has) {
    children(expr, [&](const Expr& child) { collect(child, bound, out); });
    return;
  }
  if (m->target) collect(*m->target, bound, out);
  bound.push_back(m->var);  // the bound variable is visible in the body only
  for (const auto& b : m->body)
    if (b) collect(*b, bound, out);
  bound.pop_back();
}

}  // namespace

void visit(const Expr& expr, const std::function<void(const Expr&)>& fn) {
  fn(expr);
  children(expr, [&](const Expr& child) { visit(child, fn); });
}

std::set<std::string, std::less<>> free_variables(const Expr& expr) {
  std::vector<std::string_view> bound;
  std::set<std::string, std::less<>> out;
  collect(expr, bound, out);
  return out;
}

bool reads_only(const Expr& expr, std::string_view variable) {
  const auto vars = free_variables(expr);
  return vars.size() == 1 && *vars.begin() == variable;
}

}  // namespace telc::cel
