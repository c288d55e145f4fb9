// libFuzzer target for `telc metricsql fmt --jsonl`: each input line is read as the command reads
// it, parsed, printed and written back as a result object, which must be valid UTF-8 JSON.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "cli/commands/metricsql_jsonl.hpp"
#include "metricsql/parse.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  for (std::size_t at = 0; at <= input.size();) {
    const std::size_t end = std::min(input.find('\n', at), input.size());
    const auto query = telc::cli::read_query_line(input.substr(at, end - at));
    at = end + 1;
    if (!query) continue;
    const auto result = telc::metricsql::parse(*query);
    std::string line = "{\"q\":";
    telc::cli::append_json_string(line, *query);
    line += ",\"canonical\":";
    telc::cli::append_json_string(line, result.ok() ? telc::metricsql::to_canonical(*result.root()) : "");
    line += "}";
    if (!nlohmann::json::accept(line)) __builtin_trap();  // strict: invalid JSON or UTF-8 is refused
  }
  return 0;
}
