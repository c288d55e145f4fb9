#pragma once
// Owns the text of every input and turns byte offsets into line:column.
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"

namespace telc::diag {

struct SourceFile {
  std::string path;  // as the user named it; "-" is shown as "<stdin>"
  std::string text;
  std::vector<std::size_t> line_starts;  // byte offset of each line's first character
};

class SourceManager {
 public:
  /// Takes ownership of `text`; the returned id stays valid for the manager's lifetime.
  FileId add(std::string path, std::string text);

  [[nodiscard]] const SourceFile& file(FileId id) const { return files_.at(id); }
  [[nodiscard]] std::size_t size() const { return files_.size(); }

  /// Position of the character at byte `offset` (clamped to the end of the text).
  [[nodiscard]] SourcePos position(FileId id, std::size_t offset) const;
  [[nodiscard]] SourceSpan span(FileId id, std::size_t begin, std::size_t end_inclusive) const;
  /// Byte offset of a position (inverse of `position`).
  [[nodiscard]] std::size_t offset(FileId id, SourcePos pos) const;
  /// The text of a 1-based line, without its line break.
  [[nodiscard]] std::string_view line_text(FileId id, std::uint32_t line) const;

 private:
  std::deque<SourceFile> files_;  // deque: references stay valid while files are added
};

}  // namespace telc::diag
