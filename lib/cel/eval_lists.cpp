// cel-go's ext lists (distinct, flatten, slice, sort, lists.range; reverse is with the strings,
// as it takes either) and ext encoders (base64.encode, base64.decode). first() and last() return
// optional values, which telc's CEL does not have, so they are not evaluated.
#include <fmt/format.h>

#include <algorithm>

#include "cel/evaluator.hpp"
#include "cel/value_ops.hpp"

namespace telc::cel {
namespace {

constexpr std::string_view kBase64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

bool is_list(std::span<const Value> args, std::size_t arity) {
  return args.size() == arity && kind_of(args[0]) == ValueKind::list;
}

Value distinct_fn(Evaluator& evaluator, std::span<const Value> args) {
  if (!is_list(args, 1)) return no_overload("distinct", args);
  ValueList out;
  std::uint64_t steps = 0;
  for (const Value& v : items(args[0])) {
    bool seen = false;
    for (const Value& kept : out) {
      if ((seen = equal_counted(v, kept, steps))) break;
    }
    if (!evaluator.charge(steps)) return Evaluator::cost_error();
    steps = 0;
    if (!seen) out.push_back(v);
  }
  return Value::list(std::move(out));
}

void flatten_into(ValueList& out, const ValueList& list, std::int64_t depth) {
  for (const Value& v : list) {
    if (depth > 0 && kind_of(v) == ValueKind::list) {
      flatten_into(out, items(v), depth - 1);
    } else {
      out.push_back(v);
    }
  }
}

Value flatten_fn(Evaluator& evaluator, std::span<const Value> args) {
  const bool ok = !args.empty() && args.size() <= 2 && kind_of(args[0]) == ValueKind::list &&
                  (args.size() == 1 || kind_of(args[1]) == ValueKind::int64);
  if (!ok) return no_overload("flatten", args);
  const std::int64_t depth = args.size() == 2 ? *args[1].get<std::int64_t>() : 1;
  if (depth < 0) return Value::error("flatten() needs a depth of 0 or more");
  if (!evaluator.charge_copy(args[0])) return Evaluator::cost_error();
  ValueList out;
  flatten_into(out, items(args[0]), depth);
  return Value::list(std::move(out));
}

Value slice_fn(Evaluator& evaluator, std::span<const Value> args) {
  if (!is_list(args, 3) || kind_of(args[1]) != ValueKind::int64 || kind_of(args[2]) != ValueKind::int64) {
    return no_overload("slice", args);
  }
  const ValueList& list = items(args[0]);
  const std::int64_t begin = *args[1].get<std::int64_t>();
  const std::int64_t end = *args[2].get<std::int64_t>();
  if (begin < 0 || end < 0)
    return Value::error(fmt::format("cannot slice({}, {}), negative indexes not supported", begin, end));
  if (begin > end) {
    return Value::error(
        fmt::format("cannot slice({}, {}), start index must be less than or equal to end index", begin, end));
  }
  if (static_cast<std::uint64_t>(end) > list.size()) {
    return Value::error(fmt::format("cannot slice({}, {}), list is length {}", begin, end, list.size()));
  }
  ValueList out(list.begin() + begin, list.begin() + end);
  for (const Value& v : out) evaluator.charge_copy(v);
  return evaluator.checked(Value::list(std::move(out)));
}

Value sort_fn(Evaluator& evaluator, std::span<const Value> args) {
  if (!is_list(args, 1)) return no_overload("sort", args);
  return sorted_by_keys(evaluator, items(args[0]), items(args[0]));
}

Value range_fn(Evaluator& evaluator, std::span<const Value> args) {
  if (args.size() != 1 || kind_of(args[0]) != ValueKind::int64) return no_overload("lists.range", args);
  const std::int64_t n = *args[0].get<std::int64_t>();
  if (n > 0 && !evaluator.charge(static_cast<std::uint64_t>(n))) return Evaluator::cost_error();
  ValueList out;
  for (std::int64_t i = 0; i < n; ++i) out.push_back(Value::integer(i));
  return Value::list(std::move(out));
}

Value base64_encode(Evaluator& evaluator, std::span<const Value> args) {
  if (args.size() != 1 || kind_of(args[0]) != ValueKind::bytes) return no_overload("base64.encode", args);
  const std::string& in = args[0].get<Bytes>()->data;
  if (!evaluator.charge(2 * in.size())) return Evaluator::cost_error();
  std::string out;
  for (std::size_t i = 0; i < in.size(); i += 3) {
    const std::size_t n = std::min<std::size_t>(3, in.size() - i);
    std::uint32_t chunk = 0;
    for (std::size_t k = 0; k < 3; ++k) {
      chunk = (chunk << 8) | (k < n ? static_cast<unsigned char>(in[i + k]) : 0U);
    }
    out += kBase64Alphabet[(chunk >> 18) & 0x3f];
    out += kBase64Alphabet[(chunk >> 12) & 0x3f];
    out += n > 1 ? kBase64Alphabet[(chunk >> 6) & 0x3f] : '=';
    out += n > 2 ? kBase64Alphabet[chunk & 0x3f] : '=';
  }
  return Value::string(std::move(out));
}

/// Standard base64, padded or (as cel-go falls back to) unpadded.
std::optional<std::string> decode_base64(std::string_view text) {
  std::size_t padding = 0;
  while (!text.empty() && text.back() == '=' && padding < 2) {
    text.remove_suffix(1);
    ++padding;
  }
  if ((padding > 0 && (text.size() + padding) % 4 != 0) || text.size() % 4 == 1) return std::nullopt;
  std::string out;
  std::uint32_t bits = 0;
  int count = 0;
  for (const char c : text) {
    const std::size_t v = kBase64Alphabet.find(c);
    if (v == std::string_view::npos) return std::nullopt;
    bits = (bits << 6) | static_cast<std::uint32_t>(v);
    count += 6;
    if (count >= 8) {
      count -= 8;
      out += static_cast<char>((bits >> count) & 0xff);
    }
  }
  return out;
}

Value base64_decode(Evaluator& evaluator, std::span<const Value> args) {
  if (args.size() != 1 || kind_of(args[0]) != ValueKind::string) return no_overload("base64.decode", args);
  const std::string& in = *args[0].get<std::string>();
  if (!evaluator.charge(2 * in.size())) return Evaluator::cost_error();
  auto decoded = decode_base64(in);
  if (!decoded) return Value::error("base64.decode() of text that is not base64");
  return Value::bytes(std::move(*decoded));
}

constexpr Builtin kListBuiltins[] = {
    {"base64.decode", base64_decode},
    {"base64.encode", base64_encode},
    {"distinct", distinct_fn},
    {"flatten", flatten_fn},
    {"lists.range", range_fn},
    {"slice", slice_fn},
    {"sort", sort_fn},
};

}  // namespace

std::span<const Builtin> list_builtins() { return kListBuiltins; }

}  // namespace telc::cel
