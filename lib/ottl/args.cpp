// Arguments against parameters, as pkg/ottl/functions.go binds them: positional ones in order,
// then named ones (snake_case field names) in any order; optional parameters may be left out.
// A literal is reported only when its kind can never satisfy the parameter: a GetSetter needs a
// path, a `string` parameter a string literal, a StringGetter anything but a number, bool, list
// or map literal. Paths and converter calls are left to run time.
#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "ottl/checker.hpp"

namespace telc::ottl {
namespace {

std::string_view kind_text(ArgKind kind) {
  switch (kind) {
    case ArgKind::getter: return "a value";
    case ArgKind::string_getter: return "a string value";
    case ArgKind::int_getter: return "an int value";
    case ArgKind::float_getter: return "a float value";
    case ArgKind::bool_getter: return "a bool value";
    case ArgKind::map_getter: return "a map value";
    case ArgKind::time_getter: return "a time value";
    case ArgKind::duration_getter: return "a duration value";
    case ArgKind::get_setter: return "a path";
    case ArgKind::enumeration: return "an enum symbol";
    case ArgKind::string_lit: return "a string literal";
    case ArgKind::int_lit: return "an int literal";
    case ArgKind::float_lit: return "a float literal";
    case ArgKind::bool_lit: return "a bool literal";
    case ArgKind::bytes_lit: return "a byte slice literal (0x...)";
    case ArgKind::function: return "a converter name";
  }
  return "a value";
}

bool is_literal(NodeKind kind) {
  return kind == NodeKind::string || kind == NodeKind::integer || kind == NodeKind::floating ||
         kind == NodeKind::boolean || kind == NodeKind::bytes || kind == NodeKind::list || kind == NodeKind::map ||
         kind == NodeKind::name;
}

/// Whether a getter of `kind` can never read `node` (a literal of another type).
bool getter_refuses(ArgKind kind, const Node& node) {
  const NodeKind k = node.kind;
  if (!is_literal(k) && k != NodeKind::math) return false;
  switch (kind) {
    case ArgKind::string_getter: return k != NodeKind::string;
    case ArgKind::int_getter: return k != NodeKind::integer && k != NodeKind::name && k != NodeKind::math;
    case ArgKind::float_getter: return k != NodeKind::floating && k != NodeKind::integer && k != NodeKind::math;
    case ArgKind::bool_getter: return k != NodeKind::boolean;
    case ArgKind::map_getter: return k != NodeKind::map;
    case ArgKind::time_getter:
    case ArgKind::duration_getter: return k != NodeKind::math;
    default: return false;
  }
}

/// Whether a literal parameter of `kind` refuses `node`.
bool literal_refuses(ArgKind kind, const Node& node) {
  switch (kind) {
    case ArgKind::get_setter: return node.kind != NodeKind::path;
    case ArgKind::string_lit: return node.kind != NodeKind::string;
    case ArgKind::int_lit: return node.kind != NodeKind::integer;
    case ArgKind::float_lit: return node.kind != NodeKind::floating && node.kind != NodeKind::integer;
    case ArgKind::bool_lit: return node.kind != NodeKind::boolean;
    case ArgKind::bytes_lit: return node.kind != NodeKind::bytes;
    case ArgKind::enumeration:
    case ArgKind::function: return node.kind != NodeKind::name;
    default: return getter_refuses(kind, node);
  }
}

void one_value(Checker& checker, const Node& call, const Param& param, const Node& arg) {
  if (literal_refuses(param.kind, arg)) {
    checker.report(
        "ottl/argument", arg.begin, arg.end,
        fmt::format("argument '{}' of {} must be {}, found {}", param.name, call.text, kind_text(param.kind),
                    describe(arg)),
        param.kind == ArgKind::string_lit && arg.kind == NodeKind::path
            ? std::optional<std::string>("this parameter is read when the statement is parsed; write a quoted string")
            : std::nullopt);
    return;
  }
  if (param.kind == ArgKind::function) {
    checker.converter_reference(arg);
  } else {
    checker.value(arg);
  }
}

void one_argument(Checker& checker, const Node& call, const Param& param, const Node& arg) {
  if (!param.list) {
    one_value(checker, call, param, arg);
    return;
  }
  if (arg.kind != NodeKind::list) {
    if (is_literal(arg.kind) || arg.kind == NodeKind::path || arg.kind == NodeKind::call) {
      checker.report("ottl/argument", arg.begin, arg.end,
                     fmt::format("argument '{}' of {} must be a list literal [...], found {}", param.name, call.text,
                                 describe(arg)),
                     "write [x] for a single element");
    }
    checker.value(arg);
    return;
  }
  for (const NodePtr& element : arg.kids) one_value(checker, call, param, *element);
}

/// A name as iancoleman/strcase.ToCamel spells it: pkg/ottl looks a named argument up as the
/// Arguments struct field ToCamel(name), so `resolve_conflicts`, `resolveConflicts` and
/// `ResolveConflicts` all name the same parameter.
std::string to_camel(std::string_view name) {
  std::string out;
  bool upper = true;
  for (const char c : name) {
    if (c == '_' || c == '-' || c == '.' || c == ' ') {
      upper = true;
      continue;
    }
    const bool lower_letter = c >= 'a' && c <= 'z';
    out += upper && lower_letter ? static_cast<char>(c - 'a' + 'A') : c;
    upper = c >= '0' && c <= '9';  // strcase capitalises the letter after a digit
  }
  return out;
}

/// Matches arguments to parameters; returns, per parameter, the argument bound to it.
std::vector<const Node*> bind(Checker& checker, const Node& call, const Function& function) {
  std::vector<const Node*> bound(function.params.size(), nullptr);
  bool named_seen = false;
  std::size_t position = 0;
  for (const NodePtr& arg : call.kids) {
    if (arg->label.empty()) {
      if (named_seen) {
        checker.report("ottl/argument", arg->begin, arg->end, "positional argument after a named one",
                       "put named arguments last");
      } else if (position >= function.params.size()) {
        checker.report("ottl/arity", arg->begin, arg->end,
                       fmt::format("{} takes at most {} argument{}, got {}", call.text, function.params.size(),
                                   function.params.size() == 1 ? "" : "s", call.kids.size()),
                       "remove the extra arguments");
      } else {
        bound[position] = arg.get();
      }
      ++position;
      continue;
    }
    named_seen = true;
    const std::string wanted = to_camel(arg->label);
    std::size_t i = 0;
    while (i < function.params.size() && to_camel(function.params[i].name) != wanted) ++i;
    const std::size_t label_end = arg->label_begin + arg->label.size() - 1;
    if (i == function.params.size()) {
      std::vector<std::string> names;
      for (const Param& p : function.params) names.emplace_back(p.name);
      checker.report("ottl/argument", arg->label_begin, label_end,
                     fmt::format("{} has no parameter '{}'", call.text, arg->label), suggest(arg->label, names));
    } else if (bound[i] != nullptr) {
      checker.report("ottl/argument", arg->label_begin, label_end,
                     fmt::format("parameter '{}' of {} is given twice", arg->label, call.text), std::nullopt);
    } else {
      bound[i] = arg.get();
    }
  }
  return bound;
}

}  // namespace

void check_arguments(Checker& checker, const Node& call, const Function& function) {
  const std::vector<const Node*> bound = bind(checker, call, function);
  std::size_t required = 0;
  for (const Param& p : function.params) required += p.optional ? 0 : 1;
  bool missing_reported = false;
  for (std::size_t i = 0; i < function.params.size(); ++i) {
    const Param& p = function.params[i];
    if (bound[i] != nullptr) {
      one_argument(checker, call, p, *bound[i]);
    } else if (!p.optional && !missing_reported) {
      missing_reported = true;
      checker.report(
          "ottl/arity", call.begin, call.end,
          fmt::format("{} needs {} argument{}; '{}' is missing", call.text, required, required == 1 ? "" : "s", p.name),
          fmt::format("the parameters are ({})", [&] {
            std::string out;
            for (const Param& q : function.params) {
              if (!out.empty()) out += ", ";
              out += q.optional ? fmt::format("Optional[{}]", q.name) : std::string(q.name);
            }
            return out;
          }()));
    }
  }
  // Arguments bound to nothing (extra or misnamed) are still walked for paths and calls.
  for (const NodePtr& arg : call.kids) {
    if (std::find(bound.begin(), bound.end(), arg.get()) == bound.end()) checker.value(*arg);
  }
}

}  // namespace telc::ottl
