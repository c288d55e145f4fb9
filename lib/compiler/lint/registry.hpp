#pragma once
// The one list of lint rules (registry.cpp), sorted by code.
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "compiler/lint/rule.hpp"
#include "diag/diagnostic.hpp"

namespace telc::compiler::lint {

/// Every rule, built once, in code order.
[[nodiscard]] std::span<const std::unique_ptr<Rule>> all_rules();
[[nodiscard]] const Rule* find_rule(std::string_view code);

/// The codes the lint engine itself reports (unknown rule codes, suppression problems).
[[nodiscard]] std::span<const diag::CodeInfo> engine_codes();

/// Every code telc can report: compiler::all_codes(), the engine's and every rule's, sorted. This
/// is what SARIF `rules` lists; rule codes live with their rules, not in codes.cpp.
[[nodiscard]] std::vector<diag::CodeInfo> known_codes();

}  // namespace telc::compiler::lint
