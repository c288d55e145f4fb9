// JUnit and Checkstyle XML: what CI systems (Jenkins, GitLab, Azure) and reviewdog read.
#include <algorithm>

#include <fmt/format.h>

#include "diag/render.hpp"
#include "diag/render_xml.hpp"

namespace telc::diag {
namespace {

/// "file:line:col" (or less, when unknown), for a failure's message.
std::string where(const SourceManager& sources, const SourceSpan& span) {
  std::string out(display_path(sources, span));
  if (out.empty()) out = "telc";
  if (span.begin.line != 0) out += fmt::format(":{}:{}", span.begin.line, span.begin.column);
  return out;
}

std::string one_line(const Diagnostic& diagnostic, const SourceManager& sources) {
  return fmt::format("{}: {}: {} [{}]", where(sources, diagnostic.span), to_string(diagnostic.severity),
                     diagnostic.message, diagnostic.code);
}

/// The diagnostic as the text format would start it: its line, then the hint and notes.
std::string body(const Diagnostic& diagnostic, const SourceManager& sources) {
  std::string out = xml_escape(one_line(diagnostic, sources));
  if (diagnostic.hint) out += "\nhint: " + xml_escape(*diagnostic.hint);
  for (const Note& n : diagnostic.notes) out += "\n" + xml_escape(where(sources, n.span) + ": note: " + n.message);
  return out;
}

struct Testcase {
  std::string name;
  std::vector<const Diagnostic*> findings;
};

std::string testcase_xml(const Testcase& test, std::string_view suite, const SourceManager& sources) {
  std::string failures;
  std::string output;
  for (const Diagnostic* d : test.findings) {
    if (d->severity == Severity::note) {
      output += body(*d, sources) + "\n";
      continue;
    }
    failures += fmt::format("      <failure message=\"{}\" type=\"{}\">{}</failure>\n",
                            xml_escape(one_line(*d, sources)), xml_escape(d->code), body(*d, sources));
  }
  if (!output.empty()) failures += "      <system-out>" + output + "</system-out>\n";
  const std::string open =
      fmt::format(R"(    <testcase name="{}" classname="{}" time="0")", xml_escape(test.name), xml_escape(suite));
  return failures.empty() ? open + "/>\n" : open + ">\n" + failures + "    </testcase>\n";
}

bool failed(const Testcase& test) {
  for (const Diagnostic* d : test.findings)
    if (d->severity != Severity::note) return true;
  return false;
}

/// One group per file: the named inputs in order, then any other file a diagnostic is about
/// (one that could not be read, a configuration), then "telc" for diagnostics without a file.
std::vector<Testcase> by_file(const std::vector<Diagnostic>& diagnostics, const SourceManager& sources,
                              std::span<const FileId> files) {
  std::vector<Testcase> out;
  auto group = [&out](std::string name) -> Testcase& {
    for (Testcase& t : out)
      if (t.name == name) return t;
    return out.emplace_back(Testcase{std::move(name), {}});
  };
  for (FileId file : files) (void)group(std::string(display_path(sources, SourceSpan{file, {}, {}})));
  for (const Diagnostic& d : diagnostics) {
    const std::string_view path = display_path(sources, d.span);
    group(path.empty() ? std::string("telc") : std::string(path)).findings.push_back(&d);
  }
  return out;
}

/// `span` begins inside `extent` (same file, between its first and last position).
bool contains(const SourceSpan& extent, const SourceSpan& span) {
  return span.file == extent.file && extent.file != kNoFile && span.begin.line != 0 && extent.begin <= span.begin &&
         span.begin <= extent.end;
}

/// A test of `telc test`: failed when it did not pass, with its errors; the rest as output.
std::string test_xml(const JunitTest& test, const std::vector<const Diagnostic*>& findings,
                     const SourceManager& sources) {
  std::string errors;
  std::string output;
  std::string first;
  for (const Diagnostic* d : findings) {
    if (d->severity == Severity::error) {
      if (first.empty()) first = one_line(*d, sources);
      errors += body(*d, sources) + "\n";
    } else {
      output += body(*d, sources) + "\n";
    }
  }
  std::string inner;
  if (!test.passed)
    inner += fmt::format("      <failure message=\"{}\" type=\"test\">{}</failure>\n",
                         xml_escape(first.empty() ? std::string("the test did not pass") : first), errors);
  if (!output.empty()) inner += "      <system-out>" + output + "</system-out>\n";
  const std::string open =
      fmt::format(R"(    <testcase name="{}" classname="{}" file="{}" line="{}" time="0")", xml_escape(test.name),
                  xml_escape(test.suite), xml_escape(display_path(sources, test.extent)), test.extent.begin.line);
  return inner.empty() ? open + "/>\n" : open + ">\n" + inner + "    </testcase>\n";
}

/// One `<testsuite>` being assembled: its counts and its test cases.
struct Suite {
  std::size_t tests = 0;
  std::size_t failures = 0;
  std::string cases;

