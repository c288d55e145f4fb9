#include "schema/scalar_text.hpp"
#include "diag/utf8.hpp"

#include <algorithm>
#include <charconv>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace telc::schema {
namespace {

bool is_space(char ch) { return ch == ' ' || ch == '\t' || ch == '\r'; }

/// Decodes one double-quoted escape at text[i] == '\\'; returns bytes and the raw length.
std::optional<std::pair<std::string, std::size_t>> decode_escape(std::string_view text, std::size_t index);

struct Matcher {
  std::string_view text;
  std::string_view value;
  char style;              // 'p' plain, '"', '\'', '|' block
  std::size_t indent = 0;  // block scalars: indentation to skip after each line break
  std::vector<std::size_t> offsets;

  bool run(std::size_t raw) {
    std::size_t i = 0;
    while (i < value.size()) {
      if (raw >= text.size()) return false;
      if (!step(i, raw)) return false;
    }
    offsets.push_back(raw);
    return true;
  }

  bool step(std::size_t& index, std::size_t& raw) {
    if (style == '"' && text[raw] == '\\') return escape(index, raw);
    if (style == '\'' && text[raw] == '\'' && raw + 1 < text.size() && text[raw + 1] == '\'')
      return value[index] == '\'' ? (emit(index, raw), raw += 2, true) : false;
    if (text[raw] == value[index]) return emit(index, raw), after_break(raw), true;
    if (text[raw] == '\n' && (value[index] == ' ' || value[index] == '\n'))
      return emit(index, raw), after_break(raw), true;
    if (is_space(text[raw]) || text[raw] == '\n') return ++raw, after_break_raw(raw), true;
    return false;
  }

  void emit(std::size_t& index, std::size_t raw) { offsets.push_back(raw), ++index; }
  void after_break(std::size_t& raw) {
    const bool was_break = text[raw] == '\n';
    ++raw;
    if (was_break) skip_indent(raw);
  }
  void after_break_raw(std::size_t& raw) {
    if (raw > 0 && text[raw - 1] == '\n') skip_indent(raw);
  }
  void skip_indent(std::size_t& raw) {
    if (style != '|') {  // a flow scalar's continuation line loses all its leading white space,
      while (raw < text.size() && (text[raw] == ' ' || text[raw] == '\t'))
        ++raw;  // so "\ " after it is the value's space
      return;
    }
    for (std::size_t n = 0; n < indent && raw < text.size() && text[raw] == ' '; ++n) ++raw;
  }

  /// The matched offsets as file positions. Offsets only grow, so one forward walk turns them
  /// into positions (no per-byte line lookup).
  [[nodiscard]] diag::EmbeddedText positions(const diag::SourceManager& sources, diag::FileId file) const {
    diag::EmbeddedText out(file);
    std::size_t at = offsets.front();
    diag::SourcePos pos = sources.position(file, at);
    for (std::size_t off : offsets) {
      for (; at < off; ++at) {  // continuation bytes keep their character's column
        const std::size_t line_break = diag::line_break_at(text, at);
        const bool next_continues = at + 1 < text.size() && diag::is_continuation(text[at + 1]);
        if (line_break != 0 && at + line_break <= off)  // any break the line table counts, CR LF once
          pos = {pos.line + 1, 1}, at += line_break - 1;
        else if (!next_continues)
          ++pos.column;
      }
      out.push(pos);
    }
    return out;
  }

