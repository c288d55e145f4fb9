// Function calls: the name is resolved as the checker resolves it (a namespaced global such as
// math.greatest unless the namespace is a variable), the arguments are evaluated (an error
// argument is the result), and the builtin of that name chooses its overload by the values.
// This file also holds the standard library's size, contains, startsWith, endsWith and matches.
#include <fmt/format.h>
#include <re2/re2.h>

#include <algorithm>
#include <vector>

#include "cel/checker.hpp"
#include "cel/evaluator.hpp"
#include "cel/functions.hpp"
#include "cel/value_ops.hpp"
#include "diag/utf8.hpp"

namespace telc::cel {
namespace {

// Compiled patterns kept per evaluation; a comprehension calling matches() with a constant
// pattern compiles it once.
constexpr std::size_t kMaxCachedRegexes = 64;

std::vector<Builtin> sorted_builtins() {
  std::vector<Builtin> all;
  for (const auto table : {standard_builtins(), conversion_builtins(), time_builtins(), string_builtins(),
                           math_builtins(), list_builtins()}) {
    all.insert(all.end(), table.begin(), table.end());
  }
  std::sort(all.begin(), all.end(), [](const Builtin& lhs, const Builtin& rhs) { return lhs.name < rhs.name; });
  return all;
}

const Builtin* find_builtin(std::string_view name) {
  static const std::vector<Builtin> kAll = sorted_builtins();
  const auto it = std::lower_bound(kAll.begin(), kAll.end(), name,
                                   [](const Builtin& rhs, std::string_view n) { return rhs.name < n; });
  return it != kAll.end() && it->name == name ? &*it : nullptr;
}

Value size_of(Evaluator& evaluator, std::span<const Value> args) {
  if (args.size() != 1) return no_overload("size", args);
  const Value& v = args[0];
  switch (kind_of(v)) {
    case ValueKind::string:
      evaluator.charge(v.get<std::string>()->size());
      return Value::integer(static_cast<std::int64_t>(diag::code_points(*v.get<std::string>())));
    case ValueKind::bytes: return Value::integer(static_cast<std::int64_t>(v.get<Bytes>()->data.size()));
    case ValueKind::list: return Value::integer(static_cast<std::int64_t>(items(v).size()));
    case ValueKind::map: return Value::integer(static_cast<std::int64_t>(entries(v).size()));
    default: return no_overload("size", args);
  }
}

/// contains, startsWith and endsWith: two strings, charged by their length.
template <bool (*Test)(std::string_view, std::string_view)>
Value string_test(Evaluator& evaluator, std::span<const Value> args, std::string_view name) {
  if (args.size() != 2 || kind_of(args[0]) != ValueKind::string || kind_of(args[1]) != ValueKind::string) {
    return no_overload(name, args);
  }
  const std::string& text = *args[0].get<std::string>();
  const std::string& part = *args[1].get<std::string>();
  evaluator.charge(text.size() + part.size());
  return Value::boolean(Test(text, part));
}

bool has_part(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }
bool has_prefix(std::string_view text, std::string_view part) { return text.starts_with(part); }
bool has_suffix(std::string_view text, std::string_view part) { return text.ends_with(part); }

Value contains_fn(Evaluator& ev, std::span<const Value> lhs) { return string_test<has_part>(ev, lhs, "contains"); }
Value starts_with_fn(Evaluator& ev, std::span<const Value> lhs) {
  return string_test<has_prefix>(ev, lhs, "startsWith");
}
Value ends_with_fn(Evaluator& ev, std::span<const Value> lhs) { return string_test<has_suffix>(ev, lhs, "endsWith"); }

Value matches_fn(Evaluator& evaluator, std::span<const Value> args) {
  if (args.size() != 2 || kind_of(args[0]) != ValueKind::string || kind_of(args[1]) != ValueKind::string) {
    return no_overload("matches", args);
  }
  const std::string& text = *args[0].get<std::string>();
  const std::string& pattern = *args[1].get<std::string>();
  evaluator.charge(text.size() + pattern.size());
  std::string problem;
  const re2::RE2* re = evaluator.regex(pattern, problem);
  if (re == nullptr) return Value::error(problem);
  return Value::boolean(re2::RE2::PartialMatch(text, *re));
}

constexpr Builtin kStandardBuiltins[] = {
    {"contains", contains_fn}, {"endsWith", ends_with_fn},     {"matches", matches_fn},
    {"size", size_of},         {"startsWith", starts_with_fn},
};

/// Why a call cannot be evaluated: an unknown name, a macro of the wrong shape, the wrong call
/// style, or a function of the checker's table that this evaluator does not implement.
std::optional<Value> refusal(const std::string& name, bool receiver, const Builtin* builtin) {
  const Function* declared = find_function(name);
  if (declared == nullptr && builtin == nullptr) return Value::error(fmt::format("unknown function '{}'", name));
  if (declared != nullptr && declared->macro) {
    return Value::error(fmt::format("'{}' is a macro and takes a variable and an expression", name));
  }
  if (declared != nullptr && !allows(*declared, receiver)) {
    return Value::error(fmt::format("'{}' is {}", name,
                                    receiver ? "a global function, not a method" : "a method, not a global function"));
  }
  if (builtin == nullptr) return Value::error(fmt::format("function '{}' is not supported by telc's evaluator", name));
  return std::nullopt;
}

}  // namespace

std::span<const Builtin> standard_builtins() { return kStandardBuiltins; }

const re2::RE2* Evaluator::regex(const std::string& pattern, std::string& problem) {
  if (const auto it = regexes_.find(pattern); it != regexes_.end()) return it->second.get();
  re2::RE2::Options options;
  options.set_log_errors(false);  // a library never prints; the error is returned instead
  auto re = std::make_shared<const re2::RE2>(pattern, options);
  if (!re->ok()) {
    problem = fmt::format("invalid regular expression '{}': {}", pattern, re->error());
    return nullptr;
  }
  if (regexes_.size() >= kMaxCachedRegexes) regexes_.clear();
  return regexes_.emplace(pattern, std::move(re)).first->second.get();
}

std::string Evaluator::resolved_name(const Call& node) const {
  if (!node.target) return node.function;
  const Expr* root = node.target.get();
  while (const auto* s = if_as<Select>(*root)) root = s->operand.get();
  const auto* id = if_as<Ident>(*root);
  const auto q = qualified_name(*node.target);
  if (!q || id == nullptr || lookup(id->name) != nullptr) return node.function;
  const std::string full = *q + "." + node.function;
  const bool method = find_function(node.function) != nullptr || find_builtin(node.function) != nullptr;
  // `math.frobnicate(1)` names the namespaced function in its error, not a method of `math`.
  return find_function(full) != nullptr || find_builtin(full) != nullptr || !method ? full : node.function;
}

Value Evaluator::call(const Call& node) {
  const std::string name = resolved_name(node);
  const bool receiver = node.target != nullptr && name == node.function;
  const Builtin* builtin = find_builtin(name);
  if (auto refused = refusal(name, receiver, builtin)) return *refused;
  ValueList args;
  args.reserve(node.args.size() + 1);
  if (receiver) args.push_back(eval(*node.target));
  for (const ExprPtr& a : node.args) args.push_back(eval(*a));
  for (Value& a : args) {
    if (a.is_error()) return std::move(a);
  }
  return checked(builtin->fn(*this, args));
}

}  // namespace telc::cel
