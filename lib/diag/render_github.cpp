#include <fmt/format.h>

#include "diag/render.hpp"

namespace telc::diag {
namespace {

// Workflow-command escaping: data escapes %, CR, LF; properties also ':' and ','.
std::string escape(std::string_view text, bool property) {
  std::string out;
  for (char c : text) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else if (property && c == ':')
      out += "%3A";
    else if (property && c == ',')
      out += "%2C";
    else
      out += c;
  }
  return out;
}

std::string_view command(Severity severity) {
  return severity == Severity::error ? "error" : severity == Severity::warning ? "warning" : "notice";
}

}  // namespace

std::string render_github(const std::vector<Diagnostic>& diagnostics, const SourceManager& sources) {
  std::string out;
  for (const Diagnostic& d : diagnostics) {
    std::string props;
    const std::string_view path = display_path(sources, d.span);
    if (!path.empty()) props += "file=" + escape(path, true) + ",";
    if (d.span.begin.line != 0)
      props += fmt::format("line={},col={},endLine={},endColumn={},", d.span.begin.line, d.span.begin.column,
                           d.span.end.line, d.span.end.column);
    props += "title=" + escape(d.code, true);
    std::string message = d.message;
    if (d.hint) message += "\nhint: " + *d.hint;
    out += fmt::format("::{} {}::{}\n", command(d.severity), props, escape(message, false));
  }
  return out;
}

}  // namespace telc::diag
