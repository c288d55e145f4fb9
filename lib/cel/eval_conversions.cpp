// Type conversions (langdef.md "Types and Conversions"): int(), uint(), double(), string(),
// bytes(), bool(), duration(), timestamp(), dyn() and type(). A conversion out of the target's
// range is an error, as is text that does not spell a value of the target type.
#include <fmt/format.h>

#include <charconv>
#include <cmath>

#include "cel/evaluator.hpp"
#include "cel/time_value.hpp"
#include "cel/value_ops.hpp"

namespace telc::cel {
namespace {

constexpr double kTwoTo63 = 9223372036854775808.0;
constexpr double kTwoTo64 = 18446744073709551616.0;

Value conversion_error(std::string_view to, const Value& from) {
  if (const auto* s = from.get<std::string>()) {
    return Value::error(fmt::format("cannot convert '{}' to {}", *s, to));
  }
  return Value::error(fmt::format("cannot convert {} to {}", type_name(from), to));
}

/// A whole decimal number as Go's strconv.ParseInt/ParseUint reads it (a sign only for int).
template <typename T> std::optional<T> parse_integer(std::string_view text, bool allow_plus) {
  if (allow_plus && text.size() > 1 && text.front() == '+' && text[1] != '-') text.remove_prefix(1);
  T v{};
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v, 10);
  if (text.empty() || ec != std::errc() || ptr != text.data() + text.size()) return std::nullopt;
  return v;
}

/// A double as Go's strconv.ParseFloat reads decimal text, with "Inf", "Infinity" and "NaN".
std::optional<double> parse_double(std::string_view text) {
  if (text.size() > 1 && text.front() == '+' && text[1] != '-') text.remove_prefix(1);
  double v = 0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v, std::chars_format::general);
  if (text.empty() || ec != std::errc() || ptr != text.data() + text.size()) return std::nullopt;
  return v;
}

Value to_int(Evaluator& /*evaluator*/, std::span<const Value> args) {
  if (args.size() != 1) return no_overload("int", args);
  const Value& v = args[0];
  switch (kind_of(v)) {
    case ValueKind::int64: return v;
    case ValueKind::uint64:
      if (*v.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX)) return Value::error("integer overflow");
      return Value::integer(static_cast<std::int64_t>(*v.get<std::uint64_t>()));
    case ValueKind::dbl: {
      const double d = *v.get<double>();
      if (std::isnan(d) || d <= -kTwoTo63 || d >= kTwoTo63) return Value::error("integer overflow");
      return Value::integer(static_cast<std::int64_t>(d));
    }
    case ValueKind::string: {
      const auto i = parse_integer<std::int64_t>(*v.get<std::string>(), true);
      return i ? Value::integer(*i) : conversion_error("int", v);
    }
    case ValueKind::timestamp: {
      const std::int64_t n = v.get<Timestamp>()->nanos;
      return Value::integer(n / kNanosPerSecond - (n % kNanosPerSecond < 0 ? 1 : 0));
    }
    case ValueKind::duration: return Value::integer(v.get<Duration>()->nanos);
    default: return no_overload("int", args);
  }
}

Value to_uint(Evaluator& /*evaluator*/, std::span<const Value> args) {
  if (args.size() != 1) return no_overload("uint", args);
  const Value& v = args[0];
  switch (kind_of(v)) {
    case ValueKind::uint64: return v;
    case ValueKind::int64:
      if (*v.get<std::int64_t>() < 0) return Value::error("unsigned integer overflow");
      return Value::uinteger(static_cast<std::uint64_t>(*v.get<std::int64_t>()));
    case ValueKind::dbl: {
      const double d = *v.get<double>();
      if (std::isnan(d) || d < 0 || d >= kTwoTo64) return Value::error("unsigned integer overflow");
      return Value::uinteger(static_cast<std::uint64_t>(d));
    }
    case ValueKind::string: {
      const auto u = parse_integer<std::uint64_t>(*v.get<std::string>(), false);
      return u ? Value::uinteger(*u) : conversion_error("uint", v);
    }
    default: return no_overload("uint", args);
  }
}

