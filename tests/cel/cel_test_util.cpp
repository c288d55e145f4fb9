#include "cel_test_util.hpp"

#include <fmt/format.h>

namespace telc::cel::test {

diag::EmbeddedText embedded(std::string_view text) {
  diag::EmbeddedText out;
  out.file = 0;
  diag::SourcePos pos{1, 1};
  for (const char c : text) {
    out.positions.push_back(pos);
    if (c == '\n') {
      pos = {pos.line + 1, 1};
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++pos.column;
    }
  }
  // Continuation bytes share their character's position.
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80 && i > 0) out.positions[i] = out.positions[i - 1];
  }
  out.positions.push_back(pos);
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
