#pragma once
// XML formats: JUnit (one testsuite per run, one testcase per file) and Checkstyle.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "diag/source_manager.hpp"

namespace telc::diag {

/// `text` for an XML attribute or element: the five markup characters as entities, and what XML
/// 1.0 cannot hold (controls, malformed UTF-8, U+FFFE/U+FFFF) written out as `escape_controls` does.
[[nodiscard]] std::string xml_escape(std::string_view text);

/// JUnit XML as Jenkins, GitLab and Azure read it: one `<testsuite>` named `suite` ("telc lint"),
/// one `<testcase>` per file (`files` first, in order, then any other file a diagnostic names),
/// one `<failure>` per error or warning; notes go to `<system-out>`. Times are always 0.
[[nodiscard]] std::string render_junit(const std::vector<Diagnostic>& diagnostics, const SourceManager& sources,
                                       std::string_view suite, std::span<const FileId> files);

/// Checkstyle XML as reviewdog reads it (`-f=checkstyle`): one `<file>` per file as for JUnit, one
/// `<error line column severity message source>` per diagnostic (severity error, warning or info).
[[nodiscard]] std::string render_checkstyle(const std::vector<Diagnostic>& diagnostics, const SourceManager& sources,
                                            std::span<const FileId> files, std::string_view tool_version);

}  // namespace telc::diag
