#pragma once
// Renderers turn diagnostics into text; the CLI decides where it goes.
#include <span>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "diag/source_manager.hpp"

namespace telc::diag {

struct TextOptions {
  bool color = false;
};

/// GCC/clang shape with the source line and a caret run.
[[nodiscard]] std::string render_text(const std::vector<Diagnostic>& diagnostics, const SourceManager& sources,
                                      const TextOptions& options);
/// `{"diagnostics": [...]}` as fixed by the CLI contract.
[[nodiscard]] std::string render_json(const std::vector<Diagnostic>& diagnostics, const SourceManager& sources);
/// SARIF 2.1.0, one run; `codes` become `tool.driver.rules`.
[[nodiscard]] std::string render_sarif(const std::vector<Diagnostic>& diagnostics, const SourceManager& sources,
                                       std::span<const CodeInfo> codes, std::string_view tool_version);
/// `path` as an RFC 3986 relative (or absolute-path) reference: '/' kept, '%', '#', '?', space,
/// controls, non-ASCII bytes and a ':' in the first segment percent-encoded (SARIF's `uri`).
[[nodiscard]] std::string uri_reference(std::string_view path);
/// GitHub Actions workflow commands (`::error file=…,line=…::…`).
[[nodiscard]] std::string render_github(const std::vector<Diagnostic>& diagnostics, const SourceManager& sources);
/// GitHub shows at most this many annotations of each type (error, warning, notice) per step.
inline constexpr std::size_t kGithubAnnotationsPerType = 10;
/// How many of `render_github`'s annotations GitHub shows (the rest only in the log).
[[nodiscard]] std::size_t github_annotations_shown(const std::vector<Diagnostic>& diagnostics);
/// A Markdown job summary (for `$GITHUB_STEP_SUMMARY`): a `title` heading, the counts per severity
/// and a table of every diagnostic (location, severity, code, message), Markdown-escaped.
[[nodiscard]] std::string render_github_summary(const std::vector<Diagnostic>& diagnostics,
                                                const SourceManager& sources, std::string_view title);

/// One line per diagnostic without the path ("14:11 error code: message", then indented hint and
/// note lines): the golden-test format, stable when the caret rendering changes.
[[nodiscard]] std::string render_compact(const std::vector<Diagnostic>& diagnostics, const SourceManager& sources,
                                         bool with_path = false);

/// `text` with what a terminal would act on written out: C0 controls and DEL as \x1b (\n, \r, \t),
/// C1 controls as \u009b, each byte of a malformed UTF-8 sequence as \xbf. For text read from
/// inputs (keys, values, file names) before it reaches a terminal.
[[nodiscard]] std::string escape_controls(std::string_view text);

/// The path shown for a span's file ("" when the span has none).
[[nodiscard]] std::string_view display_path(const SourceManager& sources, const SourceSpan& span);

}  // namespace telc::diag
