#pragma once
// The one list of lint rules (registry.cpp), sorted by code.
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "lint/rule.hpp"

namespace telc::lint {

/// Every rule, built once, in code order.
[[nodiscard]] std::span<const std::unique_ptr<Rule>> all_rules();
[[nodiscard]] const Rule* find_rule(std::string_view code);

}  // namespace telc::lint
