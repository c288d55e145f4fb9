// Operators (langdef.md "Logical", "Arithmetic", "Comparison", "List" and "Map" operators):
// `&&` and `||` absorb an error when the other side decides; int and uint arithmetic reports
// overflow and division by zero; doubles follow IEEE 754; comparisons cross numeric kinds.
#include <fmt/format.h>

#include "cel/evaluator.hpp"
#include "cel/time_value.hpp"
#include "cel/value_ops.hpp"

namespace telc::cel {
namespace {

Value integer_overflow() { return Value::error("integer overflow"); }
Value unsigned_overflow() { return Value::error("unsigned integer overflow"); }
Value duration_overflow() { return Value::error("duration overflow"); }
Value timestamp_overflow() { return Value::error(std::string(kTimestampRangeError)); }

Value duration_of(std::int64_t nanos) { return Value::duration(nanos); }
Value timestamp_of(std::int64_t nanos) { return Value::timestamp(nanos); }
Value number_of(std::int64_t iv) { return Value::integer(iv); }
Value number_of(std::uint64_t uv) { return Value::uinteger(uv); }

template <typename T> Value checked_add(T lhs, T rhs, Value (*overflow)()) {
  T r{};
  if (__builtin_add_overflow(lhs, rhs, &r)) return overflow();
  return number_of(r);
}

template <typename T> Value checked_sub(T lhs, T rhs, Value (*overflow)()) {
  T r{};
  if (__builtin_sub_overflow(lhs, rhs, &r)) return overflow();
  return number_of(r);
}

Value add_time(const Value& lhs, const Value& rhs) {
  const auto* da = lhs.get<Duration>();
  const auto* db = rhs.get<Duration>();
  std::int64_t r = 0;
  if (da != nullptr && db != nullptr) {
    return __builtin_add_overflow(da->nanos, db->nanos, &r) ? duration_overflow() : duration_of(r);
  }
  const auto* ta = lhs.get<Timestamp>();
  const auto* tb = rhs.get<Timestamp>();
  if (ta != nullptr && db != nullptr) {
    return __builtin_add_overflow(ta->nanos, db->nanos, &r) ? timestamp_overflow() : timestamp_of(r);
  }
  if (da != nullptr && tb != nullptr) {
    return __builtin_add_overflow(da->nanos, tb->nanos, &r) ? timestamp_overflow() : timestamp_of(r);
  }
  return no_overload("_+_", {lhs, rhs});
}

Value subtract_time(const Value& lhs, const Value& rhs) {
  const auto* ta = lhs.get<Timestamp>();
  const auto* tb = rhs.get<Timestamp>();
  const auto* db = rhs.get<Duration>();
  std::int64_t r = 0;
  if (ta != nullptr && tb != nullptr) {
    return __builtin_sub_overflow(ta->nanos, tb->nanos, &r) ? duration_overflow() : duration_of(r);
  }
  if (ta != nullptr && db != nullptr) {
    return __builtin_sub_overflow(ta->nanos, db->nanos, &r) ? timestamp_overflow() : timestamp_of(r);
  }
  if (const auto* da = lhs.get<Duration>(); da != nullptr && db != nullptr) {
    return __builtin_sub_overflow(da->nanos, db->nanos, &r) ? duration_overflow() : duration_of(r);
  }
  return no_overload("_-_", {lhs, rhs});
}

Value concatenate_lists(Evaluator& evaluator, const Value& lhs, const Value& rhs) {
  evaluator.charge_copy(lhs);
  evaluator.charge_copy(rhs);
  if (evaluator.exhausted()) return Evaluator::cost_error();
  ValueList out = items(lhs);
  out.insert(out.end(), items(rhs).begin(), items(rhs).end());
  return Value::list(std::move(out));
}

Value add(Evaluator& evaluator, const Value& lhs, const Value& rhs) {
  if (kind_of(lhs) != kind_of(rhs)) return add_time(lhs, rhs);
  switch (kind_of(lhs)) {
    case ValueKind::int64: return checked_add(*lhs.get<std::int64_t>(), *rhs.get<std::int64_t>(), integer_overflow);
    case ValueKind::uint64: return checked_add(*lhs.get<std::uint64_t>(), *rhs.get<std::uint64_t>(), unsigned_overflow);
    case ValueKind::dbl: return Value::dbl(*lhs.get<double>() + *rhs.get<double>());
    case ValueKind::string:
      if (!evaluator.charge(lhs.get<std::string>()->size() + rhs.get<std::string>()->size()))
        return Evaluator::cost_error();
      return Value::string(*lhs.get<std::string>() + *rhs.get<std::string>());
    case ValueKind::bytes:
      if (!evaluator.charge(lhs.get<Bytes>()->data.size() + rhs.get<Bytes>()->data.size()))
        return Evaluator::cost_error();
      return Value::bytes(lhs.get<Bytes>()->data + rhs.get<Bytes>()->data);
    case ValueKind::list: return concatenate_lists(evaluator, lhs, rhs);
    default: return add_time(lhs, rhs);
  }
}

Value subtract(const Value& lhs, const Value& rhs) {
  if (kind_of(lhs) != kind_of(rhs) || kind_of(lhs) == ValueKind::timestamp || kind_of(lhs) == ValueKind::duration) {
    return subtract_time(lhs, rhs);
  }
  switch (kind_of(lhs)) {
    case ValueKind::int64: return checked_sub(*lhs.get<std::int64_t>(), *rhs.get<std::int64_t>(), integer_overflow);
    case ValueKind::uint64: return checked_sub(*lhs.get<std::uint64_t>(), *rhs.get<std::uint64_t>(), unsigned_overflow);
    case ValueKind::dbl: return Value::dbl(*lhs.get<double>() - *rhs.get<double>());
    default: return no_overload("_-_", {lhs, rhs});
  }
}

Value multiply(const Value& lhs, const Value& rhs) {
  if (kind_of(lhs) == kind_of(rhs)) {
    if (const auto* i = lhs.get<std::int64_t>()) {
      std::int64_t r = 0;
      return __builtin_mul_overflow(*i, *rhs.get<std::int64_t>(), &r) ? integer_overflow() : Value::integer(r);
    }
    if (const auto* u = lhs.get<std::uint64_t>()) {
      std::uint64_t r = 0;
      return __builtin_mul_overflow(*u, *rhs.get<std::uint64_t>(), &r) ? unsigned_overflow() : Value::uinteger(r);
    }
    if (const auto* d = lhs.get<double>()) return Value::dbl(*d * *rhs.get<double>());
  }
  return no_overload("_*_", {lhs, rhs});
}

/// `/` and `%` share their checks: a zero divisor, and INT64_MIN by -1, which overflows.
Value divide(const Value& lhs, const Value& rhs, bool remainder) {
  const std::string_view zero = remainder ? "modulus by zero" : "division by zero";
  if (kind_of(lhs) == kind_of(rhs)) {
    if (const auto* i = lhs.get<std::int64_t>()) {
      const std::int64_t j = *rhs.get<std::int64_t>();
      if (j == 0) return Value::error(std::string(zero));
      if (*i == INT64_MIN && j == -1) return integer_overflow();
      return Value::integer(remainder ? *i % j : *i / j);
    }
    if (const auto* u = lhs.get<std::uint64_t>()) {
      const std::uint64_t v = *rhs.get<std::uint64_t>();
      if (v == 0) return Value::error(std::string(zero));
      return Value::uinteger(remainder ? *u % v : *u / v);
    }
    if (const auto* d = lhs.get<double>(); d != nullptr && !remainder) return Value::dbl(*d / *rhs.get<double>());
  }
  return no_overload(remainder ? "_%_" : "_/_", {lhs, rhs});
}

Value relation(BinaryOp op, const Value& lhs, const Value& rhs) {
  const auto o = order(lhs, rhs);
  if (!o) return no_overload(fmt::format("_{}_", to_string(op)), {lhs, rhs});
  if (*o == Order::unordered) return Value::boolean(false);
  switch (op) {
    case BinaryOp::less: return Value::boolean(*o == Order::less);
    case BinaryOp::less_equal: return Value::boolean(*o != Order::greater);
    case BinaryOp::greater: return Value::boolean(*o == Order::greater);
    default: return Value::boolean(*o != Order::less);
  }
}

Value membership(Evaluator& evaluator, const Value& element, const Value& container) {
  std::uint64_t steps = 0;
  bool found = false;
  if (kind_of(container) == ValueKind::list) {
    for (const Value& v : items(container)) {
      if ((found = equal_counted(element, v, steps))) break;
    }
  } else if (kind_of(container) == ValueKind::map) {
    found = find_entry(entries(container), element, steps) != nullptr;
  } else {
    return no_overload("@in", {element, container});
  }
  evaluator.charge(steps);
  return evaluator.checked(Value::boolean(found));
}

Value negate(const Value& val) {
  if (const auto* i = val.get<std::int64_t>()) return *i == INT64_MIN ? integer_overflow() : Value::integer(-*i);
  if (const auto* d = val.get<double>()) return Value::dbl(-*d);
  if (const auto* t = val.get<Duration>()) return t->nanos == INT64_MIN ? duration_overflow() : duration_of(-t->nanos);
  return no_overload("-_", {val});
}

}  // namespace

Value Evaluator::unary(const Unary& node) {
  Value operand = eval(*node.operand);
  if (operand.is_error()) return operand;
  if (node.op == UnaryOp::negate) return negate(operand);
  const auto* b = operand.get<bool>();
  return b != nullptr ? Value::boolean(!*b) : no_overload("!_", {operand});
}

Value Evaluator::logical(const Binary& node) {
  // Commutative: the side that decides (false for &&, true for ||) wins over an error or a
  // non-bool on the other side, whichever side it is on.
  const bool decisive = node.op == BinaryOp::logical_or;
  const std::string_view name = decisive ? "_||_" : "_&&_";
  Value lhs = eval(*node.lhs);
  const auto* l = lhs.get<bool>();
  if (l != nullptr && *l == decisive) return lhs;
  Value rhs = eval(*node.rhs);
  const auto* r = rhs.get<bool>();
  if (r != nullptr && (*r == decisive || l != nullptr)) return rhs;
  if (lhs.is_error()) return lhs;
  if (l == nullptr) return no_overload(name, {lhs, rhs});
  return rhs.is_error() ? rhs : no_overload(name, {lhs, rhs});
}

Value Evaluator::binary(const Binary& node) {
  if (node.op == BinaryOp::logical_and || node.op == BinaryOp::logical_or) return logical(node);
  Value lhs = eval(*node.lhs);
  if (lhs.is_error()) return lhs;
  Value rhs = eval(*node.rhs);
  if (rhs.is_error()) return rhs;
  std::uint64_t steps = 0;
  switch (node.op) {
    case BinaryOp::equal:
    case BinaryOp::not_equal: {
      const bool same = equal_counted(lhs, rhs, steps);
      charge(steps);
      return checked(Value::boolean(same == (node.op == BinaryOp::equal)));
    }
    case BinaryOp::in: return membership(*this, lhs, rhs);
    case BinaryOp::add: return add(*this, lhs, rhs);
    case BinaryOp::subtract: return subtract(lhs, rhs);
    case BinaryOp::multiply: return multiply(lhs, rhs);
    case BinaryOp::divide: return divide(lhs, rhs, false);
    case BinaryOp::remainder: return divide(lhs, rhs, true);
    default: return relation(node.op, lhs, rhs);
  }
}

}  // namespace telc::cel