Value to_double(Evaluator& /*evaluator*/, std::span<const Value> args) {
  if (args.size() != 1) return no_overload("double", args);
  const Value& v = args[0];
  switch (kind_of(v)) {
    case ValueKind::dbl: return v;
    case ValueKind::int64: return Value::dbl(static_cast<double>(*v.get<std::int64_t>()));
    case ValueKind::uint64: return Value::dbl(static_cast<double>(*v.get<std::uint64_t>()));
    case ValueKind::string: {
      const auto d = parse_double(*v.get<std::string>());
      return d ? Value::dbl(*d) : conversion_error("double", v);
    }
    default: return no_overload("double", args);
  }
}

Value to_string_fn(Evaluator& evaluator, std::span<const Value> args) {
  if (args.size() != 1 || kind_of(args[0]) == ValueKind::type) return no_overload("string", args);
  Value s = convert_to_string(args[0]);
  if (const auto* text = s.get<std::string>()) evaluator.charge(text->size());
  return s;
}

Value to_bytes(Evaluator& evaluator, std::span<const Value> args) {
  if (args.size() != 1) return no_overload("bytes", args);
  if (kind_of(args[0]) == ValueKind::bytes) return args[0];
  const auto* s = args[0].get<std::string>();
  if (s == nullptr) return no_overload("bytes", args);
  evaluator.charge(s->size());
  return Value::bytes(*s);
}

Value to_bool(Evaluator& /*evaluator*/, std::span<const Value> args) {
  if (args.size() != 1) return no_overload("bool", args);
  if (kind_of(args[0]) == ValueKind::boolean) return args[0];
  const auto* s = args[0].get<std::string>();
  if (s == nullptr) return no_overload("bool", args);
  // Go's strconv.ParseBool, which cel-go uses.
  for (std::string_view t : {"1", "t", "T", "TRUE", "true", "True"}) {
    if (*s == t) return Value::boolean(true);
  }
  for (std::string_view f : {"0", "f", "F", "FALSE", "false", "False"}) {
    if (*s == f) return Value::boolean(false);
  }
  return conversion_error("bool", args[0]);
}

Value from_time_parse(const TimeParse& parsed, bool timestamp) {
  if (const auto* problem = std::get_if<std::string>(&parsed)) return Value::error(*problem);
  const std::int64_t nanos = std::get<std::int64_t>(parsed);
  return timestamp ? Value::timestamp(nanos) : Value::duration(nanos);
}

Value to_duration(Evaluator& /*evaluator*/, std::span<const Value> args) {
  if (args.size() != 1) return no_overload("duration", args);
  if (kind_of(args[0]) == ValueKind::duration) return args[0];
  const auto* s = args[0].get<std::string>();
  if (s == nullptr) return no_overload("duration", args);
  return from_time_parse(parse_duration(*s), false);
}

Value to_timestamp(Evaluator& /*evaluator*/, std::span<const Value> args) {
  if (args.size() != 1) return no_overload("timestamp", args);
  if (kind_of(args[0]) == ValueKind::timestamp) return args[0];
  if (const auto* seconds = args[0].get<std::int64_t>()) return from_time_parse(timestamp_from_seconds(*seconds), true);
  const auto* s = args[0].get<std::string>();
  if (s == nullptr) return no_overload("timestamp", args);
  return from_time_parse(parse_timestamp(*s), true);
}

Value to_dyn(Evaluator& /*evaluator*/, std::span<const Value> args) {
  return args.size() == 1 ? args[0] : no_overload("dyn", args);
}

Value type_of(Evaluator& /*evaluator*/, std::span<const Value> args) {
  if (args.size() != 1) return no_overload("type", args);
  return Value::type_value(std::string(type_name(args[0])));
}

constexpr Builtin kConversionBuiltins[] = {
    {"bool", to_bool}, {"bytes", to_bytes}, {"double", to_double},    {"duration", to_duration},
    {"dyn", to_dyn},   {"int", to_int},     {"string", to_string_fn}, {"timestamp", to_timestamp},
    {"type", type_of}, {"uint", to_uint},
};

}  // namespace

std::span<const Builtin> conversion_builtins() { return kConversionBuiltins; }

}  // namespace telc::cel
