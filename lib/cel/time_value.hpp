#pragma once
// Durations and timestamps as text (Go's time.ParseDuration and RFC 3339, as cel-go reads and
// writes them) and timestamps as civil dates. Both are int64 nanoseconds, so a timestamp lies
// between 1677-09-21 and 2262-04-11; CEL allows years 1 to 9999, and telc reports the rest as an
// error rather than a wrong value.
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace telc::cel {

inline constexpr std::int64_t kNanosPerSecond = 1'000'000'000;
/// Why a timestamp that CEL allows is refused: it does not fit int64 nanoseconds.
inline constexpr std::string_view kTimestampRangeError =
    "timestamp out of the range telc's evaluator represents (1677-09-21 to 2262-04-11 UTC)";

/// Nanoseconds, or the reason the text is not a duration.
using TimeParse = std::variant<std::int64_t, std::string>;

/// "1h30m", "-1.5s", "0", "250ms" (units h, m, s, ms, us, µs, ns).
[[nodiscard]] TimeParse parse_duration(std::string_view text);
/// Seconds with the shortest fraction and an 's' suffix: "60.001s", "-90s", "0s".
[[nodiscard]] std::string format_duration(std::int64_t nanos);

/// RFC 3339: "2009-02-13T23:31:30Z", "2023-08-26T12:39:00.5-07:00".
[[nodiscard]] TimeParse parse_timestamp(std::string_view text);
/// RFC 3339 in UTC with the shortest fraction: "2009-02-13T23:31:30.5Z".
[[nodiscard]] std::string format_timestamp(std::int64_t nanos);
/// The timestamp `seconds` after the epoch, or the reason it is out of range.
[[nodiscard]] TimeParse timestamp_from_seconds(std::int64_t seconds);

/// A timestamp's fields in some time zone.
struct CivilTime {
  std::int64_t year = 1970;
  int month = 1;        // 1..12
  int day = 1;          // 1..31
  int day_of_year = 0;  // 0..365
  int day_of_week = 4;  // 0 = Sunday
  int hour = 0;
  int minute = 0;
  int second = 0;
  int nanos = 0;
};

/// The fields of `nanos` seen at `offset_seconds` east of UTC.
[[nodiscard]] CivilTime civil_time(std::int64_t nanos, std::int64_t offset_seconds);

/// Seconds east of UTC for "UTC", "Z", "+05:30" or "-08:00"; the reason otherwise (named zones
/// such as "Europe/Paris" need a time-zone database, which telc's evaluator does not read).
[[nodiscard]] TimeParse zone_offset(std::string_view zone);

}  // namespace telc::cel
