// evaluate() and the node kinds that are not operators, calls or macros: literals, variables,
// selection, indexing, list and map construction, and `?:`.
#include <fmt/format.h>

#include <cmath>
#include <cstdint>

#include "cel/checker.hpp"
#include "cel/evaluator.hpp"
#include "cel/value_ops.hpp"

namespace telc::cel {
namespace {

// The type denotations an expression may name as values (type(x) == string).
constexpr std::string_view kRuntimeTypeNames[] = {"bool",
                                                  "bytes",
                                                  "double",
                                                  "google.protobuf.Duration",
                                                  "google.protobuf.Timestamp",
                                                  "int",
                                                  "list",
                                                  "map",
                                                  "null_type",
                                                  "string",
                                                  "type",
                                                  "uint"};

std::optional<Value> type_denotation(std::string_view name) {
  for (std::string_view t : kRuntimeTypeNames) {
    if (t == name) return Value::type_value(std::string(name));
  }
  return std::nullopt;
}

std::string key_text(const Value& key) {
  if (const auto* s = key.get<std::string>()) return fmt::format("'{}'", *s);
  return to_display(key);
}

Value no_such_key(const Value& key) { return Value::error(fmt::format("no such key: {}", key_text(key))); }

/// A list index as a position: an int, a uint, or a double with no fraction.
std::optional<std::int64_t> list_position(const Value& key) {
  if (const auto* i = key.get<std::int64_t>()) return *i;
  if (const auto* u = key.get<std::uint64_t>()) {
    return *u > static_cast<std::uint64_t>(INT64_MAX) ? INT64_MAX : static_cast<std::int64_t>(*u);
  }
  if (const auto* d = key.get<double>(); d != nullptr && std::trunc(*d) == *d && std::abs(*d) < 9.2e18) {
    return static_cast<std::int64_t>(*d);
  }
  return std::nullopt;
}

}  // namespace

Value evaluate(const Expr& expr, const Activation& activation, const EvalLimits& limits) {
  // The one adapter of this library's evaluator: allocation failures and length errors from the
  // standard library become an error value, as evaluate() promises never to throw.
  try {
    Evaluator evaluator(activation, limits.max_cost);
    return evaluator.checked(evaluator.eval(expr));
  } catch (const std::exception& e) {
    return Value::error(fmt::format("evaluation failed: {}", e.what()));
  }
}

bool Evaluator::charge(std::uint64_t steps) {
  if (exhausted_ || steps > max_cost_ - cost_) {
    exhausted_ = true;
    return false;
  }
  cost_ += steps;
  return true;
}

bool Evaluator::charge_copy(const Value& value) {
  if (exhausted_) return false;
  return charge(deep_size(value, max_cost_ - cost_ + 1));
}

Value Evaluator::copied(const Value& value) {
  if (const auto* s = value.get<std::string>()) charge(s->size());
  if (const auto* b = value.get<Bytes>()) charge(b->data.size());
  return checked(value);
}

Value Evaluator::eval(const Expr& expr) {
  if (!charge(1)) return cost_error();
  switch (expr.kind) {
    case ExprKind::literal: return literal(as<Literal>(expr));
    case ExprKind::ident: return ident(as<Ident>(expr));
    case ExprKind::select: return select(as<Select>(expr));
    case ExprKind::index: return index(as<Index>(expr));
    case ExprKind::call: return call(as<Call>(expr));
    case ExprKind::unary: return unary(as<Unary>(expr));
    case ExprKind::binary: return binary(as<Binary>(expr));
    case ExprKind::conditional: return conditional(as<Conditional>(expr));
    case ExprKind::list: return list(as<List>(expr));
    case ExprKind::map: return map(as<Map>(expr));
    case ExprKind::message:
      return Value::error(fmt::format("message construction ('{}{{...}}') is not supported by telc's evaluator",
                                      as<Message>(expr).type_name));
    case ExprKind::macro: return macro(as<Macro>(expr));
  }
  return Value::error("unknown expression kind");
}

Value Evaluator::literal(const Literal& node) {
  switch (node.type) {
    case LiteralKind::null: return Value::null();
    case LiteralKind::boolean: return Value::boolean(std::get<bool>(node.value));
    case LiteralKind::int64: return Value::integer(std::get<std::int64_t>(node.value));
    case LiteralKind::uint64: return Value::uinteger(std::get<std::uint64_t>(node.value));
    case LiteralKind::dbl: return Value::dbl(std::get<double>(node.value));
    case LiteralKind::string: return copied(Value::string(std::get<std::string>(node.value)));
    case LiteralKind::bytes: return copied(Value::bytes(std::get<std::string>(node.value)));
  }
  return Value::null();
}

const Value* Evaluator::lookup(std::string_view name) const {
  for (auto it = locals_.rbegin(); it != locals_.rend(); ++it) {
    if (it->first == name) return &it->second;
  }
  const auto it = activation_.find(name);
  return it == activation_.end() ? nullptr : &it->second;
}

Value Evaluator::ident(const Ident& node) {
  // `.name` skips the comprehension variables: it names the root scope.
  if (node.absolute) {
    if (const auto it = activation_.find(node.name); it != activation_.end()) return copied(it->second);
  } else if (const Value* v = lookup(node.name)) {
    return copied(*v);
  }
  if (auto t = type_denotation(node.name)) return *t;
  return Value::error(fmt::format("undeclared reference to '{}'", node.name));
}

std::optional<Value> Evaluator::qualified(const Expr& expr) const {
  const Expr* root = &expr;
  while (const auto* s = if_as<Select>(*root)) root = s->operand.get();
  const auto* id = if_as<Ident>(*root);
  if (id == nullptr || (!id->absolute && lookup(id->name) != nullptr) ||
      (id->absolute && activation_.count(id->name) != 0)) {
    return std::nullopt;
  }
  const auto name = qualified_name(expr);
  if (!name) return std::nullopt;
  if (const auto it = activation_.find(*name); it != activation_.end()) return it->second;
  return type_denotation(*name);
}

Value Evaluator::select(const Select& node) {
  if (auto q = qualified(node)) return copied(*q);
  Value operand = eval(*node.operand);
  if (operand.is_error()) return operand;
  if (kind_of(operand) != ValueKind::map) {
    return Value::error(fmt::format("cannot select field '{}' from {}", node.field, type_name(operand)));
  }
  Value key = Value::string(node.field);
  std::uint64_t steps = 0;
  const Value* v = find_entry(entries(operand), key, steps);
  charge(steps);
  return v != nullptr ? copied(*v) : no_such_key(key);
}

Value Evaluator::index(const Index& node) {
  Value operand = eval(*node.operand);
  if (operand.is_error()) return operand;
  Value key = eval(*node.index);
  if (key.is_error()) return key;
  if (kind_of(operand) == ValueKind::list) {
    const ValueList& list = items(operand);
    const auto at = list_position(key);
    if (!at)
      return is_number(key) ? Value::error("a list index must be a whole number") : no_overload("_[_]", {operand, key});
    if (*at < 0 || static_cast<std::uint64_t>(*at) >= list.size()) {
      return Value::error(fmt::format("index {} out of range for a list of size {}", *at, list.size()));
    }
    return copied(list[static_cast<std::size_t>(*at)]);
  }
  if (kind_of(operand) != ValueKind::map) return no_overload("_[_]", {operand, key});
  if (!is_key_kind(kind_of(key)) && kind_of(key) != ValueKind::dbl) return no_overload("_[_]", {operand, key});
  std::uint64_t steps = 0;
  const Value* v = find_entry(entries(operand), key, steps);
  charge(steps);
  return v != nullptr ? copied(*v) : no_such_key(key);
}

Value Evaluator::list(const List& node) {
  ValueList out;
  out.reserve(node.elements.size());
  for (const ExprPtr& e : node.elements) {
    Value v = eval(*e);
    if (v.is_error()) return v;
    charge_copy(v);
    out.push_back(std::move(v));
  }
  return checked(Value::list(std::move(out)));
}

Value Evaluator::map(const Map& node) {
  ValueMap out;
  out.reserve(node.entries.size());
  for (const MapEntry& entry : node.entries) {
    Value key = eval(*entry.key);
    if (key.is_error()) return key;
    Value value = eval(*entry.value);
    if (value.is_error()) return value;
    if (!is_key_kind(kind_of(key))) {
      return Value::error(
          fmt::format("a map key must be a bool, an int, a uint or a string, found {}", type_name(key)));
    }
    std::uint64_t steps = 0;
    if (find_entry(out, key, steps) != nullptr) {
      return Value::error(fmt::format("Failed with repeated key: {}", key_text(key)));
    }
    charge(steps);
    charge_copy(value);
    out.emplace_back(std::move(key), std::move(value));
  }
  return checked(Value::map(std::move(out)));
}

Value Evaluator::conditional(const Conditional& node) {
  Value cond = eval(*node.cond);
  if (cond.is_error()) return cond;
  const auto* b = cond.get<bool>();
  if (b == nullptr) return no_overload("_?_:_", {cond});
  return eval(*b ? *node.then : *node.otherwise);
}

}  // namespace telc::cel
