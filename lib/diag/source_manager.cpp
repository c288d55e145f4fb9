#include "diag/source_manager.hpp"

#include <algorithm>

#include "diag/utf8.hpp"

namespace telc::diag {

FileId SourceManager::add(std::string path, std::string text) {
  SourceFile f{std::move(path), std::move(text), {0}};
  for (std::size_t i = 0; i < f.text.size(); ++i)
    if (f.text[i] == '\n') f.line_starts.push_back(i + 1);
  files_.push_back(std::move(f));
  return static_cast<FileId>(files_.size() - 1);
}

SourcePos SourceManager::position(FileId id, std::size_t offset) const {
  const SourceFile& f = files_.at(id);
  offset = std::min(offset, f.text.size());
  auto it = std::upper_bound(f.line_starts.begin(), f.line_starts.end(), offset);
  const std::size_t line_index = static_cast<std::size_t>(it - f.line_starts.begin()) - 1;
  const std::size_t start = f.line_starts[line_index];
  // A continuation byte sits in the column of the character it belongs to.
  const bool continuation = offset < f.text.size() && is_continuation(f.text[offset]);
  const auto column = code_points(std::string_view(f.text).substr(start, offset - start));
  return {static_cast<std::uint32_t>(line_index + 1), static_cast<std::uint32_t>(column + (continuation ? 0 : 1))};
}

SourceSpan SourceManager::span(FileId id, std::size_t begin, std::size_t end_inclusive) const {
  return {id, position(id, begin), position(id, std::max(begin, end_inclusive))};
}

std::size_t SourceManager::offset(FileId id, SourcePos pos) const {
  const SourceFile& f = files_.at(id);
  if (pos.line == 0 || pos.line > f.line_starts.size()) return f.text.size();
  std::size_t i = f.line_starts[pos.line - 1];
  for (std::uint32_t col = 1; col < pos.column && i < f.text.size() && f.text[i] != '\n'; ++col) {
    ++i;
    while (i < f.text.size() && is_continuation(f.text[i])) ++i;
  }
  return i;
}

std::string_view SourceManager::line_text(FileId id, std::uint32_t line) const {
  const SourceFile& f = files_.at(id);
  if (line == 0 || line > f.line_starts.size()) return {};
  const std::size_t start = f.line_starts[line - 1];
  std::size_t end = f.text.find('\n', start);
  if (end == std::string::npos) end = f.text.size();
  if (end > start && f.text[end - 1] == '\r') --end;
  return std::string_view(f.text).substr(start, end - start);
}

}  // namespace telc::diag
