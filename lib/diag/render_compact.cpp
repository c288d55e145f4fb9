#include <fmt/format.h>

#include "diag/render.hpp"

namespace telc::diag {

std::string render_compact(const std::vector<Diagnostic>& diagnostics, const SourceManager& sources, bool with_path) {
  std::string out;
  for (const Diagnostic& d : diagnostics) {
    const std::string_view path = display_path(sources, d.span);
    std::string where = path.empty() ? std::string("-") : fmt::format("{}:{}", d.span.begin.line, d.span.begin.column);
    if (with_path && !path.empty()) where = fmt::format("{}:{}", path, where);
    out += fmt::format("{} {} {}: {}\n", where, to_string(d.severity), d.code, d.message);
    if (d.hint) out += fmt::format("  hint: {}\n", *d.hint);
    for (const Note& n : d.notes) {
      // A note in another file names it, so cross-file notes (duplicate ids) stay unambiguous.
      const bool elsewhere = with_path && n.span.file != d.span.file;
      const std::string file = elsewhere ? fmt::format("{}:", display_path(sources, n.span)) : "";
      out += fmt::format("  note {}{}:{}: {}\n", file, n.span.begin.line, n.span.begin.column, n.message);
    }
  }
  return out;
}

}  // namespace telc::diag
