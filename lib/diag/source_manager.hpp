#pragma once
// Owns the text of every input and turns byte offsets into line:column.
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"

namespace telc::diag {

/// Length of the line break starting at `text[at]`, 0 when none starts there. Lines are counted as
/// libyaml counts them (YAML 1.1), so positions agree with the parser's marks: CR LF is one break,
/// and so is each lone CR, LF, NEL (U+0085), LS (U+2028) and PS (U+2029).
[[nodiscard]] std::size_t line_break_at(std::string_view text, std::size_t at);

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

  /// Position of the character at byte `offset` (clamped to the end of the text). Columns count
  /// what utf8 `decode` reads: a code point, or one byte of a malformed sequence.
  [[nodiscard]] SourcePos position(FileId id, std::size_t offset) const;
  [[nodiscard]] SourceSpan span(FileId id, std::size_t begin, std::size_t end_inclusive) const;
  /// Byte offset of a position (inverse of `position`).
  [[nodiscard]] std::size_t offset(FileId id, SourcePos pos) const;
  /// The text of a 1-based line, without its line break.
  [[nodiscard]] std::string_view line_text(FileId id, std::uint32_t line) const;
  /// `pos`, or the end of the text when `pos` lies on a line after the last one (libyaml ends a
  /// text without a final line break on a line of its own).
  [[nodiscard]] SourcePos clamp(FileId id, SourcePos pos) const;

 private:
  std::deque<SourceFile> files_;  // deque: references stay valid while files are added
};

}  // namespace telc::diag
