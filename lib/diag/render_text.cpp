#include <fmt/format.h>

#include "diag/render.hpp"
#include "diag/utf8.hpp"

namespace telc::diag {
namespace {

struct Palette {
  std::string_view bold, reset, error, warning, note, caret, hint;
};
constexpr Palette kPlain{};
constexpr Palette kColor{"\x1b[1m", "\x1b[0m", "\x1b[1;31m", "\x1b[1;35m", "\x1b[1;36m", "\x1b[1;32m", "\x1b[1;34m"};

std::string_view colour_of(Severity severity, const Palette& pointer) {
  return severity == Severity::error ? pointer.error : severity == Severity::warning ? pointer.warning : pointer.note;
}

std::string text_location(const SourceManager& sources, const SourceSpan& span) {
  std::string path = escape_controls(display_path(sources, span));
  if (path.empty()) return "telc";
  if (span.begin.line == 0) return path;
  return fmt::format("{}:{}:{}", path, span.begin.line, span.begin.column);
}

/// Whether a code point moves the cursor or starts a terminal sequence: C0, DEL and C1.
bool is_control(char32_t code_point) { return code_point < 0x20 || (code_point >= 0x7F && code_point < 0xA0); }

/// A control character as C writes it: \n, \x1b, \u009b.
std::string escaped(char32_t control) {
  if (control == '\n') return "\\n";
  if (control == '\r') return "\\r";
  if (control == '\t') return "\\t";
  const auto value = static_cast<std::uint32_t>(control);
  return control < 0x80 ? fmt::format("\\x{:02x}", value) : fmt::format("\\u{:04x}", value);
}

/// One visible character per column of the source line, so the caret lines up and no escape
/// sequence in the input reaches the terminal: a tab is a space, C0 controls and DEL their control
/// pictures (U+241B for ESC), C1 controls and malformed bytes U+FFFD.
std::string printable(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  for (std::size_t i = 0; i < line.size();) {
    const Decoded d = decode(line.substr(i));
    if (d.code_point == '\t')
      out += ' ';
    else if (d.valid && (d.code_point < 0x20 || d.code_point == 0x7F))
      append_utf8(out, d.code_point == 0x7F ? 0x2421 : 0x2400 + d.code_point);
    else if (!d.valid || is_control(d.code_point))
      append_utf8(out, kReplacementCharacter);
    else
      out.append(line.substr(i, d.length));
    i += d.length;
  }
  return out;
}

constexpr std::size_t kMaxWidth = 100;

/// Cuts a long line to a window around the caret; returns the first column kept.
std::size_t window(std::string& line, std::size_t& first, std::size_t& last) {
  const std::size_t width = code_points(line);
  if (width <= kMaxWidth) return 1;
  const std::size_t start = first > kMaxWidth / 2 ? first - kMaxWidth / 2 : 1;
  std::size_t byte = 0;
  for (std::size_t col = 1; col < start && byte < line.size(); ++col) {
    ++byte;
    while (byte < line.size() && is_continuation(line[byte])) ++byte;
  }
  std::size_t end = byte;
  for (std::size_t n = 0; n < kMaxWidth && end < line.size(); ++n) {
    ++end;
    while (end < line.size() && is_continuation(line[end])) ++end;
  }
  const bool cut_left = start > 1, cut_right = end < line.size();
  line = std::string(cut_left ? "..." : "") + line.substr(byte, end - byte) + (cut_right ? "..." : "");
  const std::size_t shift = start - 1 - (cut_left ? 3 : 0);
  first -= shift;
  last = std::min(last - shift, kMaxWidth + (cut_left ? 3 : 0));
  return start;
}

void append_excerpt(std::string& out, const SourceManager& sources, const SourceSpan& span, const Palette& pointer) {
  if (!span.known()) return;
  std::string line = printable(sources.line_text(span.file, span.begin.line));
  const std::size_t width = code_points(line);
  const std::string number = std::to_string(span.begin.line);
  const std::string gutter(number.size(), ' ');
  std::size_t first = std::max<std::size_t>(span.begin.column, 1);  // a column 0 would underflow the padding
  std::size_t last = span.end.line == span.begin.line ? span.end.column : std::max(width, first);
  if (last < first) last = first;
  if (first > width + 1) first = last = width + 1;  // a span past the end still gets a caret
  last = std::min(last, std::max(width, first));
  window(line, first, last);
  out += fmt::format(" {} | {}\n", number, line);
  out += fmt::format(" {} | {}{}{}{}{}\n", gutter, std::string(first - 1, ' '), pointer.caret, "^",
                     std::string(last - first, '~'), pointer.reset);
}

void append_one(std::string& out, const Diagnostic& diagnostic, const SourceManager& sources, const Palette& pointer) {
  out +=
      fmt::format("{}{}:{} {}{}:{} {}{} [{}]{}\n", pointer.bold, text_location(sources, diagnostic.span), pointer.reset,
                  colour_of(diagnostic.severity, pointer), to_string(diagnostic.severity), pointer.reset, pointer.bold,
                  escape_controls(diagnostic.message), escape_controls(diagnostic.code), pointer.reset);
  append_excerpt(out, sources, diagnostic.span, pointer);
  if (diagnostic.hint)
    out += fmt::format("   = {}hint:{} {}\n", pointer.hint, pointer.reset, escape_controls(*diagnostic.hint));
  for (const Note& n : diagnostic.notes) {
    out += fmt::format("{}{}:{} {}note:{} {}\n", pointer.bold, text_location(sources, n.span), pointer.reset,
                       pointer.note, pointer.reset, escape_controls(n.message));
    append_excerpt(out, sources, n.span, pointer);
  }
}

}  // namespace

std::string escape_controls(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const Decoded d = decode(text.substr(i));
    if (!d.valid)
      out += fmt::format("\\x{:02x}", static_cast<unsigned char>(text[i]));
    else if (is_control(d.code_point))
      out += escaped(d.code_point);
    else
      out.append(text.substr(i, d.length));
    i += d.length;
  }
  return out;
}

std::string_view display_path(const SourceManager& sources, const SourceSpan& span) {
  if (span.file == kNoFile || span.file >= sources.size()) return {};
  const std::string& path = sources.file(span.file).path;
  return path == "-" ? std::string_view("<stdin>") : std::string_view(path);
}

std::string render_text(const std::vector<Diagnostic>& diagnostics, const SourceManager& sources,
                        const TextOptions& options) {
  std::string out;
  for (const Diagnostic& d : diagnostics) append_one(out, d, sources, options.color ? kColor : kPlain);
  return out;
}

}  // namespace telc::diag
