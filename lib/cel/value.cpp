// CEL equality and ordering (langdef.md "Equality" and "Ordering"): numbers compare across int,
// uint and double as points of one number line, everything else only within its own kind.
#include <fmt/format.h>

#include <charconv>
#include <cmath>

#include "cel/value_ops.hpp"

namespace telc::cel {
namespace {

template <typename T> Order three_way(const T& lhs, const T& rhs) {
  if (lhs < rhs) return Order::less;
  return rhs < lhs ? Order::greater : Order::equal;
}

Order flip(Order ord) {
  if (ord == Order::less) return Order::greater;
  return ord == Order::greater ? Order::less : ord;
}

/// An integer against a double compares as the integer converted to double, as cel-go does (so
/// 2^63 - 1 equals 2^63.0): the spec's tests expect this lossy comparison.
template <typename Int> Order integer_vs_double(Int iv, double dbl) {
  return std::isnan(dbl) ? Order::unordered : three_way(static_cast<double>(iv), dbl);
}

Order int_vs_uint(std::int64_t iv, std::uint64_t uv) {
  return iv < 0 ? Order::less : three_way(static_cast<std::uint64_t>(iv), uv);
}

Order compare_numbers(const Value& lhs, const Value& rhs) {
  if (const auto* i = lhs.get<std::int64_t>()) {
    if (const auto* j = rhs.get<std::int64_t>()) return three_way(*i, *j);
    if (const auto* u = rhs.get<std::uint64_t>()) return int_vs_uint(*i, *u);
    return integer_vs_double(*i, *rhs.get<double>());
  }
  if (const auto* u = lhs.get<std::uint64_t>()) {
    if (const auto* v = rhs.get<std::uint64_t>()) return three_way(*u, *v);
    if (const auto* j = rhs.get<std::int64_t>()) return flip(int_vs_uint(*j, *u));
    return integer_vs_double(*u, *rhs.get<double>());
  }
  const double d = *lhs.get<double>();
  if (const auto* e = rhs.get<double>()) {
    return std::isnan(d) || std::isnan(*e) ? Order::unordered : three_way(d, *e);
  }
  return flip(compare_numbers(rhs, lhs));
}

std::optional<Order> order_same_kind(const Value& lhs, const Value& rhs) {
  switch (kind_of(lhs)) {
    case ValueKind::boolean: return three_way(*lhs.get<bool>(), *rhs.get<bool>());
    case ValueKind::string: return three_way(*lhs.get<std::string>(), *rhs.get<std::string>());
    case ValueKind::bytes: return three_way(lhs.get<Bytes>()->data, rhs.get<Bytes>()->data);
    case ValueKind::duration: return three_way(lhs.get<Duration>()->nanos, rhs.get<Duration>()->nanos);
    case ValueKind::timestamp: return three_way(lhs.get<Timestamp>()->nanos, rhs.get<Timestamp>()->nanos);
    default: return std::nullopt;
  }
}

bool lists_equal(const ValueList& lhs, const ValueList& rhs, std::uint64_t& steps) {
  if (lhs.size() != rhs.size()) return false;
  for (std::size_t i = 0; i < lhs.size(); ++i) {
    if (!equal_counted(lhs[i], rhs[i], steps)) return false;
  }
  return true;
}

bool maps_equal(const ValueMap& lhs, const ValueMap& rhs, std::uint64_t& steps) {
  if (lhs.size() != rhs.size()) return false;
  for (const auto& [key, value] : lhs) {
    const Value* other = find_entry(rhs, key, steps);
    if (other == nullptr || !equal_counted(value, *other, steps)) return false;
  }
  return true;
}

bool equal_same_kind(const Value& lhs, const Value& rhs, std::uint64_t& steps) {
  switch (kind_of(lhs)) {
    case ValueKind::null: return true;
    case ValueKind::string: steps += lhs.get<std::string>()->size(); break;
    case ValueKind::bytes: steps += lhs.get<Bytes>()->data.size(); break;
    case ValueKind::list: return lists_equal(items(lhs), items(rhs), steps);
    case ValueKind::map: return maps_equal(entries(lhs), entries(rhs), steps);
    case ValueKind::type: return lhs.get<TypeValue>()->name == rhs.get<TypeValue>()->name;
    case ValueKind::error: return false;
    default: break;
  }
  const auto o = order_same_kind(lhs, rhs);
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

bool equal(const Value& lhs, const Value& rhs) {
  std::uint64_t steps = 0;
  return equal_counted(lhs, rhs, steps);
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
  std::string scientific(buffer, sci.ptr);
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
