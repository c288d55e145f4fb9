// Timestamp and duration accessors (langdef.md "Date/Time Functions"). A timestamp's fields are
// read in UTC or in the time zone of the optional argument ('UTC' or a fixed '+hh:mm' offset);
// a duration's getHours/getMinutes/getSeconds convert the whole duration, getMilliseconds reads
// its millisecond component, as the spec says.
#include <fmt/format.h>

#include "cel/evaluator.hpp"
#include "cel/time_value.hpp"
#include "cel/value_ops.hpp"

namespace telc::cel {
namespace {

enum class Field : std::uint8_t {
  year,
  month,
  date,
  day_of_month,
  day_of_week,
  day_of_year,
  hours,
  minutes,
  seconds,
  millis
};

std::int64_t field_of(const CivilTime& time, Field field) {
  switch (field) {
    case Field::year: return time.year;
    case Field::month: return time.month - 1;
    case Field::date: return time.day;
    case Field::day_of_month: return time.day - 1;
    case Field::day_of_week: return time.day_of_week;
    case Field::day_of_year: return time.day_of_year;
    case Field::hours: return time.hour;
    case Field::minutes: return time.minute;
    case Field::seconds: return time.second;
    case Field::millis: return time.nanos / 1'000'000;
  }
  return 0;
}

Value duration_field(std::int64_t nanos, Field field) {
  switch (field) {
    case Field::hours: return Value::integer(nanos / (3600 * kNanosPerSecond));
    case Field::minutes: return Value::integer(nanos / (60 * kNanosPerSecond));
    case Field::seconds: return Value::integer(nanos / kNanosPerSecond);
    case Field::millis: return Value::integer(nanos % kNanosPerSecond / 1'000'000);
    default: return Value::error("a duration has no calendar fields");
  }
}

Value accessor(std::span<const Value> args, Field field, std::string_view name) {
  if (args.empty() || args.size() > 2) return no_overload(name, args);
  if (const auto* d = args[0].get<Duration>(); d != nullptr && args.size() == 1 && field >= Field::hours) {
    return duration_field(d->nanos, field);
  }
  const auto* t = args[0].get<Timestamp>();
  if (t == nullptr) return no_overload(name, args);
  std::int64_t offset = 0;
  if (args.size() == 2) {
    const auto* zone = args[1].get<std::string>();
    if (zone == nullptr) return no_overload(name, args);
    const TimeParse parsed = zone_offset(*zone);
    if (const auto* problem = std::get_if<std::string>(&parsed)) return Value::error(*problem);
    offset = std::get<std::int64_t>(parsed);
  }
  return Value::integer(field_of(civil_time(t->nanos, offset), field));
}

template <Field F> Value get(Evaluator& /*evaluator*/, std::span<const Value> args) {
  static constexpr std::string_view kNames[] = {"getFullYear",  "getMonth",       "getDate",  "getDayOfMonth",
                                                "getDayOfWeek", "getDayOfYear",   "getHours", "getMinutes",
                                                "getSeconds",   "getMilliseconds"};
  return accessor(args, F, kNames[static_cast<std::size_t>(F)]);
}

constexpr Builtin kTimeBuiltins[] = {
    {"getDate", get<Field::date>},
    {"getDayOfMonth", get<Field::day_of_month>},
    {"getDayOfWeek", get<Field::day_of_week>},
    {"getDayOfYear", get<Field::day_of_year>},
    {"getFullYear", get<Field::year>},
    {"getHours", get<Field::hours>},
    {"getMilliseconds", get<Field::millis>},
    {"getMinutes", get<Field::minutes>},
    {"getMonth", get<Field::month>},
    {"getSeconds", get<Field::seconds>},
};

}  // namespace

std::span<const Builtin> time_builtins() { return kTimeBuiltins; }

}  // namespace telc::cel
