// Values as text: to_display() writes a CEL literal for reports and test diffs, string()
// converts a scalar as cel-go does, and to_label() is what a label value becomes.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "cel/quote.hpp"
#include "cel/time_value.hpp"
#include "cel/value_ops.hpp"
#include "diag/utf8.hpp"

namespace telc::cel {
namespace {

void display(std::string& out, const Value& value);

/// Keys in a stable order: bools, then numbers, then strings (the kinds CEL allows as keys).
bool key_less(const Value& lhs, const Value& rhs) {
  const auto rank = [](const Value& val) { return is_number(val) ? 2 : static_cast<int>(kind_of(val)); };
  if (rank(lhs) != rank(rhs)) return rank(lhs) < rank(rhs);
  const auto o = order(lhs, rhs);
  if (o && *o != Order::equal && *o != Order::unordered) return *o == Order::less;
  return to_display(lhs) < to_display(rhs);
}

void display_double(std::string& out, double dbl) {
  if (std::isnan(dbl)) {
    out += "double(\"NaN\")";
  } else if (std::isinf(dbl)) {
    out += dbl > 0 ? "double(\"Infinity\")" : "double(\"-Infinity\")";
  } else {
    std::string s = fmt::format("{}", dbl);
    if (s.find_first_of(".e") == std::string::npos) s += ".0";
    out += s;
  }
}

void display_list(std::string& out, const ValueList& list) {
  out += '[';
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (i > 0) out += ", ";
    display(out, list[i]);
  }
  out += ']';
}

void display_map(std::string& out, const ValueMap& map) {
  std::vector<const std::pair<Value, Value>*> sorted;
  sorted.reserve(map.size());
  for (const auto& entry : map) sorted.push_back(&entry);
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto* lhs, const auto* rhs) { return key_less(lhs->first, rhs->first); });
  out += '{';
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    if (i > 0) out += ", ";
    display(out, sorted[i]->first);
    out += ": ";
    display(out, sorted[i]->second);
  }
  out += '}';
}

void display(std::string& out, const Value& value) {
  switch (kind_of(value)) {
    case ValueKind::null: out += "null"; break;
    case ValueKind::boolean: out += *value.get<bool>() ? "true" : "false"; break;
    case ValueKind::int64: out += fmt::format("{}", *value.get<std::int64_t>()); break;
    case ValueKind::uint64: out += fmt::format("{}u", *value.get<std::uint64_t>()); break;
    case ValueKind::dbl: display_double(out, *value.get<double>()); break;
    case ValueKind::string: append_quoted(out, *value.get<std::string>()); break;
    case ValueKind::bytes: append_quoted_bytes(out, value.get<Bytes>()->data); break;
    case ValueKind::list: display_list(out, items(value)); break;
    case ValueKind::map: display_map(out, entries(value)); break;
    case ValueKind::duration:
      out += fmt::format("duration(\"{}\")", format_duration(value.get<Duration>()->nanos));
      break;
    case ValueKind::timestamp:
      out += fmt::format("timestamp(\"{}\")", format_timestamp(value.get<Timestamp>()->nanos));
      break;
    case ValueKind::type: out += value.get<TypeValue>()->name; break;
    case ValueKind::error: out += fmt::format("error({})", value.get<Error>()->message); break;
  }
}

}  // namespace

std::string to_display(const Value& value) {
  std::string out;
  display(out, value);
  return out;
}

Value convert_to_string(const Value& value) {
  switch (kind_of(value)) {
    case ValueKind::string: return value;
    case ValueKind::boolean: return Value::string(*value.get<bool>() ? "true" : "false");
    case ValueKind::int64: return Value::string(fmt::format("{}", *value.get<std::int64_t>()));
    case ValueKind::uint64: return Value::string(fmt::format("{}", *value.get<std::uint64_t>()));
    case ValueKind::dbl: return Value::string(format_double(*value.get<double>()));
    case ValueKind::duration: return Value::string(format_duration(value.get<Duration>()->nanos));
    case ValueKind::timestamp: return Value::string(format_timestamp(value.get<Timestamp>()->nanos));
    case ValueKind::type: return Value::string(value.get<TypeValue>()->name);
    case ValueKind::bytes: {
      const std::string& data = value.get<Bytes>()->data;
      if (diag::first_invalid(data) != std::string_view::npos) {
        return Value::error("string() of bytes that are not valid UTF-8");
      }
      return Value::string(data);
    }
    case ValueKind::error: return value;
    default: return no_overload("string", {value});
  }
}

Value to_label(const Value& value) {
  switch (kind_of(value)) {
    case ValueKind::error: return value;
    case ValueKind::null: return Value::string("");  // an absent field reads as an empty label
    case ValueKind::list:
    case ValueKind::map:
      return Value::error(fmt::format("a label value cannot be a {}: it has no string conversion", type_name(value)));
    default: return convert_to_string(value);
  }
}

}  // namespace telc::cel
