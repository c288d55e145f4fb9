#pragma once
// The checker's type lattice: one kind per CEL value type, with `dyn` as the top that every
// other type flows into. Lists and maps are not parameterised: their elements are dyn, which
// keeps the checker conservative (it never reports what it cannot prove).
#include <cstdint>
#include <string_view>

namespace telc::cel {

enum class Type : std::uint8_t {
  dyn,
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
};

/// A set of types as a bit mask; 0 stands for "any".
using TypeSet = std::uint16_t;

[[nodiscard]] constexpr TypeSet bit(Type type) { return static_cast<TypeSet>(1u << static_cast<unsigned>(type)); }
template <typename... T> [[nodiscard]] constexpr TypeSet set_of(T... text) {
  return static_cast<TypeSet>((bit(text) | ...));
}
inline constexpr TypeSet kNumbers = set_of(Type::int64, Type::uint64, Type::dbl);

/// True when a value of type `t` may be in `s` at run time (dyn may be anything).
[[nodiscard]] constexpr bool may_be(Type type, TypeSet set) {
  return set == 0 || type == Type::dyn || (bit(type) & set) != 0;
}

/// The CEL name: "int", "uint", "double", "string", "list", "map", "google.protobuf.Duration"...
[[nodiscard]] std::string_view to_string(Type type);
/// The name with an article, for messages: "an int", "a string".
[[nodiscard]] std::string_view with_article(Type type);
/// "a string or bytes" style description of a set.
[[nodiscard]] std::string describe(TypeSet set);

}  // namespace telc::cel
