#pragma once
// The checker's data: functions (functions.cpp), paths (paths.cpp) and enums (enums.cpp), each a
// sorted constexpr table read from opentelemetry-collector-contrib (see each file's header and
// README.md). `since` is the first collector minor (0.<since>) that has the entry; 120 means
// "0.120 or earlier", the oldest version telc targets.
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "ottl/check.hpp"

namespace telc::ottl {

using ContextMask = std::uint16_t;
[[nodiscard]] constexpr ContextMask bit(Context c) { return static_cast<ContextMask>(1u << static_cast<unsigned>(c)); }
inline constexpr ContextMask kAllContexts = 0xff;

using ProcessorMask = std::uint8_t;
inline constexpr ProcessorMask kTransform = 1;
inline constexpr ProcessorMask kFilter = 2;
inline constexpr ProcessorMask kBoth = kTransform | kFilter;
inline constexpr ProcessorMask kRouting = 4;  // connector/routingconnector/internal/common/functions.go

/// A parameter's Go type in the function's Arguments struct, as far as it decides which literal
/// arguments can never work.
enum class ArgKind : std::uint8_t {
  getter,         // Getter, and the *Like getters that convert
  string_getter,  // StringGetter
  int_getter,     // IntGetter
  float_getter,   // FloatGetter
  bool_getter,    // BoolGetter
  map_getter,     // PMapGetter
  time_getter,    // TimeGetter
  duration_getter,
  get_setter,   // GetSetter and Setter: must be a path
  enumeration,  // Enum: an enum symbol
  string_lit,   // string
  int_lit,      // int64
  float_lit,    // float64
  bool_lit,     // bool
  bytes_lit,    // []byte
  function,     // FunctionGetter: a converter's name
};

struct Param {
  std::string_view name;  // snake_case, as named arguments spell it
  ArgKind kind = ArgKind::getter;
  bool optional = false;
  bool list = false;  // a slice: the argument is a list literal of `kind`
};

struct Function {
  std::string_view name;
  std::span<const Param> params;
  unsigned since = 120;
  ContextMask contexts = kAllContexts;
  ProcessorMask processors = kBoth;
};

struct PathInfo {
  Context context;
  std::string_view name;  // dotted below the context: "status.code"
  bool keys = false;      // takes ["key"] / [0]
  unsigned since = 120;
};

struct EnumInfo {
  std::string_view name;
  ContextMask contexts;
  unsigned since = 120;
};

/// Sorted by name.
[[nodiscard]] std::span<const Function> functions();
/// Sorted by (context, name).
[[nodiscard]] std::span<const PathInfo> paths();
/// Sorted by name.
[[nodiscard]] std::span<const EnumInfo> enums();

[[nodiscard]] const Function* find_function(std::string_view name);
[[nodiscard]] const PathInfo* find_path(Context context, std::string_view name);
[[nodiscard]] const EnumInfo* find_enum(std::string_view name);

}  // namespace telc::ottl
