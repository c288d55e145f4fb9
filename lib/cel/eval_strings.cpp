// cel-go's ext strings: positions count code points, as cel-go's []rune conversions do; every
// function charges the bytes it reads and writes, so that repeated replace() or join() over a
// growing string is stopped by the cost limit.
#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <vector>

#include "cel/evaluator.hpp"
#include "cel/value_ops.hpp"
#include "diag/utf8.hpp"

namespace telc::cel {
namespace {

std::vector<char32_t> runes_of(std::string_view text) {
  std::vector<char32_t> runes;
  while (!text.empty()) {
    const diag::Decoded d = diag::decode(text);
    runes.push_back(d.code_point);
    text.remove_prefix(d.length);
  }
  return runes;
}

std::string text_of(const std::vector<char32_t>& runes, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) diag::append_utf8(out, runes[i]);
  return out;
}

/// The arguments as (string receiver, ...) or nothing: the receiver must be a string and each
/// further argument of the kind in `kinds`.
bool shaped(std::span<const Value> args, std::initializer_list<ValueKind> kinds, std::size_t required) {
  if (args.empty() || kind_of(args[0]) != ValueKind::string) return false;
  if (args.size() - 1 < required || args.size() - 1 > kinds.size()) return false;
  for (std::size_t i = 1; i < args.size(); ++i) {
    if (kind_of(args[i]) != *(kinds.begin() + static_cast<std::ptrdiff_t>(i - 1))) return false;
  }
  return true;
}

const std::string& str(const Value& val) { return *val.get<std::string>(); }
std::int64_t num(const Value& val) { return *val.get<std::int64_t>(); }

Value out_of_range(std::int64_t at) { return Value::error(fmt::format("index out of range: {}", at)); }

/// The first byte offset of `part` in `text` at or after `from` (linear time in the worst case).
std::size_t find_from(std::string_view text, std::string_view part, std::size_t from) {
  if (part.empty()) return from;
  const auto it = std::search(text.begin() + static_cast<std::ptrdiff_t>(from), text.end(),
                              std::boyer_moore_searcher(part.begin(), part.end()));
  return it == text.end() ? std::string_view::npos : static_cast<std::size_t>(it - text.begin());
}

Value char_at(Evaluator& evaluator, std::span<const Value> args) {
  if (!shaped(args, {ValueKind::int64}, 1)) return no_overload("charAt", args);
  evaluator.charge(str(args[0]).size());
  const auto runes = runes_of(str(args[0]));
  const std::int64_t i = num(args[1]);
  if (i < 0 || static_cast<std::size_t>(i) > runes.size()) return out_of_range(i);
  return Value::string(
      text_of(runes, static_cast<std::size_t>(i), std::min(runes.size(), static_cast<std::size_t>(i) + 1)));
}

/// The byte offset of code point `index` in `text`, stepping as diag::decode() does.
std::size_t byte_offset(std::string_view text, std::size_t index) {
  std::size_t at = 0;
  for (std::size_t i = 0; i < index && at < text.size(); ++i) at += diag::decode(text.substr(at)).length;
  return at;
}

/// The code point index of byte offset `at` in `text`.
std::int64_t rune_index(std::string_view text, std::size_t at) {
  std::int64_t count = 0;
  for (std::size_t i = 0; i < at; ++count) i += diag::decode(text.substr(i)).length;
  return count;
}

/// The first `part` at or after code point `from`, found on the bytes (UTF-8 matches only at
/// code point boundaries).
Value first_index(std::string_view text, std::string_view part, std::int64_t from) {
  const std::size_t at = find_from(text, part, byte_offset(text, static_cast<std::size_t>(from)));
  return Value::integer(at == std::string_view::npos ? -1 : rune_index(text, at));
}

/// The last `part` starting at or before code point `from`.
Value last_index(Evaluator& evaluator, const std::vector<char32_t>& runes, const std::vector<char32_t>& part,
                 std::int64_t from) {
  const auto n = static_cast<std::int64_t>(runes.size());
  const auto m = static_cast<std::int64_t>(part.size());
  const std::int64_t start = std::min(from, n - m);
  evaluator.charge(static_cast<std::uint64_t>(start + 1) * static_cast<std::uint64_t>(m));
  for (std::int64_t i = start; i >= 0 && !evaluator.exhausted(); --i) {
    if (std::equal(part.begin(), part.end(), runes.begin() + static_cast<std::ptrdiff_t>(i))) return Value::integer(i);
  }
  return Value::integer(-1);
}

/// indexOf (last = false) and lastIndexOf, in code points, with cel-go's offset rules: the offset
/// is at most the length, and an empty `part` is found at the offset.
Value index_of(Evaluator& evaluator, std::span<const Value> args, bool last) {
  if (!shaped(args, {ValueKind::string, ValueKind::int64}, 1)) {
    return no_overload(last ? "lastIndexOf" : "indexOf", args);
  }
  const std::string& text = str(args[0]);
  evaluator.charge(text.size() + str(args[1]).size());
  const auto runes = runes_of(text);
  const auto part = runes_of(str(args[1]));
  const auto n = static_cast<std::int64_t>(runes.size());
  const auto m = static_cast<std::int64_t>(part.size());
  if (args.size() == 2 && last && m > 0 && n < m) return Value::integer(-1);
  const std::int64_t off = args.size() == 3 ? num(args[2]) : (last ? (m == 0 ? n : n - 1) : 0);
  if (off < 0 || off > n) return out_of_range(off);
  if (m == 0) return Value::integer(off);
  if (off >= n || n < m) return Value::integer(-1);
  return last ? last_index(evaluator, runes, part, off) : first_index(text, str(args[1]), off);
}

Value index_of_fn(Evaluator& ev, std::span<const Value> lhs) { return index_of(ev, lhs, false); }
Value last_index_of_fn(Evaluator& ev, std::span<const Value> lhs) { return index_of(ev, lhs, true); }

template <char (*Map)(char)> Value map_ascii(Evaluator& evaluator, std::span<const Value> args, std::string_view name) {
  if (!shaped(args, {}, 0)) return no_overload(name, args);
  std::string out = str(args[0]);
  evaluator.charge(2 * out.size());
  std::transform(out.begin(), out.end(), out.begin(), Map);
  return Value::string(std::move(out));
}

char lower_char(char ch) { return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch; }
char upper_char(char ch) { return ch >= 'a' && ch <= 'z' ? static_cast<char>(ch - 'a' + 'A') : ch; }
Value lower_ascii(Evaluator& ev, std::span<const Value> lhs) { return map_ascii<lower_char>(ev, lhs, "lowerAscii"); }
Value upper_ascii(Evaluator& ev, std::span<const Value> lhs) { return map_ascii<upper_char>(ev, lhs, "upperAscii"); }

/// Go's strings.Replace: an empty `from` matches before every code point and at the end; a
/// negative limit replaces every match.
Value replace_fn(Evaluator& evaluator, std::span<const Value> args) {
  if (!shaped(args, {ValueKind::string, ValueKind::string, ValueKind::int64}, 2)) return no_overload("replace", args);
  const std::string_view text = str(args[0]);
  const std::string_view from = str(args[1]);
  const std::string_view to = str(args[2]);
  std::int64_t limit = args.size() == 4 ? num(args[3]) : -1;
  evaluator.charge(2 * text.size() + from.size());
  std::string out;
  std::size_t start = 0;
  bool first = true;
  for (; limit != 0; --limit, first = false) {
    std::size_t at = start;
    if (from.empty() && !first) {
      if (start >= text.size()) break;
      at += diag::decode(text.substr(start)).length;
    } else if (!from.empty()) {
      at = find_from(text, from, start);
      if (at == std::string_view::npos) break;
    }
    if (!evaluator.charge(at - start + to.size())) return Evaluator::cost_error();
    out.append(text.substr(start, at - start)).append(to);
    start = at + from.size();
  }
  out.append(text.substr(start));
  return Value::string(std::move(out));
}

/// Go's strings.SplitN: limit 0 gives no pieces, a negative limit every piece, an empty separator
/// one piece per code point.
Value split_fn(Evaluator& evaluator, std::span<const Value> args) {
  if (!shaped(args, {ValueKind::string, ValueKind::int64}, 1)) return no_overload("split", args);
  const std::string_view text = str(args[0]);
  const std::string_view sep = str(args[1]);
  const std::int64_t limit = args.size() == 3 ? num(args[2]) : -1;
  evaluator.charge(2 * text.size() + sep.size());
  ValueList out;
  std::size_t start = 0;
  while (limit != 0 && (limit < 0 || static_cast<std::int64_t>(out.size()) < limit - 1)) {
    if (!evaluator.charge(1)) return Evaluator::cost_error();
    if (sep.empty()) {
      if (start >= text.size()) break;
      const std::size_t width = diag::decode(text.substr(start)).length;
      out.push_back(Value::string(std::string(text.substr(start, width))));
      start += width;
      continue;
    }
    const std::size_t at = find_from(text, sep, start);
    if (at == std::string_view::npos) break;
    out.push_back(Value::string(std::string(text.substr(start, at - start))));
    start = at + sep.size();
  }
  if (limit != 0 && (!sep.empty() || start < text.size()))
    out.push_back(Value::string(std::string(text.substr(start))));
  return Value::list(std::move(out));
}

Value substring_fn(Evaluator& evaluator, std::span<const Value> args) {
  if (!shaped(args, {ValueKind::int64, ValueKind::int64}, 1)) return no_overload("substring", args);
  evaluator.charge(2 * str(args[0]).size());
  const auto runes = runes_of(str(args[0]));
  const auto n = static_cast<std::int64_t>(runes.size());
  const std::int64_t begin = num(args[1]);
  const std::int64_t end = args.size() == 3 ? num(args[2]) : n;
  if (begin > end) return Value::error(fmt::format("invalid substring range. start: {}, end: {}", begin, end));
  if (begin < 0 || begin > n) return out_of_range(begin);
  if (end > n) return out_of_range(end);
  return Value::string(text_of(runes, static_cast<std::size_t>(begin), static_cast<std::size_t>(end)));
}

/// Unicode White_Space, which Go's strings.TrimSpace removes.
bool is_space(char32_t ch) {
  return (ch >= 0x09 && ch <= 0x0d) || ch == 0x20 || ch == 0x85 || ch == 0xa0 || ch == 0x1680 ||
         (ch >= 0x2000 && ch <= 0x200a) || ch == 0x2028 || ch == 0x2029 || ch == 0x202f || ch == 0x205f || ch == 0x3000;
}

Value trim_fn(Evaluator& evaluator, std::span<const Value> args) {
  if (!shaped(args, {}, 0)) return no_overload("trim", args);
  evaluator.charge(2 * str(args[0]).size());
  const auto runes = runes_of(str(args[0]));
  std::size_t begin = 0;
  std::size_t end = runes.size();
  while (begin < end && is_space(runes[begin])) ++begin;
  while (end > begin && is_space(runes[end - 1])) --end;
  return Value::string(text_of(runes, begin, end));
}

Value join_fn(Evaluator& evaluator, std::span<const Value> args) {
  const bool ok = !args.empty() && args.size() <= 2 && kind_of(args[0]) == ValueKind::list &&
                  (args.size() == 1 || kind_of(args[1]) == ValueKind::string);
  if (!ok) return no_overload("join", args);
  const std::string sep = args.size() == 2 ? str(args[1]) : std::string();
  const ValueList& list = items(args[0]);
  std::string out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const auto* s = list[i].get<std::string>();
    if (s == nullptr) return Value::error(fmt::format("join needs a list of strings, found {}", type_name(list[i])));
    if (!evaluator.charge(s->size() + sep.size() + 1)) return Evaluator::cost_error();
    if (i > 0) out += sep;
    out += *s;
  }
  return Value::string(std::move(out));
}

