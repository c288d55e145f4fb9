#include "template_test_util.hpp"

#include <fmt/format.h>

#include "diag/embedded_text.hpp"
#include "diag/sink.hpp"
#include "diag/source_manager.hpp"
#include "gotemplate/check.hpp"

namespace telc::gotemplate::test {

std::string diagnose(std::string_view text) {
  diag::SourceManager sources;
  const diag::FileId file = sources.add("template", std::string(text));
  diag::EmbeddedText where(file);
  for (std::size_t i = 0; i <= text.size(); ++i) where.push(sources.position(file, i));
  diag::Sink sink;
  report(check(text), where, sink);
  if (sink.all().empty()) return "ok\n";
  std::string out;
  for (const diag::Diagnostic& d : sink.all()) {
    out += fmt::format("{}:{}-{}:{} {}: {}\n", d.span.begin.line, d.span.begin.column, d.span.end.line,
                       d.span.end.column, d.code, d.message);
    if (d.hint) out += fmt::format("  hint: {}\n", *d.hint);
  }
  return out;
}

bool accepts(std::string_view text) { return check(text).empty(); }

}  // namespace telc::gotemplate::test
