#pragma once
// The diagnostic codes lib/lint reports, with one-line summaries (SARIF rules, docs). Each
// library keeps its own table; driver::all_codes() joins them. The rules' own codes are in
// their RuleInfo (registry.cpp lists the rules).
#include <span>

#include "diag/diagnostic.hpp"

namespace telc::lint {

/// Sorted by code; tests/codes_test.cpp keeps every table sorted, unique and well-formed.
[[nodiscard]] std::span<const diag::CodeInfo> codes();

}  // namespace telc::lint
