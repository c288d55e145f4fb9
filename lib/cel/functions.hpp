#pragma once
// The functions and macros an expression may call: CEL's standard library and the cel-go
// extensions ResourceMetricsPolicy enables (ext.Strings, ext.Encoders, ext.Math, ext.Lists).
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "cel/types.hpp"

namespace telc::cel {

/// How a function is called: `f(x, ...)`, `x.f(...)`, or either (size, matches).
enum class CallStyle : std::uint8_t { global, receiver, both };

inline constexpr std::uint8_t kVariadic = 0xff;

/// One name of the table. For `both`, the arity counts the arguments of the receiver form; the
/// global form takes the receiver as one more, first, argument.
struct Function {
  std::string_view name;  // qualified for namespaced globals: "math.greatest"
  CallStyle style;
  std::uint8_t min_args;
  std::uint8_t max_args;
  TypeSet operand;               // what the receiver (or the first argument of a global) may be; 0 = any
  Type result;                   // dyn when it depends on the arguments
  bool same_as_operand = false;  // the result has the operand's type when that is known
  bool macro = false;
};

/// Every function, sorted by name.
[[nodiscard]] std::span<const Function> all_functions();
/// The entry named `name`, if any.
[[nodiscard]] const Function* find_function(std::string_view name);

/// True when `f` may be called in this style.
[[nodiscard]] constexpr bool allows(const Function& function, bool receiver) {
  return function.style == CallStyle::both || (function.style == CallStyle::receiver) == receiver;
}

}  // namespace telc::cel
