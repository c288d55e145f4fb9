#pragma once
// Number and string conversions with the exact acceptance rules and output of Go's strconv,
// which the reference parser uses (ParseFloat, ParseInt base 0, Atoi, FormatFloat 'g', Quote,
// Unquote). Byte-identical canonical output depends on these details.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace telc::metricsql {

/// Go strconv.ParseFloat(s, 64): underscores, hex floats, inf/nan; nullopt on syntax or range error.
[[nodiscard]] std::optional<double> go_parse_float(std::string_view text);
/// Go strconv.ParseInt(s, 0, 64).
[[nodiscard]] std::optional<std::int64_t> go_parse_int(std::string_view text);
/// Go strconv.Atoi on a 64-bit platform.
[[nodiscard]] std::optional<std::int64_t> go_atoi(std::string_view text);
/// Go strconv.AppendFloat(dst, v, 'g', -1, 64).
void go_append_float(std::string& out, double value);
/// Go strconv.AppendQuote.
void go_append_quote(std::string& out, std::string_view text);
/// Go strconv.Unquote for a "..." or `...` literal.
[[nodiscard]] std::optional<std::string> go_unquote(std::string_view text);

}  // namespace telc::metricsql
