#pragma once
// Helpers for the Go-template tests: the template as a whole file, and its diagnostics in the
// golden format.
#include <string>
#include <string_view>

namespace telc::gotemplate::test {

/// check() and report() on `text` as the file "template": one line per diagnostic,
/// "line:col-line:col code: message", then "  hint: ..." when there is one; "ok" when none.
[[nodiscard]] std::string diagnose(std::string_view text);

/// Whether check() accepts `text` (reports nothing).
[[nodiscard]] bool accepts(std::string_view text);

}  // namespace telc::gotemplate::test
