// CEL equality and ordering (langdef.md "Equality" and "Ordering"): numbers compare across int,
// uint and double as points of one number line, everything else only within its own kind.
#include <fmt/format.h>

#include <charconv>
#include <cmath>

#include "cel/value_ops.hpp"

namespace telc::cel {
namespace {

template <typename T> Order three_way(const T& a, const T& b) {
  if (a < b) return Order::less;
  return b < a ? Order::greater : Order::equal;
}

Order flip(Order o) {
  if (o == Order::less) return Order::greater;
  return o == Order::greater ? Order::less : o;
}

/// An integer against a double compares as the integer converted to double, as cel-go does (so
/// 2^63 - 1 equals 2^63.0): the spec's tests expect this lossy comparison.
template <typename Int> Order integer_vs_double(Int i, double d) {
  return std::isnan(d) ? Order::unordered : three_way(static_cast<double>(i), d);
}

Order int_vs_uint(std::int64_t i, std::uint64_t u) {
  return i < 0 ? Order::less : three_way(static_cast<std::uint64_t>(i), u);
}

Order compare_numbers(const Value& a, const Value& b) {
  if (const auto* i = a.get<std::int64_t>()) {
    if (const auto* j = b.get<std::int64_t>()) return three_way(*i, *j);
    if (const auto* u = b.get<std::uint64_t>()) return int_vs_uint(*i, *u);
    return integer_vs_double(*i, *b.get<double>());
  }
  if (const auto* u = a.get<std::uint64_t>()) {
    if (const auto* v = b.get<std::uint64_t>()) return three_way(*u, *v);
    if (const auto* j = b.get<std::int64_t>()) return flip(int_vs_uint(*j, *u));
    return integer_vs_double(*u, *b.get<double>());
  }
  const double d = *a.get<double>();
  if (const auto* e = b.get<double>()) {
    return std::isnan(d) || std::isnan(*e) ? Order::unordered : three_way(d, *e);
  }
  return flip(compare_numbers(b, a));
}

std::optional<Order> order_same_kind(const Value& a, const Value& b) {
  switch (kind_of(a)) {
    case ValueKind::boolean: return three_way(*a.get<bool>(), *b.get<bool>());
    case ValueKind::string: return three_way(*a.get<std::string>(), *b.get<std::string>());
    case ValueKind::bytes: return three_way(a.get<Bytes>()->data, b.get<Bytes>()->data);
    case ValueKind::duration: return three_way(a.get<Duration>()->nanos, b.get<Duration>()->nanos);
    case ValueKind::timestamp: return three_way(a.get<Timestamp>()->nanos, b.get<Timestamp>()->nanos);
    default: return std::nullopt;
  }
}

bool lists_equal(const ValueList& a, const ValueList& b, std::uint64_t& steps) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (!equal_counted(a[i], b[i], steps)) return false;
  }
  return true;
}

bool maps_equal(const ValueMap& a, const ValueMap& b, std::uint64_t& steps) {
  if (a.size() != b.size()) return false;
  for (const auto& [key, value] : a) {
    const Value* other = find_entry(b, key, steps);
    if (other == nullptr || !equal_counted(value, *other, steps)) return false;
  }
  return true;
}

bool equal_same_kind(const Value& a, const Value& b, std::uint64_t& steps) {
  switch (kind_of(a)) {
    case ValueKind::null: return true;
    case ValueKind::string: steps += a.get<std::string>()->size(); break;
    case ValueKind::bytes: steps += a.get<Bytes>()->data.size(); break;
    case ValueKind::list: return lists_equal(items(a), items(b), steps);
    case ValueKind::map: return maps_equal(entries(a), entries(b), steps);
    case ValueKind::type: return a.get<TypeValue>()->name == b.get<TypeValue>()->name;
    case ValueKind::error: return false;
    default: break;
  }
  const auto o = order_same_kind(a, b);
  return o && *o == Order::equal;
}

void add_size(const Value& value, std::uint64_t cap, std::uint64_t& n) {
  if (n >= cap) return;
  ++n;
  switch (kind_of(value)) {
    case ValueKind::string: n += value.get<std::string>()->size(); break;
    case ValueKind::bytes: n += value.get<Bytes>()->data.size(); break;
    case ValueKind::list:
      for (const Value& v : items(value)) add_size(v, cap, n);
      break;
    case ValueKind::map:
      for (const auto& [k, v] : entries(value)) {
        add_size(k, cap, n);
        add_size(v, cap, n);
      }
      break;
    default: break;
  }
}

}  // namespace

std::string_view type_name(ValueKind kind) {
  static constexpr std::string_view kNames[] = {"null_type",
                                                "bool",
                                                "int",
                                                "uint",
                                                "double",
                                                "string",
                                                "bytes",
                                                "list",
                                                "map",
                                                "google.protobuf.Duration",
                                                "google.protobuf.Timestamp",
                                                "type",
                                                "error"};
  return kNames[static_cast<std::size_t>(kind)];
}

std::optional<Order> order(const Value& lhs, const Value& rhs) {
  if (is_number(lhs) && is_number(rhs)) return compare_numbers(lhs, rhs);
  if (kind_of(lhs) != kind_of(rhs)) return std::nullopt;
  return order_same_kind(lhs, rhs);
}

bool equal_counted(const Value& lhs, const Value& rhs, std::uint64_t& steps) {
  ++steps;
  if (is_number(lhs) && is_number(rhs)) return compare_numbers(lhs, rhs) == Order::equal;
  if (kind_of(lhs) != kind_of(rhs)) return false;
  return equal_same_kind(lhs, rhs, steps);
}

bool equal(const Value& a, const Value& b) {
  std::uint64_t steps = 0;
  return equal_counted(a, b, steps);
}

bool is_key_kind(ValueKind kind) {
  return kind == ValueKind::boolean || kind == ValueKind::int64 || kind == ValueKind::uint64 ||
         kind == ValueKind::string;
}

const Value* find_entry(const ValueMap& map, const Value& key, std::uint64_t& steps) {
  for (const auto& [k, v] : map) {
    if (equal_counted(k, key, steps)) return &v;
  }
  return nullptr;
}

std::uint64_t deep_size(const Value& value, std::uint64_t cap) {
  std::uint64_t n = 0;
  add_size(value, cap, n);
  return n;
}

std::string format_double(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "+Inf" : "-Inf";
  // Go's %g: the shortest digits, in exponent form when the exponent is below -4 or above 5.
  char buffer[64];
  const auto sci = std::to_chars(std::begin(buffer), std::end(buffer), value, std::chars_format::scientific);
  const std::string scientific(buffer, sci.ptr);
  const int exponent = std::stoi(scientific.substr(scientific.find('e') + 1));
  if (exponent < -4 || exponent >= 6) return scientific;
  const auto fixed = std::to_chars(std::begin(buffer), std::end(buffer), value, std::chars_format::fixed);
  return {buffer, fixed.ptr};
}

Value no_overload(std::string_view function, std::span<const Value> args) {
  std::string types;
  for (const Value& a : args) {
    if (!types.empty()) types += ", ";
    types += type_name(a);
  }
  return Value::error(fmt::format("no matching overload for '{}' applied to ({})", function, types));
}

Value no_overload(std::string_view function, std::initializer_list<Value> args) {
  return no_overload(function, std::span<const Value>(args.begin(), args.size()));
}

}  // namespace telc::cel
