#pragma once
// Maps byte offsets inside a string taken from a file (a YAML scalar's value, after unescaping and
// line folding) back to file positions, so a parser of that string can report at file line:col.
// Stored as runs of bytes on one line at consecutive columns: a one-line ASCII query is one run,
// where a position per byte would cost eight bytes per character of every query in the model.
#include <cstddef>
#include <vector>

#include "diag/diagnostic.hpp"

namespace telc::diag {

class EmbeddedText {
 public:
  EmbeddedText() = default;
  explicit EmbeddedText(FileId file) : file(file) {}

  /// Every byte maps to `at` (used when the exact layout cannot be recovered).
  static EmbeddedText uniform(FileId file, SourcePos at, std::size_t length);

  /// Appends where the next value byte sits. The last push, one past the value's end, marks
  /// where the value ends.
  void push(SourcePos pos);
  /// Appends `length` positions at consecutive columns from `pos`: as many push calls, at once.
  void push_run(SourcePos pos, std::size_t length);

  [[nodiscard]] SourcePos at(std::size_t offset) const;
  [[nodiscard]] SourceSpan span(std::size_t begin, std::size_t end_inclusive) const;
  [[nodiscard]] std::size_t size() const { return size_; }  // positions pushed

  FileId file = kNoFile;

 private:
  struct Run {
    std::size_t begin;  // first offset of the run
    SourcePos pos;      // its position; offset begin + k sits at column pos.column + k
  };
  std::vector<Run> runs_;
  std::size_t size_ = 0;
  bool uniform_ = false;
};

}  // namespace telc::diag
