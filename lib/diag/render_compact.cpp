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
    for (const Note& n : d.notes) out += fmt::format("  note {}:{}: {}\n", n.span.begin.line, n.span.begin.column, n.message);
  }
  return out;
}

}  // namespace telc::diag
