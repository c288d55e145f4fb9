#pragma once
// Maps byte offsets inside a string taken from a file (a YAML scalar's value, after unescaping and
// line folding) back to file positions, so a parser of that string can report at file line:col.
#include <cstddef>
#include <vector>

#include "diag/diagnostic.hpp"

namespace telc::diag {

struct EmbeddedText {
  FileId file = kNoFile;
  /// positions[i] is where value byte i came from; one extra entry marks the end of the value.
  std::vector<SourcePos> positions;

  /// Every byte maps to `at` (used when the exact layout cannot be recovered).
  static EmbeddedText uniform(FileId file, SourcePos at, std::size_t length);

  [[nodiscard]] SourcePos at(std::size_t offset) const;
  [[nodiscard]] SourceSpan span(std::size_t begin, std::size_t end_inclusive) const;
};

}  // namespace telc::diag
