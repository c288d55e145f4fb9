#include <fmt/format.h>

#include "diag/render.hpp"

namespace telc::diag {
namespace {

struct Palette {
  std::string_view bold, reset, error, warning, note, caret, hint;
};
constexpr Palette kPlain{};
constexpr Palette kColor{"\x1b[1m", "\x1b[0m", "\x1b[1;31m", "\x1b[1;35m", "\x1b[1;36m",
                         "\x1b[1;32m", "\x1b[1;34m"};

std::string_view colour_of(Severity s, const Palette& p) {
  return s == Severity::error ? p.error : s == Severity::warning ? p.warning : p.note;
}

std::string location(const SourceManager& sources, const SourceSpan& span) {
  const std::string_view path = display_path(sources, span);
  if (path.empty()) return "telc";
  if (span.begin.line == 0) return std::string(path);
  return fmt::format("{}:{}:{}", path, span.begin.line, span.begin.column);
}

/// Replaces tabs by spaces so the caret lines up, and returns the line as printed.
std::string printable(std::string_view line) {
  std::string out(line);
  for (char& c : out)
    if (c == '\t') c = ' ';
  return out;
}

void append_excerpt(std::string& out, const SourceManager& sources, const SourceSpan& span,
                    const Palette& p) {
  if (!span.known()) return;
  const std::string line = printable(sources.line_text(span.file, span.begin.line));
  const std::size_t width = count_code_points(line);
  const std::string number = std::to_string(span.begin.line);
  const std::string gutter(number.size(), ' ');
  std::size_t first = span.begin.column;
  std::size_t last = span.end.line == span.begin.line ? span.end.column : std::max(width, first);
  if (last < first) last = first;
  if (first > width + 1) first = last = width + 1;  // a span past the end still gets a caret
  last = std::min(last, std::max(width, first));
  out += fmt::format(" {} | {}\n", number, line);
  out += fmt::format(" {} | {}{}{}{}{}\n", gutter, std::string(first - 1, ' '), p.caret, "^",
                     std::string(last - first, '~'), p.reset);
}

void append_one(std::string& out, const Diagnostic& d, const SourceManager& sources,
                const Palette& p) {
  out += fmt::format("{}{}:{} {}{}:{} {}{} [{}]{}\n", p.bold, location(sources, d.span), p.reset,
                     colour_of(d.severity, p), to_string(d.severity), p.reset, p.bold, d.message,
                     d.code, p.reset);
  append_excerpt(out, sources, d.span, p);
  if (d.hint) out += fmt::format("   = {}hint:{} {}\n", p.hint, p.reset, *d.hint);
  for (const Note& n : d.notes) {
    out += fmt::format("{}{}:{} {}note:{} {}\n", p.bold, location(sources, n.span), p.reset,
                       p.note, p.reset, n.message);
    append_excerpt(out, sources, n.span, p);
  }
}

}  // namespace

std::string_view display_path(const SourceManager& sources, const SourceSpan& span) {
  if (span.file == kNoFile || span.file >= sources.size()) return {};
  const std::string& path = sources.file(span.file).path;
  return path == "-" ? std::string_view("<stdin>") : std::string_view(path);
}

std::string render_text(const std::vector<Diagnostic>& diagnostics, const SourceManager& sources,
                        const TextOptions& options) {
  std::string out;
  for (const Diagnostic& d : diagnostics)
    append_one(out, d, sources, options.color ? kColor : kPlain);
  return out;
}

}  // namespace telc::diag
