// libFuzzer target for the MetricsQL front end: parse, print, re-parse the canonical form and
// take the selector view. Any crash or sanitizer report is a bug; results are not judged here
// (the corpus tests do that).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "metricsql/parse.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view query(reinterpret_cast<const char*>(data), size);
  const auto result = telc::metricsql::parse(query);
  if (!result.ok()) {
    const auto& e = *result.error();
    if (e.begin > query.size() || e.end < e.begin || e.message.empty()) {
      __builtin_trap();  // an error must point inside the query and say something
    }
    return 0;
  }
  const std::string canonical = telc::metricsql::to_canonical(*result.root());
  const auto again = telc::metricsql::parse(canonical);
  if (again.ok()) {
    (void)telc::metricsql::to_canonical(*again.root());
  }
  (void)telc::metricsql::as_plain_selector(*result.root());
  return 0;
}
