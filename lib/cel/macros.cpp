// Macro recognition at parse time, as cel-go does it: a call whose name and argument count are
// those of a macro becomes a macro node; any other call stays a call (the checker then reports
// the wrong arity against the function table).
#include <optional>

#include "cel/builder.hpp"
#include "cel/syntax_error.hpp"

namespace telc::cel {
namespace {

struct MacroShape {
  std::string_view name;
  MacroKind kind;
  std::size_t args;  // including the variable
};

// clang-format off
constexpr MacroShape kReceiverMacros[] = {
    {"all",        MacroKind::all,        2},
    {"exists",     MacroKind::exists,     2},
    {"exists_one", MacroKind::exists_one, 2},
    {"filter",     MacroKind::filter,     2},
    {"map",        MacroKind::map,        2},
    {"map",        MacroKind::map,        3},
    {"sortBy",     MacroKind::sort_by,    2},
};
// clang-format on

std::optional<MacroKind> receiver_macro(const Call& call) {
  for (const MacroShape& m : kReceiverMacros) {
    if (m.name == call.function && m.args == call.args.size()) return m.kind;
  }
  return std::nullopt;
}

std::unique_ptr<Macro> macro_from(const Call& call, MacroKind kind) {
  auto m = std::make_unique<Macro>();
  m->macro = kind;
  m->begin = call.begin;
  m->end = call.end;
  m->height = call.height;
  m->name_begin = call.name_begin;
  return m;
}

ExprPtr expand_has(std::unique_ptr<Call> call) {
  Expr& arg = *call->args.front();
  if (arg.kind != ExprKind::select) {
    throw SyntaxError(arg.begin, arg.end, "the argument of has() must be a field selection such as 'x.f'",
                      "has() tests whether a field is present; to test a map key use 'key in map'");
  }
  auto m = macro_from(*call, MacroKind::has);
  m->target = std::move(call->args.front());
  return m;
}

ExprPtr expand_comprehension(std::unique_ptr<Call> call, MacroKind kind) {
  const auto* var = if_as<Ident>(*call->args.front());
  if (var == nullptr || var->absolute) {
    const Expr& a = *call->args.front();
    throw SyntaxError(a.begin, a.end, "the first argument of '" + call->function + "' must be a variable name",
                      "for example: list." + call->function + "(x, x > 0)");
  }
  auto m = macro_from(*call, kind);
  m->var = var->name;
  m->var_begin = var->begin;
  m->target = std::move(call->target);
  for (std::size_t i = 1; i < call->args.size(); ++i) m->body.push_back(std::move(call->args[i]));
  return m;
}

}  // namespace

ExprPtr expand_macro(std::unique_ptr<Call> call) {
  if (!call->target) {
    if (call->function == "has" && call->args.size() == 1) return expand_has(std::move(call));
    return call;
  }
  if (const auto kind = receiver_macro(*call)) return expand_comprehension(std::move(call), *kind);
  return call;
}

}  // namespace telc::cel