Value quote_fn(Evaluator& evaluator, std::span<const Value> args) {
  if (!shaped(args, {}, 0)) return no_overload("strings.quote", args);
  evaluator.charge(3 * str(args[0]).size());
  std::string out = "\"";
  for (const char32_t c : runes_of(str(args[0]))) {
    switch (c) {
      case '\a': out += "\\a"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\v': out += "\\v"; break;
      case '\\': out += "\\\\"; break;
      case '"': out += "\\\""; break;
      default: diag::append_utf8(out, c);
    }
  }
  return Value::string(out + "\"");
}

Value reverse_fn(Evaluator& evaluator, std::span<const Value> args) {
  if (args.size() == 1 && kind_of(args[0]) == ValueKind::list) {
    evaluator.charge_copy(args[0]);
    ValueList out(items(args[0]).rbegin(), items(args[0]).rend());
    return Value::list(std::move(out));
  }
  if (!shaped(args, {}, 0)) return no_overload("reverse", args);
  evaluator.charge(2 * str(args[0]).size());
  auto runes = runes_of(str(args[0]));
  std::reverse(runes.begin(), runes.end());
  return Value::string(text_of(runes, 0, runes.size()));
}

constexpr Builtin kStringBuiltins[] = {
    {"charAt", char_at},         {"format", format_string},         {"indexOf", index_of_fn},
    {"join", join_fn},           {"lastIndexOf", last_index_of_fn}, {"lowerAscii", lower_ascii},
    {"replace", replace_fn},     {"reverse", reverse_fn},           {"split", split_fn},
    {"strings.quote", quote_fn}, {"substring", substring_fn},       {"trim", trim_fn},
    {"upperAscii", upper_ascii},
};

}  // namespace

std::span<const Builtin> string_builtins() { return kStringBuiltins; }

}  // namespace telc::cel
