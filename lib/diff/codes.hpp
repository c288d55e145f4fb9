#pragma once
// The diagnostic codes lib/diff reports (`telc diff`), with one-line summaries.
#include <span>

#include "diag/diagnostic.hpp"

namespace telc::diff {

/// Sorted by code; tests/codes_test.cpp keeps every table sorted, unique and well-formed.
[[nodiscard]] std::span<const diag::CodeInfo> codes();

}  // namespace telc::diff
