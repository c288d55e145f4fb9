#include "schema/yaml_errors.hpp"

#include <optional>
#include <vector>

#include <fmt/format.h>

namespace telc::schema {
namespace {

struct Entry {
  std::string_view problem;  // libyaml's problem text (prefix)
  std::string_view message;
  std::string_view hint;
  std::string_view note;  // said at the context mark, when there is one
};

// clang-format off
constexpr Entry kEntries[] = {
    {"did not find expected key",               "this line's indentation matches no enclosing mapping", "indent the key exactly like its siblings", "the mapping starts here"},
    {"did not find expected '-' indicator",     "this line's indentation matches no enclosing list",    "indent the '- ' entry exactly like its siblings", "the list starts here"},
    {"mapping values are not allowed",          "unexpected ':' in a value",                            "quote a value that contains ': '", ""},
    {"block sequence entries are not allowed",  "unexpected '- ' list entry",                           "a list entry goes on its own line under its key", ""},
    {"found unknown escape character",          "unknown escape sequence in a double-quoted string",    "write a backslash as \\\\ or use single quotes", "the string starts here"},
    {"could not find expected ':'",             "expected ':' after a key",                             "a key is followed by ': ' on the same line", "the key starts here"},
    {"did not find expected node content",      "a value is missing here",                              "write a value, or quote the text", ""},
    {"did not find expected ',' or ']'",        "expected ',' or ']' in this list",                     "separate list items with ','", "the list starts here"},
    {"did not find expected ',' or '}'",        "expected ',' or '}' in this mapping",                  "separate entries with ','", "the mapping starts here"},
    {"found undefined tag handle",              "unknown tag handle",                                   "remove the tag, or declare it with %TAG", ""},
    {"found unexpected end of stream",          "the text ends inside a quoted string",                 "add the closing quote", "the string starts here"},
    {"control characters are not allowed",      "a control character cannot appear in YAML text",       "write it as an escape in a double-quoted string (\"\\e\" is ESC)", ""},
};
// clang-format on

/// The first line break at or after `at` (the end of a comment), or the end of the text.
std::size_t next_break(std::string_view text, std::size_t at) {
  while (at < text.size() && diag::line_break_at(text, at) == 0) ++at;
  return at;
}

/// Whether a line break (of 1 to 3 bytes) ends just before `text[at]`, or `at` is the start.
bool starts_line(std::string_view text, std::size_t at) {
  for (std::size_t back = 1; back <= std::min<std::size_t>(at, 3); ++back)
    if (diag::line_break_at(text, at - back) == back) return true;
  return at == 0;
}

bool at_end(const diag::SourceManager& sources, diag::FileId file, diag::SourcePos at) {
  const std::string_view text = sources.file(file).text;
  for (std::size_t i = sources.offset(file, at); i < text.size(); ++i) {
    if (text[i] == '#')
      i = next_break(text, i);
    else if (const std::size_t length = diag::line_break_at(text, i); length != 0)
      i += length - 1;
    else if (text[i] != ' ' && text[i] != '\t')
      return text.substr(i, 3) == "---";
  }
  return true;
}

/// A tab in the indentation of the problem's line, before the problem column.
std::optional<diag::SourcePos> indentation_tab(const diag::SourceManager& sources, diag::FileId file,
                                               diag::SourcePos at) {
  const std::string_view line = sources.line_text(file, at.line);
  for (std::size_t i = 0; i < line.size() && (line[i] == ' ' || line[i] == '\t'); ++i)
    if (line[i] == '\t') return diag::SourcePos{at.line, static_cast<std::uint32_t>(i + 1)};
  return std::nullopt;
}

/// The innermost '[' or '{' in text[begin, end) that is never closed (quoted scalars and comments
/// skipped), for errors libyaml reports only at the end of the text.
std::optional<std::size_t> unclosed_opener(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<std::size_t> open;
  for (std::size_t i = begin; i < std::min(end, text.size()); ++i) {
    const char c = text[i];
    if (c == '#' && (i == begin || text[i - 1] == ' ' || starts_line(text, i))) {
      i = std::min(next_break(text, i), end);
    } else if ((c == '"' || c == '\'') && !open.empty()) {
      for (++i; i < end && text[i] != c; ++i)
        if (c == '"' && text[i] == '\\') ++i;
    } else if (c == '[' || c == '{') {
      open.push_back(i);
    } else if ((c == ']' || c == '}') && !open.empty()) {
      open.pop_back();
    }
  }
  if (open.empty()) return std::nullopt;
  return open.back();
}

diag::Diagnostic make(diag::FileId file, diag::SourcePos at, std::string message, std::string hint) {
  return {diag::Severity::error, "yaml/syntax", std::move(message), {file, at, at}, std::move(hint), {}};
}

}  // namespace

diag::Diagnostic explain_yaml_error(const diag::SourceManager& sources, diag::FileId file, const YamlError& expr) {
  if (auto tab = indentation_tab(sources, file, expr.problem_at))
    return make(file, *tab, "tab character used for indentation", "YAML indentation must use spaces");
  const std::string_view text = sources.file(file).text;
  const bool in_flow = expr.context.find("flow") != std::string::npos && at_end(sources, file, expr.problem_at);
  const auto opener =
      in_flow ? unclosed_opener(text, expr.chunk_begin, sources.offset(file, expr.problem_at)) : std::nullopt;
  if (opener) {
    const char open = text[*opener];
    const diag::SourcePos at = sources.position(file, *opener);
    auto d = make(file, at, fmt::format("'{}' is never closed", open),
                  fmt::format("add the matching '{}'", open == '[' ? ']' : '}'));
    d.notes.push_back({{file, expr.problem_at, expr.problem_at}, "the document ends here"});
    return d;
  }
  for (const Entry& entry : kEntries) {
    if (expr.problem.rfind(entry.problem, 0) != 0) continue;
    auto d = make(file, expr.problem_at, std::string(entry.message), std::string(entry.hint));
    if (!entry.note.empty() && expr.context_at.line != 0 && expr.context_at != expr.problem_at)
      d.notes.push_back({{file, expr.context_at, expr.context_at}, std::string(entry.note)});
    return d;
  }
  if (expr.problem.rfind("found character that cannot start any token", 0) == 0) {
    const char c = sources.file(file).text[sources.offset(file, expr.problem_at)];
    return make(file, expr.problem_at, fmt::format("'{}' cannot start a plain value", c), "quote the value");
  }
  return make(file, expr.problem_at, expr.context.empty() ? expr.problem : expr.problem + " " + expr.context, "");
}

}  // namespace telc::schema
