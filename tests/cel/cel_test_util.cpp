#include "cel_test_util.hpp"

#include <fmt/format.h>

namespace telc::cel::test {

diag::EmbeddedText embedded(std::string_view text) {
  diag::EmbeddedText out(0);
  diag::SourcePos pos{1, 1};
  for (std::size_t i = 0; i < text.size(); ++i) {
    out.push(pos);  // continuation bytes share their character's position
    const bool next_continues = i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80;
    if (text[i] == '\n')
      pos = {pos.line + 1, 1};
    else if (!next_continues)
      ++pos.column;
  }
  out.push(pos);
  return out;
}

std::string render(const diag::Sink& sink) {
  std::string out;
  for (const diag::Diagnostic& d : sink.all()) {
    out += fmt::format("{}:{}-{} {} {}: {}\n", d.span.begin.line, d.span.begin.column, d.span.end.column,
                       diag::to_string(d.severity), d.code, d.message);
    if (d.hint) out += fmt::format("  hint: {}\n", *d.hint);
  }
  return out;
}

std::string diagnose(std::string_view expr, const Environment& env, Expectation expect) {
  diag::Sink sink;
  const ParseResult r = parse_and_check(expr, env, expect, embedded(expr), sink);
  return render(sink);
}

std::string canonical(std::string_view expr) {
  const ParseResult r = parse(expr);
  return r.ok() ? to_string(*r.root()) : "error: " + r.error()->message;
}

}  // namespace telc::cel::test
