#pragma once
// The one quoting helper of the backends: PromQL, OTTL and CEL share Go's double-quoted string
// syntax, so a value is quoted the same way in all three.
#include <string>
#include <string_view>

namespace telc::backends {

/// `text` as a double-quoted literal: `"` and `\` escaped, control characters as `\n`, `\t`,
/// `\r` or `\xHH` (a raw line break would end the literal in all three languages).
[[nodiscard]] std::string double_quoted(std::string_view text);

}  // namespace telc::backends
