// Calls and macros: names and call styles against functions.cpp, arities, the receiver's type.
#include <fmt/format.h>

#include "cel/checker.hpp"
#include "diag/spelling.hpp"

namespace telc::cel {
namespace {

constexpr std::string_view kNamespaces[] = {"base64", "lists", "math", "strings"};

bool is_namespace(std::string_view name) {
  for (std::string_view n : kNamespaces) {
    if (n == name) return true;
  }
  return false;
}

std::string arity_text(const Function& function) {
  if (function.max_args == kVariadic) return fmt::format("at least {}", function.min_args);
  if (function.min_args == function.max_args) return fmt::format("{}", function.min_args);
  if (function.max_args == function.min_args + 1) return fmt::format("{} or {}", function.min_args, function.max_args);
  return fmt::format("{} to {}", function.min_args, function.max_args);
}

std::string root_of(const std::string& qualified) { return qualified.substr(0, qualified.find('.')); }

}  // namespace

Type Checker::call(const Call& node) {
  // A macro name the parser did not expand has the wrong shape: only its arity is reported,
  // since its arguments (a variable to bind, a predicate) mean nothing on their own.
  const Function* named = find_function(node.function);
  std::vector<Type> args;
  for (const ExprPtr& a : node.args) args.push_back(named != nullptr && named->macro ? Type::dyn : check(*a));
  if (!node.target) return global_call(node, node.function, std::move(args));
  // `math.greatest(...)`: a namespaced global, unless the namespace is a variable.
  if (const auto q = qualified_name(*node.target); q && !in_scope(root_of(*q)) && env_.find(root_of(*q)) == nullptr) {
    const std::string full = *q + "." + node.function;
    const Function* f = find_function(full);
    if (f != nullptr && f->style == CallStyle::global) return global_call(node, full, std::move(args));
    if (is_namespace(root_of(*q))) {
      unknown_function(node, full, false);
      return Type::dyn;
    }
  }
  const Type receiver = check(*node.target);
  return method_call(node, receiver);
}

Type Checker::global_call(const Call& call, std::string_view name, std::vector<Type> args) {
  const Function* f = find_function(name);
  if (f == nullptr) {
    unknown_function(call, name, false);
    return Type::dyn;
  }
  if (!allows(*f, false)) {
    error("cel/unknown-function", call.name_begin, call.name_end,
          fmt::format("'{}' is a method, not a global function", name),
          fmt::format("call it on its receiver: x.{}(...)", name));
    return f->result;
  }
  if (args.empty()) return apply(call, *f, true, std::nullopt, nullptr);
  return apply(call, *f, true, args.front(), call.args.front().get());
}

Type Checker::method_call(const Call& call, Type receiver) {
  const Function* f = find_function(call.function);
  if (f == nullptr) {
    unknown_function(call, call.function, true);
    return Type::dyn;
  }
  if (!allows(*f, true)) {
    error("cel/unknown-function", call.name_begin, call.name_end,
          fmt::format("'{}' is a global function, not a method", call.function),
          fmt::format("call it with the receiver as its argument: {}(x)", call.function));
    return f->result;
  }
  return apply(call, *f, false, receiver, call.target.get());
}

Type Checker::apply(const Call& call, const Function& function, bool global_form, std::optional<Type> operand,
                    const Expr* operand_expr) {
  Function shape = function;
  if (global_form && function.style == CallStyle::both) ++shape.min_args, ++shape.max_args;
  const std::size_t n = call.args.size();
  const bool plural = shape.min_args != 1 || (shape.max_args != 1 && shape.max_args != kVariadic);
  if (n < shape.min_args || (shape.max_args != kVariadic && n > shape.max_args)) {
    error("cel/arity", call.name_begin, call.name_end,
          fmt::format("'{}' takes {} argument{}, found {}", function.name, arity_text(shape), plural ? "s" : "", n));
    return function.result;
  }
  if (operand && operand_expr != nullptr && !may_be(*operand, function.operand)) {
    type_error(*operand_expr, fmt::format("'{}' {} {}; it takes {}", function.name,
                                          global_form ? "cannot take" : "cannot be called on", with_article(*operand),
                                          describe(function.operand)));
    return function.result;
  }
  if (function.same_as_operand && operand && *operand != Type::dyn) return *operand;
  return function.result;
}

void Checker::unknown_function(const Call& call, std::string_view name, bool receiver) {
  std::vector<std::string> names;
  for (const Function& f : all_functions()) {
    if (allows(f, receiver)) names.emplace_back(f.name);
  }
  std::optional<std::string> hint;
  if (auto near = diag::closest(name, names)) hint = fmt::format("did you mean '{}'?", *near);
  const std::size_t begin = (!receiver && call.target) ? call.target->begin : call.name_begin;
  error("cel/unknown-function", begin, call.name_end, fmt::format("unknown function '{}'", name), std::move(hint));
}

Type Checker::macro(const Macro& node) {
  if (node.macro != MacroKind::has) return comprehension(node);
  const auto& field = as<Select>(*node.target);
  const Type t = check(*field.operand);
  if (!may_be(t, bit(Type::map))) {
    type_error(*field.operand, fmt::format("has() tests a field of a map or message, found {}", with_article(t)));
  }
  return Type::boolean;
}

Type Checker::comprehension(const Macro& node) {
  const std::string_view name = to_string(node.macro);
  const TypeSet ranges = node.macro == MacroKind::sort_by ? bit(Type::list) : set_of(Type::list, Type::map);
  const Type t = check(*node.target);
  if (!may_be(t, ranges)) {
    type_error(*node.target, fmt::format("'{}' iterates over {}, found {}", name, describe(ranges), with_article(t)));
  }
  scope_.push_back(node.var);
  const bool predicate = node.macro != MacroKind::sort_by && (node.macro != MacroKind::map || node.body.size() == 2);
  for (std::size_t i = 0; i < node.body.size(); ++i) {
    const Type b = check(*node.body[i]);
    if (predicate && i == 0) require(*node.body[i], b, bit(Type::boolean), fmt::format("the predicate of '{}'", name));
  }
  scope_.pop_back();
  const bool boolean =
      node.macro == MacroKind::all || node.macro == MacroKind::exists || node.macro == MacroKind::exists_one;
  return boolean ? Type::boolean : Type::list;
}

}  // namespace telc::cel
