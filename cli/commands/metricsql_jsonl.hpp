#pragma once
// The `telc metricsql fmt --jsonl` line format: a fast reader for `{"q": "..."}` lines and a
// writer for the result objects, one per input line, in order (the contract is in man/telc.1).
#include <optional>
#include <string>
#include <string_view>

namespace telc::cli {

/// The "q" string of one JSON object line; nullopt when the line is not such an object.
[[nodiscard]] std::optional<std::string> read_query_line(std::string_view line);
/// Appends `s` as a JSON string literal.
void append_json_string(std::string& out, std::string_view text);

}  // namespace telc::cli
