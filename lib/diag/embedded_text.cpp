#include "diag/embedded_text.hpp"

#include <algorithm>

namespace telc::diag {

EmbeddedText EmbeddedText::uniform(FileId file, SourcePos at, std::size_t length) {
  return {file, std::vector<SourcePos>(length + 1, at)};
}

SourcePos EmbeddedText::at(std::size_t offset) const {
  if (positions.empty()) return {};
  return positions[std::min(offset, positions.size() - 1)];
}

SourceSpan EmbeddedText::span(std::size_t begin, std::size_t end_inclusive) const {
  return {file, at(begin), at(std::max(begin, end_inclusive))};
}

}  // namespace telc::diag
