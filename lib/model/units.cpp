#include "model/units.hpp"

namespace telc::model {
namespace {

// clang-format off
constexpr UnitInfo kUnits[] = {
    {"1",                "1",      "",                 false},
    {"percent",          "%",      "percent",          false},
    {"nanoseconds",      "ns",     "nanoseconds",      true},
    {"microseconds",     "us",     "microseconds",     true},
    {"milliseconds",     "ms",     "milliseconds",     true},
    {"seconds",          "s",      "seconds",          true},
    {"minutes",          "min",    "minutes",          true},
    {"hours",            "h",      "hours",            true},
    {"days",             "d",      "days",             true},
    {"bits",             "bit",    "bits",             false},
    {"bytes",            "By",     "bytes",            false},
    {"kilobytes",        "kBy",    "kilobytes",        false},
    {"megabytes",        "MBy",    "megabytes",        false},
    {"gigabytes",        "GBy",    "gigabytes",        false},
    {"terabytes",        "TBy",    "terabytes",        false},
    {"kibibytes",        "KiBy",   "kibibytes",        false},
    {"mebibytes",        "MiBy",   "mebibytes",        false},
    {"gibibytes",        "GiBy",   "gibibytes",        false},
    {"tebibytes",        "TiBy",   "tebibytes",        false},
    {"bytes_per_second", "By/s",   "bytes_per_second", false},
    {"bits_per_second",  "bit/s",  "bits_per_second",  false},
    {"meters",           "m",      "meters",           false},
    {"grams",            "g",      "grams",            false},
    {"volts",            "V",      "volts",            false},
    {"amperes",          "A",      "amperes",          false},
    {"joules",           "J",      "joules",           false},
    {"watts",            "W",      "watts",            false},
    {"celsius",          "Cel",    "celsius",          false},
    {"hertz",            "Hz",     "hertz",            false},
};
// clang-format on

}  // namespace

std::optional<UnitInfo> find_unit(std::string_view unit) {
  for (const UnitInfo& u : kUnits)
    if (u.word == unit || u.ucum == unit) return u;
  const bool annotation =
      unit.size() > 2 && unit.front() == '{' && unit.back() == '}' && unit.find_first_of("{}", 1) == unit.size() - 1;
  if (annotation) return UnitInfo{unit, unit, "", false};
  return std::nullopt;
}

std::span<const UnitInfo> all_units() { return kUnits; }

}  // namespace telc::model
