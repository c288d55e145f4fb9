// libFuzzer target for the whole checking pipeline on one input file: YAML → schema → model →
// checks → lint, then compile into the in-memory output tree, then every renderer. Any crash,
// sanitizer report or broken invariant is a bug: a diagnostic must lie inside its file, and the
// JSON renderer must write valid JSON.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "diag/render.hpp"
#include "driver/compile.hpp"
#include "driver/lint.hpp"

namespace {

using telc::diag::Diagnostic;

/// At most as many lines as the text has line breaks of any kind (LF, CR, NEL, LS, PS), plus one.
std::size_t most_lines(std::string_view text) {
  std::size_t lines = 1;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto ch = static_cast<unsigned char>(text[i]);
    lines += ch == '\n' || ch == '\r' || (ch == 0xC2 && i + 1 < text.size() && text[i + 1] == '\x85') ||
             (ch == 0xE2 && text.substr(i + 1, 2) == "\x80\xA8") || (ch == 0xE2 && text.substr(i + 1, 2) == "\x80\xA9");
  }
  return lines;
}

/// Every located diagnostic names a line of its file and a column of at least 1.
bool inside_file(const Diagnostic& diagnostic, const telc::diag::SourceManager& sources) {
  const telc::diag::SourceSpan& span = diagnostic.span;
  if (span.file == telc::diag::kNoFile || span.begin.line == 0) return true;  // a file-level finding
  return span.begin.line <= most_lines(sources.file(span.file).text) && span.begin.column >= 1;
}

void check_outputs(const telc::diag::Sink& sink, const telc::diag::SourceManager& sources) {
  for (const Diagnostic& diagnostic : sink.all())
    if (!inside_file(diagnostic, sources)) __builtin_trap();
  (void)telc::diag::render_text(sink.all(), sources, telc::diag::TextOptions{});
  (void)telc::diag::render_github(sink.all(), sources);
  // Strict: invalid JSON or invalid UTF-8 is refused.
  if (!nlohmann::json::accept(telc::diag::render_json(sink.all(), sources))) __builtin_trap();
  if (!nlohmann::json::accept(telc::diag::render_sarif(sink.all(), sources, {}, "fuzz"))) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const auto read_stdin = [&](std::size_t) { return text; };
  {
    telc::diag::SourceManager sources;
    telc::diag::Sink sink;
    const telc::driver::LintOptions options{{{"-"}, 1, std::nullopt, false, false}, "2025-06-01"};
    (void)telc::driver::lint(options, read_stdin, sources, sink);
    check_outputs(sink, sources);
  }
  telc::diag::SourceManager sources;
  telc::diag::Sink sink;
  telc::driver::CompileOptions options;
  options.inputs = {{"-"}, 1, std::nullopt, false, false};
  (void)telc::driver::compile(options, read_stdin, sources, sink);
  check_outputs(sink, sources);
  return 0;
}
