#pragma once
// telc's own keywords (keywords.cpp) as yes/no predicates for the compiled validator: whether the
// walker would report nothing at this node. Kept beside the walker's rules, which they mirror.
#include <nlohmann/json.hpp>

namespace telc::schema {

/// Whether every `{pointer: value}` of `expected` holds in `value` (pointers relative to it).
[[nodiscard]] bool all_equal(const nlohmann::json& expected, const nlohmann::json& value);
/// Whether an x-telc-conditions rule applies to `value`: `if` present, `if_absent` absent or every
/// `if_equals` holding, and not every `unless_equals`. The walker and the predicates share it.
[[nodiscard]] bool condition_fires(const nlohmann::json& rule, const nlohmann::json& value);
/// Whether `schema` has x-telc-exactly-one, -at-most-one, -at-least-one, -together or -conditions.
[[nodiscard]] bool has_object_keywords(const nlohmann::json& schema);
[[nodiscard]] bool object_keywords_hold(const nlohmann::json& schema, const nlohmann::json& value);
/// x-telc-unique: no two object items share the named string field.
[[nodiscard]] bool array_keywords_hold(const nlohmann::json& schema, const nlohmann::json& items);
/// uniqueItems, when it surely holds: items that are all strings and all different.
[[nodiscard]] bool surely_unique(const nlohmann::json& items);

}  // namespace telc::schema
