// The reference's post-expansion passes: removeParensExpr, simplifyConstants and
// checkSupportedFunctions, plus the regexp check used while expanding selectors.
#include <cmath>
#include <limits>
#include <string>
#include <unordered_map>

#include <fmt/format.h>
#include <re2/re2.h>

#include "metricsql/expand.hpp"
#include "metricsql/functions.hpp"
#include "metricsql/go_math.hpp"
#include "metricsql/syntax_error.hpp"

namespace telc::metricsql {
namespace {

template <typename T> T* make_from(std::pmr::memory_resource* arena, const Expr& from) {
  void* p = arena->allocate(sizeof(T), alignof(T));
  T* node = new (p) T(arena);
  node->begin = from.begin;
  node->end = from.end;
  return node;
}

bool is_comparison(std::string_view op) {
  return op == "==" || op == "!=" || op == ">" || op == "<" || op == ">=" || op == "<=";
}

bool compare(std::string_view op, double label, double result) {
  if (op == "==") return std::isnan(label) ? std::isnan(result) : label == result;
  if (op == "!=") return std::isnan(label) ? !std::isnan(result) : (std::isnan(result) || label != result);
  if (op == ">") return label > result;
  if (op == "<") return label < result;
  if (op == ">=") return label >= result;
  return label <= result;
}

double arithmetic(std::string_view op, double label, double result) {
  if (op == "+") return label + result;
  if (op == "-") return label - result;
  if (op == "*") return label * result;
  if (op == "/") return label / result;
  if (op == "%") return std::fmod(label, result);
  if (op == "atan2") return go_atan2(label, result);
  if (op == "^") return std::isnan(label) ? kNaN : go_pow(label, result);
  if (op == "and") return (std::isnan(label) || std::isnan(result)) ? kNaN : label;
  if (op == "or") return std::isnan(label) ? result : label;
  if (op == "default") return std::isnan(label) ? result : label;
  if (op == "if") return std::isnan(result) ? kNaN : label;
  if (op == "ifnot") return std::isnan(result) ? label : kNaN;
  return kNaN;  // unless
}

double eval_numbers(const BinaryExpr& be, double label, double result) {
  if (!is_comparison(be.op)) {
    return arithmetic(be.op, label, result);
  }
  const bool ok = compare(be.op, label, result);
  if (be.bool_modifier) {
    return ok ? 1 : 0;
  }
  return ok ? label : kNaN;
}

bool compare_strings(std::string_view op, std::string_view label, std::string_view result) {
  if (op == "==") return label == result;
  if (op == "!=") return label != result;
  if (op == ">") return label > result;
  if (op == "<") return label < result;
  if (op == ">=") return label >= result;
  return label <= result;
}

Expr* number(std::pmr::memory_resource* arena, const Expr& from, double value) {
  auto* n = make_from<NumberExpr>(arena, from);
  n->value = value;
  return n;
}

Expr* fold_binary(std::pmr::memory_resource* arena, BinaryExpr& be) {
  be.left = simplify_constants(arena, be.left);
  be.right = simplify_constants(arena, be.right);
  if (be.left->kind == ExprKind::number && be.right->kind == ExprKind::number) {
    return number(arena, be, eval_numbers(be, as<NumberExpr>(*be.left).value, as<NumberExpr>(*be.right).value));
  }
  if (be.left->kind != ExprKind::string || be.right->kind != ExprKind::string) {
    return &be;
  }
  const auto& l = as<StringExpr>(*be.left).value;
  const auto& r = as<StringExpr>(*be.right).value;
  if (be.op == "+") {
    auto* s = make_from<StringExpr>(arena, be);
    s->value = l;
    s->value += r;
    return s;
  }
  if (!is_comparison(be.op)) {
    return &be;
  }
  const bool ok = compare_strings(be.op, l, r);
  return number(arena, be, ok ? 1 : (be.bool_modifier ? 0 : kNaN));
}

void remove_parens_in(std::pmr::memory_resource* arena, Vector<Expr*>& args) {
  for (Expr*& arg : args) {
    arg = remove_parens(arena, arg);
  }
}

}  // namespace

Expr* remove_parens(std::pmr::memory_resource* arena, Expr* expr) {
  switch (expr->kind) {
    case ExprKind::rollup: {
      auto& r = as<RollupExpr>(*expr);
      r.expr = remove_parens(arena, r.expr);
      r.at = r.at != nullptr ? remove_parens(arena, r.at) : nullptr;
      return expr;
    }
    case ExprKind::binary: {
      auto& be = as<BinaryExpr>(*expr);
      be.left = remove_parens(arena, be.left);
      be.right = remove_parens(arena, be.right);
      return expr;
    }
    case ExprKind::aggregate: remove_parens_in(arena, as<AggrExpr>(*expr).args); return expr;
    case ExprKind::function: remove_parens_in(arena, as<FuncExpr>(*expr).args); return expr;
    case ExprKind::parens: {
      auto& p = as<ParensExpr>(*expr);
      remove_parens_in(arena, p.args);
      if (p.args.size() == 1) {
        return p.args.front();
      }
      auto* union_call = make_from<FuncExpr>(arena, p);  // `(a, b)` is the implicit union
      union_call->args = std::move(p.args);
      return union_call;
    }
    default: return expr;
  }
}

Expr* simplify_constants(std::pmr::memory_resource* arena, Expr* expr) {
  switch (expr->kind) {
    case ExprKind::rollup: {
      auto& r = as<RollupExpr>(*expr);
      r.expr = simplify_constants(arena, r.expr);
      r.at = r.at != nullptr ? simplify_constants(arena, r.at) : nullptr;
      return expr;
    }
    case ExprKind::aggregate:
      for (Expr*& arg : as<AggrExpr>(*expr).args) {
        arg = simplify_constants(arena, arg);
      }
      return expr;
    case ExprKind::function:
      for (Expr*& arg : as<FuncExpr>(*expr).args) {
        arg = simplify_constants(arena, arg);
      }
      return expr;
    case ExprKind::binary: return fold_binary(arena, as<BinaryExpr>(*expr));
    default: return expr;
  }
}

std::optional<SyntaxError> first_unsupported_function(const Expr& expr) {
  std::optional<SyntaxError> found;
  const auto visit = [&found](const Expr* child) {
    if (!found) found = first_unsupported_function(*child);
  };
  switch (expr.kind) {
    case ExprKind::binary:
      visit(as<BinaryExpr>(expr).left);
      visit(as<BinaryExpr>(expr).right);
      return found;
    case ExprKind::aggregate:
      for (const Expr* arg : as<AggrExpr>(expr).args) visit(arg);
      return found;
    case ExprKind::rollup:
      visit(as<RollupExpr>(expr).expr);
      if (as<RollupExpr>(expr).at != nullptr) visit(as<RollupExpr>(expr).at);
      return found;
    case ExprKind::function: break;
    default: return found;
  }
  const auto& f = as<FuncExpr>(expr);
  for (const Expr* arg : f.args) visit(arg);
  if (!found && !is_supported_function(f.name)) {
    found = SyntaxError{f.begin, f.begin + (f.name.empty() ? 0 : f.name.size() - 1),
                        fmt::format("unsupported function '{}'", f.name), std::nullopt};
  }
  return found;
}

bool is_valid_regexp(const std::string& re) {
  // The reference caches compiled regexps too; the cache is bounded so memory stays flat.
  thread_local std::unordered_map<std::string, bool> cache;
  if (const auto it = cache.find(re); it != cache.end()) {
    return it->second;
  }
  if (cache.size() > 4096) {
    cache.clear();
  }
  RE2::Options options;
  options.set_log_errors(false);
  const RE2 compiled("^(?:" + re + ")$", options);
  return cache.emplace(re, compiled.ok()).first->second;
}

}  // namespace telc::metricsql
