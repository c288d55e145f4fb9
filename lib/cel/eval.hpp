#pragma once
// The CEL evaluator: evaluate() runs a parsed expression against bound variables with CEL's
// semantics (cel-spec doc/langdef.md): errors are values that propagate, `&&` and `||` absorb an
// error when the other side decides, a missing map key or field is an error that `has()` tests
// for, integer overflow and division by zero are errors, and every evaluation has a cost bound.
// Values are built by the caller (lib/cel knows nothing of YAML or JSON).
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "cel/ast.hpp"

namespace telc::cel {

class Value;
using ValueList = std::vector<Value>;
/// Map entries in insertion order; keys are unique (bool, int, uint or string, as CEL allows).
using ValueMap = std::vector<std::pair<Value, Value>>;

struct Bytes {
  std::string data;
};
/// A CEL error value: the message says what failed, in one line ("no such key: 'uid'").
struct Error {
  std::string message;
};
/// google.protobuf.Duration as CEL sees it, in nanoseconds.
struct Duration {
  std::int64_t nanos = 0;
};
/// google.protobuf.Timestamp as CEL sees it, in nanoseconds since the Unix epoch (UTC).
struct Timestamp {
  std::int64_t nanos = 0;
};
/// A type value (`type(x)`, `int`, `string`): its CEL name.
struct TypeValue {
  std::string name;
};

/// A CEL value. Lists and maps are shared and immutable, so copying a Value is cheap.
class Value {
 public:
  using Data = std::variant<std::monostate, bool, std::int64_t, std::uint64_t, double, std::string, Bytes,
                            std::shared_ptr<const ValueList>, std::shared_ptr<const ValueMap>, Duration, Timestamp,
                            TypeValue, Error>;

  Value() = default;  // null
  static Value null() { return {}; }
  static Value boolean(bool v) { return Value(Data(v)); }
  static Value integer(std::int64_t v) { return Value(Data(v)); }
  static Value uinteger(std::uint64_t v) { return Value(Data(v)); }
  static Value dbl(double v) { return Value(Data(v)); }
  static Value string(std::string v) { return Value(Data(std::move(v))); }
  static Value bytes(std::string v) { return Value(Data(Bytes{std::move(v)})); }
  static Value list(ValueList v) { return Value(Data(std::make_shared<const ValueList>(std::move(v)))); }
  static Value map(ValueMap v) { return Value(Data(std::make_shared<const ValueMap>(std::move(v)))); }
  static Value error(std::string message) { return Value(Data(Error{std::move(message)})); }
  static Value duration(std::int64_t nanos) { return Value(Data(Duration{nanos})); }
  static Value timestamp(std::int64_t nanos) { return Value(Data(Timestamp{nanos})); }
  static Value type_value(std::string name) { return Value(Data(TypeValue{std::move(name)})); }

  [[nodiscard]] const Data& data() const { return data_; }
  [[nodiscard]] bool is_error() const { return std::holds_alternative<Error>(data_); }
  [[nodiscard]] bool is_null() const { return std::holds_alternative<std::monostate>(data_); }
  template <typename T> [[nodiscard]] const T* get() const { return std::get_if<T>(&data_); }

 private:
  explicit Value(Data data) : data_(std::move(data)) {}
  Data data_;
};

/// The variables an expression sees (`object`, `item`, `resource`, `value`, `attributes`).
using Activation = std::map<std::string, Value, std::less<>>;

struct EvalLimits {
  /// Steps (nodes visited, comprehension iterations, bytes built by string functions) before the
  /// evaluation stops with the error "cost limit exceeded".
  std::uint64_t max_cost = 1'000'000;
};

/// Evaluates `expr` (from parse()). Never throws; every failure is an Error value.
[[nodiscard]] Value evaluate(const Expr& expr, const Activation& activation, const EvalLimits& limits = {});

/// The value as a CEL literal, deterministic (map entries in key order): `{"a": [1, 2.5, true]}`,
/// `b"..."`, `duration("1.5s")`, `error(no such key: 'uid')`. For reports and test diffs.
[[nodiscard]] std::string to_display(const Value& value);

/// A label value as the resource-metrics controller converts it (cel-go's ConvertToType(string)):
/// a string as is, null as "", anything else in its string() conversion (bytes only when valid
/// UTF-8); an error for lists, maps and errors.
[[nodiscard]] Value to_label(const Value& value);

/// CEL equality (`==`): heterogeneous numbers compare by value, lists and maps element-wise.
[[nodiscard]] bool equal(const Value& a, const Value& b);

}  // namespace telc::cel
