#pragma once
// The diagnostic codes lib/ottl reports, with one-line summaries (SARIF rules, docs). Each
// library keeps its own table; driver::all_codes() joins them.
#include <span>

#include "diag/diagnostic.hpp"

namespace telc::ottl {

/// Sorted by code; tests/codes_test.cpp keeps every table sorted, unique and well-formed.
[[nodiscard]] std::span<const diag::CodeInfo> codes();

}  // namespace telc::ottl
