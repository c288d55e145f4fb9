#include "diag/embedded_text.hpp"

#include <algorithm>

namespace telc::diag {

EmbeddedText EmbeddedText::uniform(FileId file, SourcePos at, std::size_t length) {
  EmbeddedText out(file);
  out.runs_.push_back({0, at});
  out.size_ = length + 1;
  out.uniform_ = true;
  return out;
}

void EmbeddedText::push(SourcePos pos) {
  if (!runs_.empty()) {
    const Run& last = runs_.back();
    const std::size_t k = size_ - last.begin;
    if (pos.line == last.pos.line && pos.column == last.pos.column + k) return void(++size_);
  }
  runs_.push_back({size_++, pos});
}

void EmbeddedText::push_run(SourcePos pos, std::size_t length) {
  if (length == 0) return;
  push(pos);  // the rest continue the run this one starts or joins
  size_ += length - 1;
}

SourcePos EmbeddedText::at(std::size_t offset) const {
  if (runs_.empty()) return {};
  if (uniform_) return runs_.front().pos;
  offset = std::min(offset, size_ - 1);
  auto it = std::upper_bound(runs_.begin(), runs_.end(), offset,
                             [](std::size_t offset, const Run& run) { return offset < run.begin; });
  const Run& run = *(it - 1);
  return {run.pos.line, static_cast<std::uint32_t>(run.pos.column + (offset - run.begin))};
}

SourceSpan EmbeddedText::span(std::size_t begin, std::size_t end_inclusive) const {
  return {file, at(begin), at(std::max(begin, end_inclusive))};
}

}  // namespace telc::diag
