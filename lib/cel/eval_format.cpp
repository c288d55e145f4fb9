// ext strings' format(): printf-style clauses %s %d %f %e %b %o %x %X and %%, with an optional
// precision (%.3f), as cel-go's second formatter writes them. Lists and maps are written with
// their elements as %s writes them, map entries sorted by their written key.
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>

#include "cel/evaluator.hpp"
#include "cel/time_value.hpp"
#include "cel/value_ops.hpp"

namespace telc::cel {
namespace {

using Text = std::variant<std::string, Value>;  // the written text, or an error

// fmt 9 writes at most 767 digits after the point, so a larger precision is refused rather than
// cut short.
constexpr int kMaxPrecision = 500;

Value clause_error(std::string_view clause, std::string_view expects, const Value& given) {
  return Value::error(fmt::format("error during formatting: {} clause can only be used on {}, was given {}", clause,
                                  expects, type_name(given)));
}

/// NaN and the infinities, which %s, %d, %f and %e all write as words.
std::optional<std::string> special_double(const Value& val) {
  const auto* d = val.get<double>();
  if (d == nullptr || std::isfinite(*d)) return std::nullopt;
  if (std::isnan(*d)) return "NaN";
  return *d > 0 ? "Infinity" : "-Infinity";
}

std::string shortest_fixed(double dbl) {
  char buffer[400];
  const auto r = std::to_chars(std::begin(buffer), std::end(buffer), dbl, std::chars_format::fixed);
  return {buffer, r.ptr};
}

Text written(const Value& val);

Text written_list(const ValueList& list) {
  std::string out = "[";
  for (std::size_t i = 0; i < list.size(); ++i) {
    Text t = written(list[i]);
    if (std::holds_alternative<Value>(t)) return t;
    out += (i > 0 ? ", " : "") + std::get<std::string>(t);
  }
  return out + "]";
}

Text written_map(const ValueMap& map) {
  std::vector<std::pair<std::string, std::string>> pairs;
  for (const auto& [key, value] : map) {
    Text k = written(key);
    if (std::holds_alternative<Value>(k)) return k;
    Text v = written(value);
    if (std::holds_alternative<Value>(v)) return v;
    pairs.emplace_back(std::get<std::string>(k), std::get<std::string>(v));
  }
  std::stable_sort(pairs.begin(), pairs.end(), [](const auto& lhs, const auto& rhs) { return lhs.first < rhs.first; });
  std::string out = "{";
  for (std::size_t i = 0; i < pairs.size(); ++i) out += (i > 0 ? ", " : "") + pairs[i].first + ": " + pairs[i].second;
  return out + "}";
}

/// The %s form of a value.
Text written(const Value& val) {
  if (auto special = special_double(val)) return *special;
  switch (kind_of(val)) {
    case ValueKind::null: return std::string("null");
    case ValueKind::dbl: return shortest_fixed(*val.get<double>());
    case ValueKind::bytes: return val.get<Bytes>()->data;
    case ValueKind::list: return written_list(items(val));
    case ValueKind::map: return written_map(entries(val));
    case ValueKind::duration:
    case ValueKind::timestamp:
    case ValueKind::type:
    case ValueKind::string:
    case ValueKind::boolean:
    case ValueKind::int64:
    case ValueKind::uint64: return *convert_to_string(val).get<std::string>();
    case ValueKind::error: return val;
  }
  return val;
}

Text integer_clause(const Value& val, char clause) {
  const auto* i = val.get<std::int64_t>();
  const auto* u = val.get<std::uint64_t>();
  const auto* b = val.get<bool>();
  switch (clause) {
    case 'd':
      if (auto special = special_double(val)) return *special;
      if (i == nullptr && u == nullptr) return clause_error("decimal", "integers", val);
      return i != nullptr ? fmt::format("{}", *i) : fmt::format("{}", *u);
    case 'b':
      if (b != nullptr) return std::string(*b ? "1" : "0");
      if (i == nullptr && u == nullptr) {
        return Value::error(
            fmt::format("error during formatting: only integers and bools can be formatted as binary, was given {}",
                        type_name(val)));
      }
      return i != nullptr ? fmt::format("{:b}", *i) : fmt::format("{:b}", *u);
    default:
      if (i == nullptr && u == nullptr) return clause_error("octal", "integers", val);
      return i != nullptr ? fmt::format("{:o}", *i) : fmt::format("{:o}", *u);
  }
}

Text hex_clause(const Value& val, bool upper) {
  std::string out;
  if (const auto* i = val.get<std::int64_t>()) {
    out = fmt::format("{:x}", *i);
  } else if (const auto* u = val.get<std::uint64_t>()) {
    out = fmt::format("{:x}", *u);
  } else if (const auto* s = val.get<std::string>()) {
    for (const char c : *s) out += fmt::format("{:02x}", static_cast<unsigned char>(c));
  } else if (const auto* b = val.get<Bytes>()) {
    for (const char c : b->data) out += fmt::format("{:02x}", static_cast<unsigned char>(c));
  } else {
    return Value::error(fmt::format(
        "error during formatting: only integers, byte buffers, and strings can be formatted as hex, was given {}",
        type_name(val)));
  }
  if (upper)
    std::transform(out.begin(), out.end(), out.begin(),
                   [](char ch) { return ch >= 'a' && ch <= 'f' ? static_cast<char>(ch - 32) : ch; });
  return out;
}

Text double_clause(const Value& val, char clause, int precision) {
  if (auto special = special_double(val)) return *special;
  double d = 0;
  if (const auto* x = val.get<double>()) {
    d = *x;
  } else if (const auto* i = val.get<std::int64_t>()) {
    d = static_cast<double>(*i);
  } else if (const auto* u = val.get<std::uint64_t>()) {
    d = static_cast<double>(*u);
  } else {
    return clause_error(clause == 'f' ? "fixed-point" : "scientific", "doubles", val);
  }
  return clause == 'f' ? fmt::format("{:.{}f}", d, precision) : fmt::format("{:.{}e}", d, precision);
}

Text clause_text(const Value& val, char clause, int precision) {
  switch (clause) {
    case 's': return written(val);
    case 'd':
    case 'b':
    case 'o': return integer_clause(val, clause);
    case 'x':
    case 'X': return hex_clause(val, clause == 'X');
    default: return double_clause(val, clause, precision);
  }
}

/// The precision of `%.3f` read from `spec` at `at`, moving `at` to the clause letter.
int read_precision(std::string_view spec, std::size_t& at) {
  if (at >= spec.size() || spec[at] != '.') return 6;
  int precision = 0;
  for (++at; at < spec.size() && spec[at] >= '0' && spec[at] <= '9'; ++at) {
    precision = std::min(precision * 10 + (spec[at] - '0'), kMaxPrecision + 1);
  }
  return precision;
}

}  // namespace

Value format_string(Evaluator& evaluator, std::span<const Value> args) {
  if (args.size() != 2 || kind_of(args[0]) != ValueKind::string || kind_of(args[1]) != ValueKind::list) {
    return no_overload("format", args);
  }
  const std::string_view spec = *args[0].get<std::string>();
  const ValueList& values = items(args[1]);
  std::string out;
  std::size_t next = 0;
  for (std::size_t at = 0; at < spec.size(); ++at) {
    if (spec[at] != '%') {
      out += spec[at];
      continue;
    }
    if (++at < spec.size() && spec[at] == '%') {
      out += '%';
      continue;
    }
    const int precision = read_precision(spec, at);
    if (precision > kMaxPrecision) {
      return Value::error(
          fmt::format("a format precision above {} is not supported by telc's evaluator", kMaxPrecision));
    }
    const char clause = at < spec.size() ? spec[at] : '\0';
    if (std::string_view("sdfeboxX").find(clause) == std::string_view::npos || clause == '\0') {
      return Value::error(fmt::format("could not parse formatting clause: unrecognized formatting clause \"{}\"",
                                      at < spec.size() ? spec.substr(at, 1) : ""));
    }
    if (next >= values.size()) return Value::error(fmt::format("index {} out of range", next));
    Text t = clause_text(values[next++], clause, precision);
    if (std::holds_alternative<Value>(t)) return std::get<Value>(t);
    if (!evaluator.charge(std::get<std::string>(t).size())) return Evaluator::cost_error();
    out += std::get<std::string>(t);
  }
  evaluator.charge(out.size());
  return Value::string(std::move(out));
}

}  // namespace telc::cel
