// Durations as Go's time.ParseDuration reads them, timestamps as RFC 3339, and civil dates by
// the days-from-civil arithmetic of the proleptic Gregorian calendar.
#include "cel/time_value.hpp"

#include <fmt/format.h>

#include <charconv>
#include <limits>
#include <optional>

namespace telc::cel {
namespace {

// CEL's timestamp range, 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z, in Unix seconds.
constexpr std::int64_t kMinUnixSeconds = -62'135'596'800;
constexpr std::int64_t kMaxUnixSeconds = 253'402'300'799;
constexpr std::uint64_t kDurationBound = std::uint64_t{1} << 63;

std::int64_t floor_div(std::int64_t lhs, std::int64_t rhs) {
  return lhs / rhs - ((lhs % rhs != 0) && ((lhs < 0) != (rhs < 0)));
}
std::int64_t floor_mod(std::int64_t lhs, std::int64_t rhs) { return lhs - floor_div(lhs, rhs) * rhs; }

std::int64_t days_from_civil(std::int64_t year, int month, int day) {
  year -= month <= 2 ? 1 : 0;
  const std::int64_t era = floor_div(year, 400);
  const std::int64_t yoe = year - era * 400;
  const std::int64_t doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

bool leap_year(std::int64_t year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(std::int64_t year, int month) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && leap_year(year) ? 29 : kDays[month - 1];
}

std::uint64_t unit_nanos(std::string_view unit) {
  if (unit == "ns") return 1;
  if (unit == "us" || unit == "\u00b5s" || unit == "\u03bcs") return 1'000;
  if (unit == "ms") return 1'000'000;
  if (unit == "s") return 1'000'000'000;
  if (unit == "m") return 60'000'000'000;
  if (unit == "h") return 3'600'000'000'000;
  return 0;
}

bool is_digit(char ch) { return ch >= '0' && ch <= '9'; }

/// One "12.5ms" term of a duration, added to `total`; false when it is malformed or overflows.
struct DurationReader {
  std::string_view rest;
  std::string problem;

  std::optional<std::uint64_t> term() {
    std::uint64_t whole = 0;
    std::uint64_t fraction = 0;
    double scale = 1;
    const std::size_t before = rest.size();
    if (!leading_int(whole)) return fail("duration out of range");
    const bool has_whole = rest.size() != before;
    bool has_fraction = false;
    if (!rest.empty() && rest.front() == '.') {
      rest.remove_prefix(1);
      const std::size_t at = rest.size();
      leading_fraction(fraction, scale);
      has_fraction = rest.size() != at;
    }
    if (!has_whole && !has_fraction) return fail("a duration needs a number before each unit");
    std::size_t n = 0;
    while (n < rest.size() && rest[n] != '.' && !is_digit(rest[n])) ++n;
    if (n == 0) return fail("a duration needs a unit (h, m, s, ms, us or ns) after each number");
    const std::uint64_t unit = unit_nanos(rest.substr(0, n));
    if (unit == 0) return fail(fmt::format("unknown duration unit '{}'; use h, m, s, ms, us or ns", rest.substr(0, n)));
    rest.remove_prefix(n);
    if (whole > kDurationBound / unit) return fail("duration out of range");
    std::uint64_t v = whole * unit;
    if (fraction > 0)
      v += static_cast<std::uint64_t>(static_cast<double>(fraction) * (static_cast<double>(unit) / scale));
    if (v > kDurationBound) return fail("duration out of range");
    return v;
  }

  std::nullopt_t fail(std::string why) {
    problem = std::move(why);
    return std::nullopt;
  }

  bool leading_int(std::uint64_t& out) {
    while (!rest.empty() && is_digit(rest.front())) {
      if (out > kDurationBound / 10) return false;
      out = out * 10 + static_cast<std::uint64_t>(rest.front() - '0');
      if (out > kDurationBound) return false;
      rest.remove_prefix(1);
    }
    return true;
  }

  // Digits past what 63 bits hold are read and ignored, as Go does.
  void leading_fraction(std::uint64_t& out, double& scale) {
    bool overflow = false;
    while (!rest.empty() && is_digit(rest.front())) {
      const auto digit = static_cast<std::uint64_t>(rest.front() - '0');
      rest.remove_prefix(1);
      if (overflow || out > (kDurationBound - 1) / 10 || out * 10 + digit > kDurationBound) {
        overflow = true;
        continue;
      }
      out = out * 10 + digit;
      scale *= 10;
    }
  }
};

std::optional<int> fixed_digits(std::string_view text, std::size_t at, std::size_t count) {
  if (at + count > text.size()) return std::nullopt;
  int v = 0;
  for (std::size_t i = at; i < at + count; ++i) {
    if (!is_digit(text[i])) return std::nullopt;
    v = v * 10 + (text[i] - '0');
  }
  return v;
}

/// The fraction ".123" at `at`, in nanoseconds, moving `at` past it.
std::optional<int> fraction_nanos(std::string_view text, std::size_t& at) {
  if (at >= text.size() || text[at] != '.') return 0;
  std::size_t end = ++at;
  while (end < text.size() && is_digit(text[end])) ++end;
  if (end == at || end - at > 9) return std::nullopt;
  int nanos = 0;
  for (std::size_t i = 0; i < 9; ++i) nanos = nanos * 10 + (at + i < end ? text[at + i] - '0' : 0);
  at = end;
  return nanos;
}

/// Seconds east of UTC for the "Z" or "+hh:mm" at `at`, which must end the text.
std::optional<int> rfc3339_offset(std::string_view text, std::size_t at) {
  if (at + 1 == text.size() && text[at] == 'Z') return 0;
  if (at + 6 != text.size() || (text[at] != '+' && text[at] != '-') || text[at + 3] != ':') return std::nullopt;
  const auto h = fixed_digits(text, at + 1, 2);
  const auto m = fixed_digits(text, at + 4, 2);
  if (!h || !m || *h > 23 || *m > 59) return std::nullopt;
  return (text[at] == '-' ? -1 : 1) * (*h * 3600 + *m * 60);
}

TimeParse timestamp_at(std::int64_t seconds, int nanos) {
  if (seconds < kMinUnixSeconds || seconds > kMaxUnixSeconds) return std::string("timestamp out of range");
  std::int64_t total = 0;
  if (__builtin_mul_overflow(seconds, kNanosPerSecond, &total) || __builtin_add_overflow(total, nanos, &total)) {
    return std::string(kTimestampRangeError);
  }
  return total;
}

}  // namespace

TimeParse parse_duration(std::string_view text) {
  const std::string bad = fmt::format("invalid duration '{}'", text);
  bool negative = false;
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  if (text == "0") return std::int64_t{0};
  if (text.empty()) return bad;
  DurationReader reader{text, {}};
  std::uint64_t total = 0;
  while (!reader.rest.empty()) {
    const auto v = reader.term();
    if (!v) return fmt::format("{}: {}", bad, reader.problem);
    total += *v;
    if (total > kDurationBound) return fmt::format("{}: duration out of range", bad);
  }
  if (negative) return static_cast<std::int64_t>(0 - total);
  if (total > kDurationBound - 1) return fmt::format("{}: duration out of range", bad);
  return static_cast<std::int64_t>(total);
}

std::string format_duration(std::int64_t nanos) {
  // Go's Duration.Seconds(), then strconv.FormatFloat(s, 'f', -1, 64), as cel-go does.
  const std::int64_t whole = nanos / kNanosPerSecond;
  const std::int64_t fraction = nanos % kNanosPerSecond;
  const double seconds =
      static_cast<double>(whole) + static_cast<double>(fraction) / static_cast<double>(kNanosPerSecond);
  char buffer[64];
  const auto result = std::to_chars(std::begin(buffer), std::end(buffer), seconds, std::chars_format::fixed);
  return std::string(buffer, result.ptr) + "s";
}

TimeParse parse_timestamp(std::string_view text) {
  const std::string bad = fmt::format("invalid timestamp '{}'; write RFC 3339 such as '2024-01-31T12:00:00Z'", text);
  const auto year = fixed_digits(text, 0, 4);
  const auto month = fixed_digits(text, 5, 2);
  const auto day = fixed_digits(text, 8, 2);
  const auto hour = fixed_digits(text, 11, 2);
  const auto minute = fixed_digits(text, 14, 2);
  const auto second = fixed_digits(text, 17, 2);
  if (!year || !month || !day || !hour || !minute || !second || text[4] != '-' || text[7] != '-' || text[10] != 'T' ||
      text[13] != ':' || text[16] != ':') {
    return bad;
  }
  if (*month < 1 || *month > 12 || *day < 1 || *day > days_in_month(*year, *month) || *hour > 23 || *minute > 59 ||
      *second > 59) {
    return bad;
  }
  std::size_t at = 19;
  const auto nanos = fraction_nanos(text, at);
  const auto offset = nanos ? rfc3339_offset(text, at) : std::nullopt;
  if (!nanos || !offset) return bad;
  const std::int64_t seconds = days_from_civil(*year, *month, *day) * 86400 + std::int64_t{*hour} * 3600 +
                               std::int64_t{*minute} * 60 + *second - *offset;
  return timestamp_at(seconds, *nanos);
}

TimeParse timestamp_from_seconds(std::int64_t seconds) { return timestamp_at(seconds, 0); }

std::string format_timestamp(std::int64_t nanos) {
  const CivilTime t = civil_time(nanos, 0);
  std::string out =
      fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}", t.year, t.month, t.day, t.hour, t.minute, t.second);
  if (t.nanos != 0) {
    std::string fraction = fmt::format("{:09}", t.nanos);
    fraction.erase(fraction.find_last_not_of('0') + 1);
    out += "." + fraction;
  }
  return out + "Z";
}

CivilTime civil_time(std::int64_t nanos, std::int64_t offset_seconds) {
  const std::int64_t seconds = floor_div(nanos, kNanosPerSecond) + offset_seconds;
  const std::int64_t days = floor_div(seconds, 86400);
  const std::int64_t of_day = floor_mod(seconds, 86400);
  // civil_from_days (proleptic Gregorian), with eras of 400 years.
  const std::int64_t z = days + 719468;
  const std::int64_t era = floor_div(z, 146097);
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  CivilTime t;
  t.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  t.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  t.year = yoe + era * 400 + (t.month <= 2 ? 1 : 0);
  t.day_of_year = static_cast<int>(days - days_from_civil(t.year, 1, 1));
  t.day_of_week = static_cast<int>(floor_mod(days + 4, 7));
  t.hour = static_cast<int>(of_day / 3600);
  t.minute = static_cast<int>(of_day % 3600 / 60);
  t.second = static_cast<int>(of_day % 60);
  t.nanos = static_cast<int>(floor_mod(nanos, kNanosPerSecond));
  return t;
}

TimeParse zone_offset(std::string_view zone) {
  if (zone.empty() || zone == "UTC" || zone == "Z") return std::int64_t{0};
  const std::size_t colon = zone.find(':');
  if (colon == std::string_view::npos) {
    return fmt::format("time zone '{}' is not supported by telc's evaluator; use 'UTC' or an offset such as '+01:00'",
                       zone);
  }
  std::string_view hours = zone.substr(0, colon);
  const std::string_view minutes = zone.substr(colon + 1);
  const bool negative = !hours.empty() && hours.front() == '-';
  if (!hours.empty() && (hours.front() == '+' || hours.front() == '-')) hours.remove_prefix(1);
  int h = 0;
  int m = 0;
  const auto rh = std::from_chars(hours.data(), hours.data() + hours.size(), h);
  const auto rm = std::from_chars(minutes.data(), minutes.data() + minutes.size(), m);
  if (hours.empty() || minutes.empty() || rh.ec != std::errc() || rh.ptr != hours.data() + hours.size() ||
      rm.ec != std::errc() || rm.ptr != minutes.data() + minutes.size() || m > 59 || h > 23) {
    return fmt::format("invalid time zone offset '{}'; write it as '+hh:mm' or '-hh:mm'", zone);
  }
  return (negative ? -1 : 1) * (std::int64_t{h} * 3600 + std::int64_t{m} * 60);
}

}  // namespace telc::cel
