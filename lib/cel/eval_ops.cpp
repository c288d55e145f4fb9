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
Value number_of(std::int64_t i) { return Value::integer(i); }
Value number_of(std::uint64_t u) { return Value::uinteger(u); }

template <typename T> Value checked_add(T a, T b, Value (*overflow)()) {
  T r{};
  if (__builtin_add_overflow(a, b, &r)) return overflow();
  return number_of(r);
}

template <typename T> Value checked_sub(T a, T b, Value (*overflow)()) {
  T r{};
  if (__builtin_sub_overflow(a, b, &r)) return overflow();
  return number_of(r);
}

Value add_time(const Value& a, const Value& b) {
  const auto* da = a.get<Duration>();
  const auto* db = b.get<Duration>();
  std::int64_t r = 0;
  if (da != nullptr && db != nullptr) {
    return __builtin_add_overflow(da->nanos, db->nanos, &r) ? duration_overflow() : duration_of(r);
  }
  const auto* ta = a.get<Timestamp>();
  const auto* tb = b.get<Timestamp>();
  if (ta != nullptr && db != nullptr) {
    return __builtin_add_overflow(ta->nanos, db->nanos, &r) ? timestamp_overflow() : timestamp_of(r);
  }
  if (da != nullptr && tb != nullptr) {
    return __builtin_add_overflow(da->nanos, tb->nanos, &r) ? timestamp_overflow() : timestamp_of(r);
  }
  return no_overload("_+_", {a, b});
}

Value subtract_time(const Value& a, const Value& b) {
  const auto* ta = a.get<Timestamp>();
  const auto* tb = b.get<Timestamp>();
  const auto* db = b.get<Duration>();
  std::int64_t r = 0;
  if (ta != nullptr && tb != nullptr) {
    return __builtin_sub_overflow(ta->nanos, tb->nanos, &r) ? duration_overflow() : duration_of(r);
  }
  if (ta != nullptr && db != nullptr) {
    return __builtin_sub_overflow(ta->nanos, db->nanos, &r) ? timestamp_overflow() : timestamp_of(r);
  }
  if (const auto* da = a.get<Duration>(); da != nullptr && db != nullptr) {
    return __builtin_sub_overflow(da->nanos, db->nanos, &r) ? duration_overflow() : duration_of(r);
  }
  return no_overload("_-_", {a, b});
}

Value concatenate_lists(Evaluator& evaluator, const Value& a, const Value& b) {
  evaluator.charge_copy(a);
  evaluator.charge_copy(b);
  if (evaluator.exhausted()) return Evaluator::cost_error();
  ValueList out = items(a);
  out.insert(out.end(), items(b).begin(), items(b).end());
  return Value::list(std::move(out));
}

Value add(Evaluator& evaluator, const Value& a, const Value& b) {
  if (kind_of(a) != kind_of(b)) return add_time(a, b);
  switch (kind_of(a)) {
    case ValueKind::int64: return checked_add(*a.get<std::int64_t>(), *b.get<std::int64_t>(), integer_overflow);
    case ValueKind::uint64: return checked_add(*a.get<std::uint64_t>(), *b.get<std::uint64_t>(), unsigned_overflow);
    case ValueKind::dbl: return Value::dbl(*a.get<double>() + *b.get<double>());
    case ValueKind::string:
      if (!evaluator.charge(a.get<std::string>()->size() + b.get<std::string>()->size()))
        return Evaluator::cost_error();
      return Value::string(*a.get<std::string>() + *b.get<std::string>());
    case ValueKind::bytes:
      if (!evaluator.charge(a.get<Bytes>()->data.size() + b.get<Bytes>()->data.size())) return Evaluator::cost_error();
      return Value::bytes(a.get<Bytes>()->data + b.get<Bytes>()->data);
    case ValueKind::list: return concatenate_lists(evaluator, a, b);
    default: return add_time(a, b);
  }
}

Value subtract(const Value& a, const Value& b) {
  if (kind_of(a) != kind_of(b) || kind_of(a) == ValueKind::timestamp || kind_of(a) == ValueKind::duration) {
    return subtract_time(a, b);
  }
  switch (kind_of(a)) {
    case ValueKind::int64: return checked_sub(*a.get<std::int64_t>(), *b.get<std::int64_t>(), integer_overflow);
    case ValueKind::uint64: return checked_sub(*a.get<std::uint64_t>(), *b.get<std::uint64_t>(), unsigned_overflow);
    case ValueKind::dbl: return Value::dbl(*a.get<double>() - *b.get<double>());
    default: return no_overload("_-_", {a, b});
  }
}

