#pragma once
// The tree walk behind evaluate(). One Evaluator runs one evaluation: it holds the activation,
// the comprehension variables in scope, the cost spent so far, and compiled regular expressions.
// Its recursion follows the tree, whose height the parser bounds.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cel/ast.hpp"
#include "cel/eval.hpp"

namespace re2 {
class RE2;
}

namespace telc::cel {

class Evaluator {
 public:
  Evaluator(const Activation& activation, std::uint64_t max_cost) : activation_(activation), max_cost_(max_cost) {}

  [[nodiscard]] Value eval(const Expr& expr);

  /// Adds `steps` to the cost; false once the limit is passed, after which every evaluation
  /// step returns the cost error and evaluate() returns it whatever the operators made of it.
  bool charge(std::uint64_t steps);
  /// Charges the size of `value` (deep_size): the work of copying it into a new list or map.
  bool charge_copy(const Value& value);
  /// `value` for a result, charging the bytes of a string or bytes value it copies.
  [[nodiscard]] Value copied(const Value& value);
  [[nodiscard]] bool exhausted() const { return exhausted_; }
  [[nodiscard]] static Value cost_error() { return Value::error("cost limit exceeded"); }
  /// The cost error once the limit is passed, else `value`.
  [[nodiscard]] Value checked(Value value) const { return exhausted_ ? cost_error() : std::move(value); }

  /// A compiled RE2 pattern, or the reason it does not compile (in `problem`).
  [[nodiscard]] const re2::RE2* regex(const std::string& pattern, std::string& problem);

 private:
  friend class Scope;

  Value literal(const Literal& node);
  Value ident(const Ident& node);
  Value select(const Select& node);
  Value index(const Index& node);
  Value list(const List& node);
  Value map(const Map& node);
  Value conditional(const Conditional& node);
  Value unary(const Unary& node);
  Value binary(const Binary& node);
  Value logical(const Binary& node);
  Value call(const Call& node);
  Value macro(const Macro& node);
  Value has(const Macro& node);
  Value comprehension(const Macro& node);
  Value sort_by(const Macro& node, const ValueList& range);

  /// The value bound to `name` (comprehension variables first), or nullptr.
  [[nodiscard]] const Value* lookup(std::string_view name) const;
  /// `a.b.c` read as one qualified name when `a` is not a variable: a type such as
  /// google.protobuf.Duration, or an activation entry whose name has dots.
  [[nodiscard]] std::optional<Value> qualified(const Expr& expr) const;
  /// The function a call names: `math.greatest` for a call on `math` when `math` is not a
  /// variable, else the call's own name.
  [[nodiscard]] std::string resolved_name(const Call& node) const;
  /// The elements or keys a comprehension ranges over, or an error.
  Value range_of(const Macro& node);

  const Activation& activation_;
  std::vector<std::pair<std::string_view, Value>> locals_;
  std::map<std::string, std::shared_ptr<const re2::RE2>, std::less<>> regexes_;
  std::uint64_t cost_ = 0;
  std::uint64_t max_cost_;
  bool exhausted_ = false;
};

/// A comprehension variable for the duration of one macro.
class Scope {
 public:
  Scope(Evaluator& evaluator, std::string_view name) : evaluator_(evaluator) {
    evaluator_.locals_.emplace_back(name, Value());
  }
  ~Scope() { evaluator_.locals_.pop_back(); }
  Scope(const Scope&) = delete;
  Scope& operator=(const Scope&) = delete;
  void bind(Value value) { evaluator_.locals_.back().second = std::move(value); }

 private:
  Evaluator& evaluator_;
};

/// One function of the evaluator: `args` holds the receiver first for a method call.
using BuiltinFn = Value (*)(Evaluator& evaluator, std::span<const Value> args);
struct Builtin {
  std::string_view name;
  BuiltinFn fn;
};

/// The functions of each file (eval_calls.cpp looks a name up in all of them).
[[nodiscard]] std::span<const Builtin> standard_builtins();
[[nodiscard]] std::span<const Builtin> conversion_builtins();
[[nodiscard]] std::span<const Builtin> time_builtins();
[[nodiscard]] std::span<const Builtin> string_builtins();
[[nodiscard]] std::span<const Builtin> math_builtins();
[[nodiscard]] std::span<const Builtin> list_builtins();

/// ext strings' format(): `"%s and %d".format([a, b])` (eval_format.cpp).
[[nodiscard]] Value format_string(Evaluator& evaluator, std::span<const Value> args);

/// `list` in the order of `keys` (one per element, all of one orderable kind); stable.
[[nodiscard]] Value sorted_by_keys(Evaluator& evaluator, const ValueList& list, const ValueList& keys);

}  // namespace telc::cel