  bool escape(std::size_t& index, std::size_t& raw) {
    if (raw + 1 < text.size() && (text[raw + 1] == '\n' || text[raw + 1] == '\r')) {
      raw += 2;  // an escaped line break joins lines without a space
      while (raw < text.size() && (is_space(text[raw]) || text[raw] == '\n')) ++raw;
      return true;
    }
    auto decoded = decode_escape(text, raw);
    if (!decoded || value.substr(index, decoded->first.size()) != decoded->first) return false;
    for (std::size_t k = 0; k < decoded->first.size(); ++k) emit(index, raw);
    raw += decoded->second;
    return true;
  }
};

std::optional<std::pair<std::string, std::size_t>> decode_escape(std::string_view text, std::size_t index) {
  if (index + 1 >= text.size()) return std::nullopt;
  static constexpr std::string_view kSimple = "0abtnvfre \"/\\N_LP\t";
  static const char* const kDecoded[] = {"\0",           "\a", "\b", "\t", "\n", "\v",       "\f",       "\r",
                                         "\x1b",         " ",  "\"", "/",  "\\", "\xC2\x85", "\xC2\xA0", "\xE2\x80\xA8",
                                         "\xE2\x80\xA9", "\t"};
  const char c = text[index + 1];
  if (auto k = kSimple.find(c); k != std::string_view::npos)
    return std::pair{std::string(kDecoded[k], c == '0' ? 1 : std::char_traits<char>::length(kDecoded[k])), 2};
  const std::size_t digits = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
  if (digits == 0 || index + 2 + digits > text.size()) return std::nullopt;
  const std::string_view hex = text.substr(index + 2, digits);
  std::uint32_t code_point = 0;
  const auto [end, ec] = std::from_chars(hex.data(), hex.data() + hex.size(), code_point, 16);
  if (ec != std::errc() || end != hex.data() + hex.size()) return std::nullopt;  // the scalar is not matched
  std::string out;
  diag::append_utf8(out, code_point);
  return std::pair{out, 2 + digits};
}

/// Start of a block scalar's content and its indentation.
std::pair<std::size_t, std::size_t> block_start(std::string_view text, std::size_t begin) {
  std::size_t r = text.find('\n', begin);
  if (r == std::string_view::npos) return {text.size(), 0};
  ++r;
  for (std::size_t line = r; line < text.size();) {
    std::size_t spaces = 0;
    while (line + spaces < text.size() && text[line + spaces] == ' ') ++spaces;
    if (line + spaces < text.size() && text[line + spaces] != '\n') return {r, spaces};
    const std::size_t next = text.find('\n', line);
    if (next == std::string_view::npos) break;
    line = next + 1;
  }
  return {r, 0};
}

/// Whether the scalar is written as its value, byte for byte, on one line and in ASCII: the
/// common case, where each byte sits one column after the one before.
bool written_as_is(std::string_view text, std::size_t start, std::string_view value, char style) {
  if (text.compare(start, value.size(), value) != 0) return false;
  for (const char ch : value)
    if (static_cast<unsigned char>(ch) >= 0x80 || ch == '\n' || ch == '\r' || (style == '"' && ch == '\\') ||
        (style == '\'' && ch == '\''))
      return false;
  return true;
}

diag::SourcePos pos_at(diag::SourcePos pos, std::size_t columns) {
  return {pos.line, pos.column + static_cast<std::uint32_t>(columns)};
}

bool plain_ascii(std::string_view line) {
  for (const char ch : line)
    if (static_cast<unsigned char>(ch) >= 0x80 || ch == '\r') return false;
  return true;
}

/// A literal block scalar (`|`) whose lines are the file's lines after the indentation, in ASCII
/// with LF breaks: the common `expr: |`. Maps each line to one run; the matcher would reach the
/// same positions byte by byte. Returns false, with `out` unusable, when the layout differs.
bool map_literal_lines(const diag::SourceManager& sources, std::string_view text, std::size_t raw,
                       std::string_view value, std::size_t indent, diag::EmbeddedText& out) {
  diag::SourcePos pos = sources.position(out.file, raw);
  for (std::size_t i = 0; i < value.size();) {
    const std::size_t nl = std::min(value.find('\n', i), value.size());
    const std::string_view line = value.substr(i, nl - i);
    if (text.compare(raw, line.size(), line) != 0 || !plain_ascii(line)) return false;
    out.push_run(pos, line.size());
    raw += line.size();
    if (nl == value.size()) return out.push(pos_at(pos, line.size())), true;
    if (raw >= text.size() || text[raw] != '\n') return false;
    out.push(pos_at(pos, line.size()));
    pos = {pos.line + 1, 1};
    ++raw;
    for (std::size_t n = 0; n < indent && raw < text.size() && text[raw] == ' '; ++n, ++raw) ++pos.column;
    i = nl + 1;
  }
  out.push(pos);
  return true;
}

}  // namespace

namespace {

diag::EmbeddedText map(const diag::SourceManager& sources, diag::FileId file, std::size_t begin, std::string_view value,
                       bool fast) {
  const std::string_view text = sources.file(file).text;
  if (begin >= text.size()) return diag::EmbeddedText::uniform(file, sources.position(file, begin), value.size());
  const char c = text[begin];
  Matcher m{text, value, c == '"' || c == '\'' ? c : (c == '|' || c == '>') ? '|' : 'p', 0, {}};
  std::size_t start = begin + (m.style == '"' || m.style == '\'' ? 1 : 0);
  if (m.style == '|') {
    std::tie(start, m.indent) = block_start(text, begin);
    m.skip_indent(start);
  }
  if (fast && m.style != '|' && written_as_is(text, start, value, m.style)) {
    diag::EmbeddedText out(file);
    out.push_run(sources.position(file, start), value.size() + 1);
    return out;
  }
  if (fast && c == '|') {
    diag::EmbeddedText out(file);
    if (map_literal_lines(sources, text, start, value, m.indent, out)) return out;
  }
  if (!m.run(start)) return diag::EmbeddedText::uniform(file, sources.position(file, begin), value.size());
  return m.positions(sources, file);
}

}  // namespace

diag::EmbeddedText map_scalar(const diag::SourceManager& sources, diag::FileId file, std::size_t begin,
                              std::string_view value) {
  return map(sources, file, begin, value, true);
}

diag::EmbeddedText map_scalar_bytewise(const diag::SourceManager& sources, diag::FileId file, std::size_t begin,
                                       std::string_view value) {
  return map(sources, file, begin, value, false);
}

}  // namespace telc::schema