Value multiply(const Value& a, const Value& b) {
  if (kind_of(a) == kind_of(b)) {
    if (const auto* i = a.get<std::int64_t>()) {
      std::int64_t r = 0;
      return __builtin_mul_overflow(*i, *b.get<std::int64_t>(), &r) ? integer_overflow() : Value::integer(r);
    }
    if (const auto* u = a.get<std::uint64_t>()) {
      std::uint64_t r = 0;
      return __builtin_mul_overflow(*u, *b.get<std::uint64_t>(), &r) ? unsigned_overflow() : Value::uinteger(r);
    }
    if (const auto* d = a.get<double>()) return Value::dbl(*d * *b.get<double>());
  }
  return no_overload("_*_", {a, b});
}

/// `/` and `%` share their checks: a zero divisor, and INT64_MIN by -1, which overflows.
Value divide(const Value& a, const Value& b, bool remainder) {
  const std::string_view zero = remainder ? "modulus by zero" : "division by zero";
  if (kind_of(a) == kind_of(b)) {
    if (const auto* i = a.get<std::int64_t>()) {
      const std::int64_t j = *b.get<std::int64_t>();
      if (j == 0) return Value::error(std::string(zero));
      if (*i == INT64_MIN && j == -1) return integer_overflow();
      return Value::integer(remainder ? *i % j : *i / j);
    }
    if (const auto* u = a.get<std::uint64_t>()) {
      const std::uint64_t v = *b.get<std::uint64_t>();
      if (v == 0) return Value::error(std::string(zero));
      return Value::uinteger(remainder ? *u % v : *u / v);
    }
    if (const auto* d = a.get<double>(); d != nullptr && !remainder) return Value::dbl(*d / *b.get<double>());
  }
  return no_overload(remainder ? "_%_" : "_/_", {a, b});
}

Value relation(BinaryOp op, const Value& a, const Value& b) {
  const auto o = order(a, b);
  if (!o) return no_overload(fmt::format("_{}_", to_string(op)), {a, b});
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

Value negate(const Value& v) {
  if (const auto* i = v.get<std::int64_t>()) return *i == INT64_MIN ? integer_overflow() : Value::integer(-*i);
  if (const auto* d = v.get<double>()) return Value::dbl(-*d);
  if (const auto* t = v.get<Duration>()) return t->nanos == INT64_MIN ? duration_overflow() : duration_of(-t->nanos);
  return no_overload("-_", {v});
}

}  // namespace

Value Evaluator::unary(const Unary& node) {
  const Value v = eval(*node.operand);
  if (v.is_error()) return v;
  if (node.op == UnaryOp::negate) return negate(v);
  const auto* b = v.get<bool>();
  return b != nullptr ? Value::boolean(!*b) : no_overload("!_", {v});
}

Value Evaluator::logical(const Binary& node) {
  // Commutative: the side that decides (false for &&, true for ||) wins over an error or a
  // non-bool on the other side, whichever side it is on.
  const bool decisive = node.op == BinaryOp::logical_or;
  const std::string_view name = decisive ? "_||_" : "_&&_";
  const Value lhs = eval(*node.lhs);
  const auto* l = lhs.get<bool>();
  if (l != nullptr && *l == decisive) return lhs;
  const Value rhs = eval(*node.rhs);
  const auto* r = rhs.get<bool>();
  if (r != nullptr && (*r == decisive || l != nullptr)) return rhs;
  if (lhs.is_error()) return lhs;
  if (l == nullptr) return no_overload(name, {lhs, rhs});
  return rhs.is_error() ? rhs : no_overload(name, {lhs, rhs});
}

Value Evaluator::binary(const Binary& node) {
  if (node.op == BinaryOp::logical_and || node.op == BinaryOp::logical_or) return logical(node);
  const Value a = eval(*node.lhs);
  if (a.is_error()) return a;
  const Value b = eval(*node.rhs);
  if (b.is_error()) return b;
  std::uint64_t steps = 0;
  switch (node.op) {
    case BinaryOp::equal:
    case BinaryOp::not_equal: {
      const bool same = equal_counted(a, b, steps);
      charge(steps);
      return checked(Value::boolean(same == (node.op == BinaryOp::equal)));
    }
    case BinaryOp::in: return membership(*this, a, b);
    case BinaryOp::add: return add(*this, a, b);
    case BinaryOp::subtract: return subtract(a, b);
    case BinaryOp::multiply: return multiply(a, b);
    case BinaryOp::divide: return divide(a, b, false);
    case BinaryOp::remainder: return divide(a, b, true);
    default: return relation(node.op, a, b);
  }
}

}  // namespace telc::cel
