// cel-go's ext math: greatest and least over numbers of any kind (the result keeps its kind),
// rounding of doubles, abs and sign per kind, the IEEE predicates, bit operations on int and
// uint (shifts by 64 or more give 0; a negative shift is an error), and sqrt.
#include <fmt/format.h>

#include <cmath>

#include "cel/evaluator.hpp"
#include "cel/value_ops.hpp"

namespace telc::cel {
namespace {

/// greatest (want = greater) and least: the arguments, or the elements of one list argument.
Value extremum(std::span<const Value> args, Order want, std::string_view name) {
  std::span<const Value> candidates = args;
  if (args.size() == 1 && kind_of(args[0]) == ValueKind::list) candidates = items(args[0]);
  if (candidates.empty()) return Value::error(fmt::format("{}() of an empty list", name));
  const Value* best = nullptr;
  for (const Value& v : candidates) {
    if (!is_number(v)) return Value::error(fmt::format("{}() takes numbers, found {}", name, type_name(v)));
    if (best == nullptr || order(v, *best) == want) best = &v;
  }
  return *best;
}

Value greatest(Evaluator& /*evaluator*/, std::span<const Value> args) {
  return extremum(args, Order::greater, "math.greatest");
}
Value least(Evaluator& /*evaluator*/, std::span<const Value> args) { return extremum(args, Order::less, "math.least"); }

template <double (*F)(double)> Value on_double(std::span<const Value> args, std::string_view name) {
  if (args.size() != 1 || kind_of(args[0]) != ValueKind::dbl) return no_overload(name, args);
  return Value::dbl(F(*args[0].get<double>()));
}

double ceil_of(double dbl) { return std::ceil(dbl); }
double floor_of(double dbl) { return std::floor(dbl); }
double round_of(double dbl) { return std::round(dbl); }  // ties away from zero, as cel-go
double trunc_of(double dbl) { return std::trunc(dbl); }

Value ceil_fn(Evaluator& /*evaluator*/, std::span<const Value> lhs) { return on_double<ceil_of>(lhs, "math.ceil"); }
Value floor_fn(Evaluator& /*evaluator*/, std::span<const Value> lhs) { return on_double<floor_of>(lhs, "math.floor"); }
Value round_fn(Evaluator& /*evaluator*/, std::span<const Value> lhs) { return on_double<round_of>(lhs, "math.round"); }
Value trunc_fn(Evaluator& /*evaluator*/, std::span<const Value> lhs) { return on_double<trunc_of>(lhs, "math.trunc"); }

template <bool (*P)(double)> Value predicate(std::span<const Value> args, std::string_view name) {
  if (args.size() != 1 || kind_of(args[0]) != ValueKind::dbl) return no_overload(name, args);
  return Value::boolean(P(*args[0].get<double>()));
}

bool inf_p(double dbl) { return std::isinf(dbl); }
bool nan_p(double dbl) { return std::isnan(dbl); }
bool finite_p(double dbl) { return std::isfinite(dbl); }

Value is_inf(Evaluator& /*evaluator*/, std::span<const Value> lhs) { return predicate<inf_p>(lhs, "math.isInf"); }
Value is_nan(Evaluator& /*evaluator*/, std::span<const Value> lhs) { return predicate<nan_p>(lhs, "math.isNaN"); }
Value is_finite(Evaluator& /*evaluator*/, std::span<const Value> lhs) {
  return predicate<finite_p>(lhs, "math.isFinite");
}

Value abs_fn(Evaluator& /*evaluator*/, std::span<const Value> args) {
  if (args.size() != 1) return no_overload("math.abs", args);
  if (const auto* i = args[0].get<std::int64_t>()) {
    if (*i == INT64_MIN) return Value::error("integer overflow");
    return Value::integer(*i < 0 ? -*i : *i);
  }
  if (kind_of(args[0]) == ValueKind::uint64) return args[0];
  if (const auto* d = args[0].get<double>()) return Value::dbl(std::fabs(*d));
  return no_overload("math.abs", args);
}

Value sign_fn(Evaluator& /*evaluator*/, std::span<const Value> args) {
  if (args.size() != 1) return no_overload("math.sign", args);
  if (const auto* i = args[0].get<std::int64_t>()) return Value::integer((*i > 0) - (*i < 0));
  if (const auto* u = args[0].get<std::uint64_t>()) return Value::uinteger(*u > 0 ? 1 : 0);
  if (const auto* d = args[0].get<double>()) {
    if (std::isnan(*d)) return args[0];
    return Value::dbl(*d > 0 ? 1.0 : (*d < 0 ? -1.0 : 0.0));
  }
  return no_overload("math.sign", args);
}

Value sqrt_fn(Evaluator& /*evaluator*/, std::span<const Value> args) {
  if (args.size() != 1 || !is_number(args[0])) return no_overload("math.sqrt", args);
  double d = 0;
  if (const auto* i = args[0].get<std::int64_t>()) d = static_cast<double>(*i);
  if (const auto* u = args[0].get<std::uint64_t>()) d = static_cast<double>(*u);
  if (const auto* x = args[0].get<double>()) d = *x;
  return Value::dbl(std::sqrt(d));
}

enum class BitOp : std::uint8_t { bit_and, bit_or, bit_xor };

template <typename T> T apply_bits(BitOp op, T lhs, T rhs) {
  switch (op) {
    case BitOp::bit_and: return lhs & rhs;
    case BitOp::bit_or: return lhs | rhs;
    case BitOp::bit_xor: return lhs ^ rhs;
  }
  return lhs;
}

template <BitOp Op> Value bit_fn(Evaluator& /*evaluator*/, std::span<const Value> args) {
  static constexpr std::string_view kNames[] = {"math.bitAnd", "math.bitOr", "math.bitXor"};
  if (args.size() == 2 && kind_of(args[0]) == kind_of(args[1])) {
    if (const auto* i = args[0].get<std::int64_t>())
      return Value::integer(apply_bits(Op, *i, *args[1].get<std::int64_t>()));
    if (const auto* u = args[0].get<std::uint64_t>()) {
      return Value::uinteger(apply_bits(Op, *u, *args[1].get<std::uint64_t>()));
    }
  }
  return no_overload(kNames[static_cast<std::size_t>(Op)], args);
}

Value bit_not(Evaluator& /*evaluator*/, std::span<const Value> args) {
  if (args.size() == 1) {
    if (const auto* i = args[0].get<std::int64_t>()) return Value::integer(~*i);
    if (const auto* u = args[0].get<std::uint64_t>()) return Value::uinteger(~*u);
  }
  return no_overload("math.bitNot", args);
}

/// Shifts work on the bits as unsigned: a right shift of a negative int fills with zeros.
Value shift(std::span<const Value> args, bool left, std::string_view name) {
  if (args.size() != 2 || kind_of(args[1]) != ValueKind::int64) return no_overload(name, args);
  const std::int64_t by = *args[1].get<std::int64_t>();
  if (by < 0) return Value::error(fmt::format("{}() by a negative number of bits: {}", name, by));
  const auto move = [&](std::uint64_t bits) -> std::uint64_t {
    if (by >= 64) return 0;
    return left ? bits << by : bits >> by;
  };
  if (const auto* i = args[0].get<std::int64_t>()) {
    return Value::integer(static_cast<std::int64_t>(move(static_cast<std::uint64_t>(*i))));
  }
  if (const auto* u = args[0].get<std::uint64_t>()) return Value::uinteger(move(*u));
  return no_overload(name, args);
}

Value shift_left(Evaluator& /*evaluator*/, std::span<const Value> lhs) { return shift(lhs, true, "math.bitShiftLeft"); }
Value shift_right(Evaluator& /*evaluator*/, std::span<const Value> lhs) {
  return shift(lhs, false, "math.bitShiftRight");
}

constexpr Builtin kMathBuiltins[] = {
    {"math.abs", abs_fn},
    {"math.bitAnd", bit_fn<BitOp::bit_and>},
    {"math.bitNot", bit_not},
    {"math.bitOr", bit_fn<BitOp::bit_or>},
    {"math.bitShiftLeft", shift_left},
    {"math.bitShiftRight", shift_right},
    {"math.bitXor", bit_fn<BitOp::bit_xor>},
    {"math.ceil", ceil_fn},
    {"math.floor", floor_fn},
    {"math.greatest", greatest},
    {"math.isFinite", is_finite},
    {"math.isInf", is_inf},
    {"math.isNaN", is_nan},
    {"math.least", least},
    {"math.round", round_fn},
    {"math.sign", sign_fn},
    {"math.sqrt", sqrt_fn},
    {"math.trunc", trunc_fn},
};

}  // namespace

std::span<const Builtin> math_builtins() { return kMathBuiltins; }

}  // namespace telc::cel
