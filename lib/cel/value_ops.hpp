#pragma once
// What the evaluator and its functions need to know about values: their kind and CEL type name,
// CEL equality and ordering (numbers across int, uint and double), map lookup, and the size of a
// value, which the cost limit charges when a value is copied into a new list or map.
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "cel/eval.hpp"

namespace telc::cel {

/// The kind of a value, in the order of Value::Data's alternatives.
enum class ValueKind : std::uint8_t {
  null,
  boolean,
  int64,
  uint64,
  dbl,
  string,
  bytes,
  list,
  map,
  duration,
  timestamp,
  type,
  error,
};

[[nodiscard]] inline ValueKind kind_of(const Value& value) { return static_cast<ValueKind>(value.data().index()); }
/// The CEL type name: "int", "list", "google.protobuf.Duration", "null_type".
[[nodiscard]] std::string_view type_name(ValueKind kind);
[[nodiscard]] inline std::string_view type_name(const Value& value) { return type_name(kind_of(value)); }

[[nodiscard]] inline const ValueList& items(const Value& list) {
  return **list.get<std::shared_ptr<const ValueList>>();
}
[[nodiscard]] inline const ValueMap& entries(const Value& map) { return **map.get<std::shared_ptr<const ValueMap>>(); }
[[nodiscard]] inline bool is_number(const Value& value) {
  const ValueKind k = kind_of(value);
  return k == ValueKind::int64 || k == ValueKind::uint64 || k == ValueKind::dbl;
}

/// The result of comparing two values; `unordered` when a NaN takes part.
enum class Order : std::int8_t { less = -1, equal = 0, greater = 1, unordered = 2 };

/// The order of two values of kinds CEL orders (numbers across kinds; otherwise both of one kind
/// among bool, string, bytes, duration, timestamp); nothing when they cannot be ordered.
[[nodiscard]] std::optional<Order> order(const Value& lhs, const Value& rhs);

/// CEL equality that counts its work into `steps` (elements visited, string bytes compared).
[[nodiscard]] bool equal_counted(const Value& lhs, const Value& rhs, std::uint64_t& steps);

/// A map key CEL allows: bool, int, uint or string.
[[nodiscard]] bool is_key_kind(ValueKind kind);
/// The entry whose key equals `key` (1 == 1u == 1.0), or nullptr; counts entries scanned.
[[nodiscard]] const Value* find_entry(const ValueMap& map, const Value& key, std::uint64_t& steps);

/// Scalars count 1, strings and bytes 1 + their length, lists and maps 1 + their elements;
/// stops counting at `cap`.
[[nodiscard]] std::uint64_t deep_size(const Value& value, std::uint64_t cap);

/// string(double) as cel-go writes it (Go's %g): "1.5", "1e+06", "NaN", "+Inf".
[[nodiscard]] std::string format_double(double value);

/// string(value): numbers, bools, durations and timestamps in CEL's text form, bytes that are
/// UTF-8, strings as they are; an error for anything else.
[[nodiscard]] Value convert_to_string(const Value& value);

/// "no matching overload for 'name' applied to (int, string)".
[[nodiscard]] Value no_overload(std::string_view function, std::span<const Value> args);
[[nodiscard]] Value no_overload(std::string_view function, std::initializer_list<Value> args);

}  // namespace telc::cel
