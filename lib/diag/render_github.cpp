#include <algorithm>

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

/// A table cell: controls written out, then every character Markdown or a table reads escaped.
std::string markdown(std::string_view text) {
  static constexpr std::string_view kSpecial = "\\`*_{}[]<>()#+!|~&$";
  std::string out;
  for (const char c : escape_controls(text)) {
    if (kSpecial.find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

std::string count_line(const std::vector<Diagnostic>& diagnostics) {
  std::size_t counts[3] = {0, 0, 0};
  for (const Diagnostic& d : diagnostics) ++counts[static_cast<int>(d.severity)];
  return fmt::format("{} errors, {} warnings, {} notes\n", counts[2], counts[1], counts[0]);
}

}  // namespace

std::size_t github_annotations_shown(const std::vector<Diagnostic>& diagnostics) {
  std::size_t counts[3] = {0, 0, 0};
  for (const Diagnostic& d : diagnostics) ++counts[static_cast<int>(d.severity)];
  std::size_t shown = 0;
  for (const std::size_t count : counts) shown += std::min(count, kGithubAnnotationsPerType);
  return shown;
}

std::string render_github_summary(const std::vector<Diagnostic>& diagnostics, const SourceManager& sources,
                                  std::string_view title) {
  std::string out = fmt::format("### {}\n\n{}", markdown(title), count_line(diagnostics));
  if (diagnostics.empty()) return out + "\n";
  out += "\n| location | severity | code | message |\n|---|---|---|---|\n";
  for (const Diagnostic& d : diagnostics) {
    std::string where(display_path(sources, d.span));
    if (d.span.begin.line != 0) where += fmt::format(":{}:{}", d.span.begin.line, d.span.begin.column);
    std::string message = d.message;
    if (d.hint) message += " (hint: " + *d.hint + ")";
    out += fmt::format("| {} | {} | {} | {} |\n", markdown(where), to_string(d.severity), markdown(d.code),
                       markdown(message));
  }
  return out + "\n";
}

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
