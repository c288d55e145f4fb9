#pragma once
// Text for the Markdown pages: table cells and GitHub's heading anchors.
#include <cctype>
#include <string>
#include <string_view>

namespace telc::backends::docs {

/// A table cell: pipes and line breaks would end it, and '<' would start HTML; "—" when empty.
[[nodiscard]] inline std::string cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|')
      out += "\\|";
    else if (c == '<')
      out += "&lt;";
    else
      out += c == '\n' ? ' ' : c;
  }
  return out.empty() ? "—" : out;
}

/// GitHub's heading anchors: lower case, punctuation other than '-' and '_' removed.
[[nodiscard]] inline std::string anchor(std::string_view heading) {
  std::string out;
  for (char c : heading)
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_')
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    else if (c == ' ')
      out += '-';
  return out;
}

}  // namespace telc::backends::docs