  void add(bool failure, const std::string& xml) {
    ++tests;
    failures += failure ? 1 : 0;
    cases += xml;
  }
  [[nodiscard]] std::string counts() const {
    return fmt::format(R"(tests="{}" failures="{}" errors="0" skipped="0" time="0")", tests, failures);
  }
  [[nodiscard]] std::string xml(std::string_view name) const {
    return fmt::format("  <testsuite name=\"{}\" {}>\n", xml_escape(name), counts()) + cases + "  </testsuite>\n";
  }
};

/// A test case per file (render_junit's grouping).
Suite file_suite(const std::vector<Testcase>& files, std::string_view suite, const SourceManager& sources) {
  Suite out;
  for (const Testcase& file : files) out.add(failed(file), testcase_xml(file, suite, sources));
  return out;
}

std::string_view checkstyle_severity(Severity severity) {
  return severity == Severity::error ? "error" : severity == Severity::warning ? "warning" : "info";
}

std::string error_xml(const Diagnostic& diagnostic) {
  std::string column =
      diagnostic.span.begin.column != 0 ? fmt::format(R"( column="{}")", diagnostic.span.begin.column) : "";
  std::string message = diagnostic.message;
  if (diagnostic.hint) message += " (hint: " + *diagnostic.hint + ")";
  return fmt::format(R"(    <error line="{}"{} severity="{}" message="{}" source="telc.{}"/>)",
                     diagnostic.span.begin.line, column, checkstyle_severity(diagnostic.severity), xml_escape(message),
                     xml_escape(diagnostic.code)) +
         "\n";
}

}  // namespace

std::string xml_escape(std::string_view text) {
  std::string out;
  for (const char c : escape_controls(text)) {  // no control character is allowed in XML 1.0
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default: out += c;
    }
  }
  // U+FFFE and U+FFFF are valid UTF-8 but not XML characters.
  for (const std::string_view bad : {"\xEF\xBF\xBE", "\xEF\xBF\xBF"})
    for (std::size_t at = out.find(bad); at != std::string::npos; at = out.find(bad, at))
      out.replace(at, bad.size(), bad.back() == '\xBE' ? "\\ufffe" : "\\uffff");
  return out;
}

std::string render_junit(const std::vector<Diagnostic>& diagnostics, const SourceManager& sources,
                         std::string_view suite, std::span<const FileId> files) {
  const Suite one = file_suite(by_file(diagnostics, sources, files), suite, sources);
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += fmt::format("<testsuites name=\"telc\" {}>\n", one.counts());
  return out + one.xml(suite) + "</testsuites>\n";
}

std::string render_junit_tests(const std::vector<Diagnostic>& diagnostics, const SourceManager& sources,
                               std::span<const JunitTest> tests, std::string_view command,
                               std::span<const FileId> files) {
  std::vector<std::vector<const Diagnostic*>> inside(tests.size());
  std::vector<Diagnostic> others;
  for (const Diagnostic& d : diagnostics) {
    const auto test =
        std::find_if(tests.begin(), tests.end(), [&](const JunitTest& test) { return contains(test.extent, d.span); });
    if (test == tests.end())
      others.push_back(d);
    else
      inside[static_cast<std::size_t>(test - tests.begin())].push_back(&d);
  }
  std::string out;
  Suite all;
  for (std::size_t i = 0; i < tests.size();) {
    Suite suite;
    std::size_t end = i;
    for (; end < tests.size() && tests[end].suite == tests[i].suite; ++end)
      suite.add(!tests[end].passed, test_xml(tests[end], inside[end], sources));
    out += suite.xml(tests[i].suite);
    all.tests += suite.tests, all.failures += suite.failures;
    i = end;
  }
  const Suite rest = file_suite(by_file(others, sources, files), command, sources);
  all.tests += rest.tests, all.failures += rest.failures;
  return fmt::format("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"telc\" {}>\n", all.counts()) +
         out + rest.xml(command) + "</testsuites>\n";
}

std::string render_checkstyle(const std::vector<Diagnostic>& diagnostics, const SourceManager& sources,
                              std::span<const FileId> files, std::string_view tool_version) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += fmt::format("<checkstyle version=\"{}\">\n", xml_escape(tool_version));
  for (const Testcase& file : by_file(diagnostics, sources, files)) {
    out += fmt::format("  <file name=\"{}\"", xml_escape(file.name));
    if (file.findings.empty()) {
      out += "/>\n";
      continue;
    }
    out += ">\n";
    for (const Diagnostic* d : file.findings) out += error_xml(*d);
    out += "  </file>\n";
  }
  return out + "</checkstyle>\n";
}

}  // namespace telc::diag
