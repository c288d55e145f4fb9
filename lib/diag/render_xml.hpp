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

/// One test of `telc test` for JUnit: its findings are the diagnostics inside `extent`.
struct JunitTest {
  std::string suite;  // the test file's suite name
  std::string name;
  SourceSpan extent;
  bool passed = false;
};

/// JUnit XML for `telc test`: one `<testsuite>` per suite of `tests`, one `<testcase>` per test
/// (a `<failure>` holding its errors when it did not pass; its warnings and notes in
/// `<system-out>`), then a suite named `command` with the other diagnostics grouped by file as
/// render_junit groups them (a test file's own errors, inputs that did not validate).
[[nodiscard]] std::string render_junit_tests(const std::vector<Diagnostic>& diagnostics, const SourceManager& sources,
                                             std::span<const JunitTest> tests, std::string_view command,
                                             std::span<const FileId> files);

/// Checkstyle XML as reviewdog reads it (`-f=checkstyle`): one `<file>` per file as for JUnit, one
/// `<error line column severity message source>` per diagnostic (severity error, warning or info).
[[nodiscard]] std::string render_checkstyle(const std::vector<Diagnostic>& diagnostics, const SourceManager& sources,
                                            std::span<const FileId> files, std::string_view tool_version);

}  // namespace telc::diag
