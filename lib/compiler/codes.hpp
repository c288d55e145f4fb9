#pragma once
// Every diagnostic code telc can report, with a one-line summary (SARIF rules, docs).
#include <span>

#include "diag/diagnostic.hpp"

namespace telc::compiler {

[[nodiscard]] std::span<const diag::CodeInfo> all_codes();

}  // namespace telc::compiler
