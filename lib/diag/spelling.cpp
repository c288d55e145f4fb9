#include "diag/spelling.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace telc::diag {
namespace {

char fold(char ch) { return static_cast<char>(std::tolower(static_cast<unsigned char>(ch))); }

}  // namespace

std::size_t edit_distance(std::string_view left, std::string_view right) {
  std::vector<std::size_t> row(right.size() + 1);
  for (std::size_t j = 0; j <= right.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= left.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= right.size(); ++j) {
      const std::size_t substitute = diagonal + (fold(left[i - 1]) == fold(right[j - 1]) ? 0 : 1);
      diagonal = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, substitute});
    }
  }
  return row[right.size()];
}

std::optional<std::string> closest(std::string_view word, std::span<const std::string> candidates) {
  // Nobody misspells a name this long, and a distance over a hostile multi-megabyte value would
  // cost seconds: no suggestion.
  if (word.size() > kLongestSuggested) return std::nullopt;
  const std::size_t limit = std::max<std::size_t>(2, word.size() / 3);
  std::optional<std::string> best;
  std::size_t best_distance = limit + 1;
  for (const std::string& c : candidates) {
    // The distance is at least the difference in length: skip what cannot win.
    const std::size_t gap = c.size() > word.size() ? c.size() - word.size() : word.size() - c.size();
    if (gap >= best_distance) continue;
    const std::size_t d = edit_distance(word, c);
    if (d < best_distance) best_distance = d, best = c;
  }
  return best;
}

}  // namespace telc::diag
