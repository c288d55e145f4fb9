#pragma once
// Text for the HTML pages: escaping, and names that may break only between their words.
#include <string>
#include <string_view>

namespace telc::backends::docs {

[[nodiscard]] inline std::string esc(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

/// A metric or attribute name, escaped, with a break opportunity after each '.', '_' and '/': a
/// narrow screen wraps `http.server.request.duration` between its words, never inside one (the
/// pages' CSS forbids breaking anywhere else).
[[nodiscard]] inline std::string name_html(std::string_view name) {
  std::string out;
  for (char c : name) {
    out += esc(std::string_view(&c, 1));
    if (c == '.' || c == '_' || c == '/') out += "<wbr>";
  }
  return out;
}

/// A brief as HTML: escaped, its Markdown `code` spans set as code and its [links](…) as their
/// text (their targets are relative to the registry's own documentation, not to this page).
[[nodiscard]] inline std::string brief_html(std::string_view text) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    const std::size_t close = c == '`' ? text.find('`', i + 1) : std::string_view::npos;
    if (close != std::string_view::npos) {
      out += "<code class=\"text\">" + esc(text.substr(i + 1, close - i - 1)) + "</code>";
      i = close + 1;
      continue;
    }
    const std::size_t label_end = c == '[' ? text.find("](", i) : std::string_view::npos;
    const std::size_t link_end = label_end == std::string_view::npos ? label_end : text.find(')', label_end);
    if (link_end != std::string_view::npos && text.substr(i, label_end - i).find('\n') == std::string_view::npos) {
      out += esc(text.substr(i + 1, label_end - i - 1));
      i = link_end + 1;
      continue;
    }
    out += esc(text.substr(i, 1));
    ++i;
  }
  return out;
}

/// The CSS both pages share: names and units never break mid-word; long free text (examples,
/// expressions) may; wide tables scroll inside their own box instead of widening the page.
inline constexpr std::string_view kBaseStyle =
    "body{font-family:system-ui,-apple-system,\"Segoe UI\",sans-serif;margin:2rem auto;max-width:72rem;"
    "padding:0 1rem;color:#1f2328;line-height:1.45}\n"
    "h1{margin-bottom:.25rem}h2{border-bottom:1px solid #d0d7de;padding-bottom:.3rem;margin-top:2.5rem}\n"
    "code{font-family:ui-monospace,monospace;font-size:.9em}\n"
    "code.name{overflow-wrap:normal;word-break:normal}code.unit{white-space:nowrap}\n"
    "code.text{overflow-wrap:anywhere}\n"
    ".scroll{overflow-x:auto;max-width:100%}\n"
    "table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #d0d7de;padding:.35rem .6rem;"
    "text-align:left;vertical-align:top}\n"
    "th{background:#f6f8fa}tbody tr:nth-child(even){background:#fbfcfd}\n"
    "#search{width:100%;padding:.5rem;font-size:1rem;margin:.5rem 0;box-sizing:border-box}\n"
    ".muted{color:#656d76}.req{font-weight:600}\n";

}  // namespace telc::backends::docs
