// The macros (langdef.md "Macros", and ext lists' sortBy): has() tests a map key; all and exists
// combine their predicates as && and || do, so a deciding element wins over an error from
// another; exists_one, map and filter stop at the first error. Every iteration is charged.
#include <fmt/format.h>

#include <algorithm>
#include <numeric>

#include "cel/evaluator.hpp"
#include "cel/value_ops.hpp"

namespace telc::cel {
namespace {

/// all (decisive = false) and exists (decisive = true).
Value quantify(Evaluator& evaluator, Scope& scope, const Macro& node, const ValueList& range, bool decisive) {
  std::optional<Value> problem;
  for (const Value& element : range) {
    scope.bind(evaluator.copied(element));
    Value p = evaluator.eval(*node.body[0]);
    if (const auto* b = p.get<bool>()) {
      if (*b == decisive) return p;
    } else if (!problem) {
      problem = p.is_error() ? p : no_overload(to_string(node.macro), {p});
    }
    if (evaluator.exhausted()) return Evaluator::cost_error();
  }
  return problem ? *problem : Value::boolean(!decisive);
}

Value exists_one(Evaluator& evaluator, Scope& scope, const Macro& node, const ValueList& range) {
  std::size_t count = 0;
  for (const Value& element : range) {
    scope.bind(evaluator.copied(element));
    Value p = evaluator.eval(*node.body[0]);
    if (p.is_error()) return p;
    const auto* b = p.get<bool>();
    if (b == nullptr) return no_overload("exists_one", {p});
    count += *b ? 1 : 0;
  }
  return Value::boolean(count == 1);
}

/// map(x, t), map(x, p, t) and filter(x, p): the transform is `t`, or the element for filter.
Value collect(Evaluator& evaluator, Scope& scope, const Macro& node, const ValueList& range) {
  const bool filtered = node.macro == MacroKind::filter || node.body.size() == 2;
  const Expr* transform = node.macro == MacroKind::filter ? nullptr : node.body.back().get();
  ValueList out;
  for (const Value& element : range) {
    scope.bind(evaluator.copied(element));
    if (filtered) {
      Value p = evaluator.eval(*node.body[0]);
      if (p.is_error()) return p;
      const auto* b = p.get<bool>();
      if (b == nullptr) return no_overload(to_string(node.macro), {p});
      if (!*b) continue;
    }
    Value v = transform != nullptr ? evaluator.eval(*transform) : element;
    if (v.is_error()) return v;
    if (!evaluator.charge_copy(v)) return Evaluator::cost_error();
    out.push_back(std::move(v));
  }
  return Value::list(std::move(out));
}

}  // namespace

Value Evaluator::macro(const Macro& node) { return node.macro == MacroKind::has ? has(node) : comprehension(node); }

Value Evaluator::has(const Macro& node) {
  const auto& field = as<Select>(*node.target);
  Value operand = eval(*field.operand);
  if (operand.is_error()) return operand;
  if (kind_of(operand) != ValueKind::map) {
    return Value::error(fmt::format("has() tests a field of a map, found {}", type_name(operand)));
  }
  std::uint64_t steps = 0;
  const bool found = find_entry(entries(operand), Value::string(field.field), steps) != nullptr;
  charge(steps);
  return checked(Value::boolean(found));
}

Value Evaluator::range_of(const Macro& node) {
  Value target = eval(*node.target);
  if (target.is_error() || kind_of(target) == ValueKind::list) return target;
  if (kind_of(target) == ValueKind::map && node.macro != MacroKind::sort_by) {
    ValueList keys;
    keys.reserve(entries(target).size());
    for (const auto& entry : entries(target)) keys.push_back(entry.first);
    return Value::list(std::move(keys));
  }
  return Value::error(fmt::format("'{}' iterates over {}, found {}", to_string(node.macro),
                                  node.macro == MacroKind::sort_by ? "a list" : "a list or a map", type_name(target)));
}

Value Evaluator::comprehension(const Macro& node) {
  Value range = range_of(node);
  if (range.is_error()) return range;
  const ValueList& elements = items(range);
  // Each iteration costs one step beyond the nodes its body visits, so that an empty body
  // over a long list is still bounded.
  if (!charge(elements.size())) return cost_error();
  if (node.macro == MacroKind::sort_by) return sort_by(node, elements);
  Scope scope(*this, node.var);
  switch (node.macro) {
    case MacroKind::all: return checked(quantify(*this, scope, node, elements, false));
    case MacroKind::exists: return checked(quantify(*this, scope, node, elements, true));
    case MacroKind::exists_one: return checked(exists_one(*this, scope, node, elements));
    default: return checked(collect(*this, scope, node, elements));
  }
}

Value Evaluator::sort_by(const Macro& node, const ValueList& range) {
  ValueList keys;
  keys.reserve(range.size());
  {
    Scope scope(*this, node.var);
    for (const Value& element : range) {
      scope.bind(copied(element));
      Value key = eval(*node.body[0]);
      if (key.is_error()) return key;
      keys.push_back(std::move(key));
    }
  }
  return checked(sorted_by_keys(*this, range, keys));
}

Value sorted_by_keys(Evaluator& evaluator, const ValueList& list, const ValueList& keys) {
  if (list.empty()) return Value::list({});
  const ValueKind kind = kind_of(keys.front());
  for (const Value& key : keys) {
    if (kind_of(key) != kind) return Value::error("sort keys must all have the same type");
    if (!order(key, key)) return Value::error(fmt::format("a {} cannot be sorted", type_name(key)));
  }
  std::vector<std::size_t> positions(list.size());
  std::iota(positions.begin(), positions.end(), 0);
  std::uint64_t steps = 0;
  std::stable_sort(positions.begin(), positions.end(), [&](std::size_t lhs, std::size_t rhs) {
    ++steps;
    return order(keys[lhs], keys[rhs]) == Order::less;
  });
  if (!evaluator.charge(steps)) return Evaluator::cost_error();
  ValueList out;
  out.reserve(list.size());
  for (std::size_t p : positions) {
    if (!evaluator.charge_copy(list[p])) return Evaluator::cost_error();
    out.push_back(list[p]);
  }
  return Value::list(std::move(out));
}

}  // namespace telc::cel
