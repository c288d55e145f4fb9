#include "diag/source_manager.hpp"

#include <algorithm>

#include "diag/utf8.hpp"

namespace telc::diag {
namespace {

/// Where the line starting at byte `start` ends: its first line break, or the end of the text.
std::size_t line_end(std::string_view text, std::size_t start) {
  std::size_t i = start;
  while (i < text.size() && line_break_at(text, i) == 0) ++i;
  return i;
}

/// Bytes of the character at `text[at]`, as decode() reads it (1 for a malformed byte).
std::size_t char_length(std::string_view text, std::size_t at) {
  if (static_cast<unsigned char>(text[at]) < 0x80) return 1;
  return decode(text.substr(at)).length;
}

/// Whether a line break can start at this byte: LF, CR, or the lead byte of NEL, LS or PS.
bool may_break(char byte) {
  const auto b = static_cast<unsigned char>(byte);
  return b == '\n' || b == '\r' || b == 0xC2 || b == 0xE2;
}

/// No CR and no byte of a multi-byte character, so LF is the only line break.
bool only_lf_breaks(std::string_view text) {
  if (text.find('\r') != std::string_view::npos) return false;
  for (std::size_t i = skip_plain_ascii(text, 0); i < text.size(); i = skip_plain_ascii(text, i + 1))
    if (text[i] != '\0') return false;  // a byte of a multi-byte character
  return true;
}

}  // namespace

std::size_t line_break_at(std::string_view text, std::size_t at) {
  if (at >= text.size()) return 0;
  const std::string_view rest = text.substr(at);
  if (rest[0] == '\n') return 1;
  if (rest[0] == '\r') return rest.size() > 1 && rest[1] == '\n' ? 2 : 1;
  if (rest.starts_with("\xC2\x85")) return 2;
  return rest.starts_with("\xE2\x80\xA8") || rest.starts_with("\xE2\x80\xA9") ? 3 : 0;
}

FileId SourceManager::add(std::string path, std::string text) {
  SourceFile f{std::move(path), std::move(text), {0}};
  if (only_lf_breaks(f.text)) {  // the common file: memchr finds every break
    for (std::size_t i = f.text.find('\n'); i != std::string::npos; i = f.text.find('\n', i + 1))
      f.line_starts.push_back(i + 1);
    files_.push_back(std::move(f));
    return static_cast<FileId>(files_.size() - 1);
  }
  for (std::size_t i = 0; i < f.text.size();) {
    if (!may_break(f.text[i])) {
      ++i;
      continue;
    }
    const std::size_t length = line_break_at(f.text, i);
    i += std::max<std::size_t>(length, 1);
    if (length != 0) f.line_starts.push_back(i);
  }
  files_.push_back(std::move(f));
  return static_cast<FileId>(files_.size() - 1);
}

SourcePos SourceManager::position(FileId id, std::size_t offset) const {
  const SourceFile& f = files_.at(id);
  offset = std::min(offset, f.text.size());
  auto it = std::upper_bound(f.line_starts.begin(), f.line_starts.end(), offset);
  const std::size_t line_index = static_cast<std::size_t>(it - f.line_starts.begin()) - 1;
  // A byte inside a character (a continuation byte) sits in that character's column.
  std::uint32_t column = 1;
  for (std::size_t i = f.line_starts[line_index]; i < offset; ++column) {
    i += char_length(f.text, i);
    if (i > offset) break;
  }
  return {static_cast<std::uint32_t>(line_index + 1), column};
}

SourceSpan SourceManager::span(FileId id, std::size_t begin, std::size_t end_inclusive) const {
  return {id, position(id, begin), position(id, std::max(begin, end_inclusive))};
}

std::size_t SourceManager::offset(FileId id, SourcePos pos) const {
  const SourceFile& f = files_.at(id);
  if (pos.line == 0 || pos.line > f.line_starts.size()) return f.text.size();
  // Stops at the line's break; no character of valid UTF-8 spans one, so no clamp is needed, and
  // the rest of a long line is never scanned.
  std::size_t i = f.line_starts[pos.line - 1];
  for (std::uint32_t col = 1; col < pos.column && i < f.text.size() && line_break_at(f.text, i) == 0; ++col)
    i = std::min(i + char_length(f.text, i), f.text.size());
  return i;
}

std::string_view SourceManager::line_text(FileId id, std::uint32_t line) const {
  const SourceFile& f = files_.at(id);
  if (line == 0 || line > f.line_starts.size()) return {};
  const std::size_t start = f.line_starts[line - 1];
  return std::string_view(f.text).substr(start, line_end(f.text, start) - start);
}

SourcePos SourceManager::clamp(FileId id, SourcePos pos) const {
  const SourceFile& f = files_.at(id);
  return pos.line > f.line_starts.size() ? position(id, f.text.size()) : pos;
}

}  // namespace telc::diag
