#pragma once
// Every diagnostic code telc can report. Each library keeps the table of the codes it reports
// (<library>/codes.hpp); lint rules carry theirs in their RuleInfo.
#include <span>
#include <vector>

#include "diag/diagnostic.hpp"

namespace telc::driver {

/// The codes the driver itself reports.
[[nodiscard]] std::span<const diag::CodeInfo> codes();

/// Every library's table and every lint rule (with its default severity and documentation page),
/// sorted by code: what SARIF `rules` lists.
[[nodiscard]] std::vector<diag::CodeInfo> all_codes();

}  // namespace telc::driver
