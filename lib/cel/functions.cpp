#include "cel/functions.hpp"

#include <algorithm>

namespace telc::cel {
namespace {

using T = Type;
using S = CallStyle;
constexpr std::uint8_t N = kVariadic;
constexpr TypeSet kAny = 0;
constexpr TypeSet kString = bit(T::string);
constexpr TypeSet kList = bit(T::list);
constexpr TypeSet kDouble = bit(T::dbl);
constexpr TypeSet kIntegers = set_of(T::int64, T::uint64);
constexpr TypeSet kTimestamp = bit(T::timestamp);
constexpr TypeSet kTime = set_of(T::timestamp, T::duration);

// Sorted by name (std::string_view order); tests/cel/checker_test.cpp keeps it sorted.
// Names and arities: cel-spec langdef.md "List of Standard Definitions" and cel-go ext/README.md.
// clang-format off
constexpr Function kFunctions[] = {
    {"all",                S::receiver, 2, 2, set_of(T::list, T::map), T::boolean, false, true},
    {"base64.decode",      S::global,   1, 1, kString,        T::bytes},
    {"base64.encode",      S::global,   1, 1, bit(T::bytes),  T::string},
    {"bool",               S::global,   1, 1, kAny,           T::boolean},
    {"bytes",              S::global,   1, 1, kAny,           T::bytes},
    {"charAt",             S::receiver, 1, 1, kString,        T::string},
    {"contains",           S::receiver, 1, 1, kString,        T::boolean},
    {"distinct",           S::receiver, 0, 0, kList,          T::list},
    {"double",             S::global,   1, 1, kAny,           T::dbl},
    {"duration",           S::global,   1, 1, kAny,           T::duration},
    {"dyn",                S::global,   1, 1, kAny,           T::dyn},
    {"endsWith",           S::receiver, 1, 1, kString,        T::boolean},
    {"exists",             S::receiver, 2, 2, set_of(T::list, T::map), T::boolean, false, true},
    {"exists_one",         S::receiver, 2, 2, set_of(T::list, T::map), T::boolean, false, true},
    {"filter",             S::receiver, 2, 2, set_of(T::list, T::map), T::list, false, true},
    {"first",              S::receiver, 0, 0, kList,          T::dyn},
    {"flatten",            S::receiver, 0, 1, kList,          T::list},
    {"format",             S::receiver, 1, 1, kString,        T::string},
    {"getDate",            S::receiver, 0, 1, kTimestamp,     T::int64},
    {"getDayOfMonth",      S::receiver, 0, 1, kTimestamp,     T::int64},
    {"getDayOfWeek",       S::receiver, 0, 1, kTimestamp,     T::int64},
    {"getDayOfYear",       S::receiver, 0, 1, kTimestamp,     T::int64},
    {"getFullYear",        S::receiver, 0, 1, kTimestamp,     T::int64},
    {"getHours",           S::receiver, 0, 1, kTime,          T::int64},
    {"getMilliseconds",    S::receiver, 0, 1, kTime,          T::int64},
    {"getMinutes",         S::receiver, 0, 1, kTime,          T::int64},
    {"getMonth",           S::receiver, 0, 1, kTimestamp,     T::int64},
    {"getSeconds",         S::receiver, 0, 1, kTime,          T::int64},
    {"has",                S::global,   1, 1, kAny,           T::boolean, false, true},
    {"indexOf",            S::receiver, 1, 2, kString,        T::int64},
    {"int",                S::global,   1, 1, kAny,           T::int64},
    {"join",               S::receiver, 0, 1, kList,          T::string},
    {"last",               S::receiver, 0, 0, kList,          T::dyn},
    {"lastIndexOf",        S::receiver, 1, 2, kString,        T::int64},
    {"lists.range",        S::global,   1, 1, bit(T::int64),  T::list},
    {"lowerAscii",         S::receiver, 0, 0, kString,        T::string},
    {"map",                S::receiver, 2, 3, set_of(T::list, T::map), T::list, false, true},
    {"matches",            S::both,     1, 1, kString,        T::boolean},
    {"math.abs",           S::global,   1, 1, kNumbers,       T::dyn, true},
    {"math.bitAnd",        S::global,   2, 2, kIntegers,      T::dyn, true},
    {"math.bitNot",        S::global,   1, 1, kIntegers,      T::dyn, true},
    {"math.bitOr",         S::global,   2, 2, kIntegers,      T::dyn, true},
    {"math.bitShiftLeft",  S::global,   2, 2, kIntegers,      T::dyn, true},
    {"math.bitShiftRight", S::global,   2, 2, kIntegers,      T::dyn, true},
    {"math.bitXor",        S::global,   2, 2, kIntegers,      T::dyn, true},
    {"math.ceil",          S::global,   1, 1, kDouble,        T::dbl},
    {"math.floor",         S::global,   1, 1, kDouble,        T::dbl},
    {"math.greatest",      S::global,   1, N, kNumbers | kList, T::dyn},
    {"math.isFinite",      S::global,   1, 1, kDouble,        T::boolean},
    {"math.isInf",         S::global,   1, 1, kDouble,        T::boolean},
    {"math.isNaN",         S::global,   1, 1, kDouble,        T::boolean},
    {"math.least",         S::global,   1, N, kNumbers | kList, T::dyn},
    {"math.round",         S::global,   1, 1, kDouble,        T::dbl},
    {"math.sign",          S::global,   1, 1, kNumbers,       T::dyn, true},
    {"math.sqrt",          S::global,   1, 1, kNumbers,       T::dbl},
    {"math.trunc",         S::global,   1, 1, kDouble,        T::dbl},
    {"replace",            S::receiver, 2, 3, kString,        T::string},
    {"reverse",            S::receiver, 0, 0, kString | kList, T::dyn, true},
    {"size",               S::both,     0, 0, set_of(T::string, T::bytes, T::list, T::map), T::int64},
    {"slice",              S::receiver, 2, 2, kList,          T::list},
    {"sort",               S::receiver, 0, 0, kList,          T::list},
    {"sortBy",             S::receiver, 2, 2, kList,          T::list, false, true},
    {"split",              S::receiver, 1, 2, kString,        T::list},
    {"startsWith",         S::receiver, 1, 1, kString,        T::boolean},
    {"string",             S::global,   1, 1, kAny,           T::string},
    {"strings.quote",      S::global,   1, 1, kString,        T::string},
    {"substring",          S::receiver, 1, 2, kString,        T::string},
    {"timestamp",          S::global,   1, 1, kAny,           T::timestamp},
    {"trim",               S::receiver, 0, 0, kString,        T::string},
    {"type",               S::global,   1, 1, kAny,           T::type},
    {"uint",               S::global,   1, 1, kAny,           T::uint64},
    {"upperAscii",         S::receiver, 0, 0, kString,        T::string},
};
// clang-format on

}  // namespace

std::span<const Function> all_functions() { return kFunctions; }

const Function* find_function(std::string_view name) {
  const auto* it =
      std::lower_bound(std::begin(kFunctions), std::end(kFunctions), name,
                       [](const Function& function, std::string_view name) { return function.name < name; });
  return it != std::end(kFunctions) && it->name == name ? it : nullptr;
}

}  // namespace telc::cel
