#pragma once
// The two Unicode classes MetricsQL identifiers and string quoting depend on. Decoding and
// encoding (with Go's semantics) are diag/utf8.hpp.

namespace telc::metricsql {

[[nodiscard]] bool is_letter(char32_t code_point);
[[nodiscard]] bool is_print(char32_t code_point);

}  // namespace telc::metricsql
