#pragma once
// "did you mean" suggestions by edit distance (ninja's SpellcheckString).
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace telc::diag {

[[nodiscard]] std::size_t edit_distance(std::string_view left, std::string_view right);

/// Words longer than this get no suggestion (closest() returns nullopt at once).
inline constexpr std::size_t kLongestSuggested = 256;

/// The closest candidate within a distance that scales with the word's length, if any.
[[nodiscard]] std::optional<std::string> closest(std::string_view word, std::span<const std::string> candidates);

}  // namespace telc::diag
