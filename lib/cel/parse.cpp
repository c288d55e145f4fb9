// The only entry point into the PEGTL parser. Rejections (SyntaxError from the actions and
// commit points, pegtl::parse_error) become a ParseError; any other exception is a telc bug
// and propagates to the CLI's internal error, never shown as a syntax error.
#include "cel/parse.hpp"

#include <fmt/format.h>

#include "cel/actions.hpp"
#include "cel/control.hpp"
#include "cel/grammar.hpp"
#include "cel/syntax_error.hpp"
#include "diag/utf8.hpp"

namespace telc::cel {
namespace {

void check_input(std::string_view expr) {
  if (expr.size() > kMaxBytes) {
    throw SyntaxError(0, 0,
                      fmt::format("expression is {} bytes long; at most {} are accepted", expr.size(), kMaxBytes));
  }
  const std::size_t bad = diag::first_invalid(expr);
  if (bad != std::string_view::npos) {
    throw SyntaxError(bad, bad, fmt::format("invalid UTF-8 byte 0x{:02x}", static_cast<unsigned char>(expr[bad])));
  }
}

/// A hint for typographic quotes anywhere in the text: pasted from a document, they break a
/// string in ways whose error position is not where the quote is.
std::optional<std::string> typographic_hint(std::string_view expr) {
  static constexpr std::string_view kQuotes[] = {"\u201C", "\u201D", "\u2018", "\u2019"};
  for (std::string_view q : kQuotes) {
    if (expr.find(q) != std::string_view::npos) {
      return fmt::format("the expression contains the typographic quote '{}'; CEL strings use straight quotes ' or \"",
                         q);
    }
  }
  return std::nullopt;
}

ParseError to_error(SyntaxError&& node, std::string_view expr) {
  ParseError out{node.begin, node.end, std::move(node.message), std::move(node.hint)};
  if (!out.hint) out.hint = typographic_hint(expr);
  return out;
}

}  // namespace

ParseResult parse(std::string_view expr) {
  ParseResult r;
  try {
    check_input(expr);
    Builder b(expr);
    tao::pegtl::memory_input<tao::pegtl::tracking_mode::lazy> in(expr.data(), expr.size(), "cel");
    if (tao::pegtl::parse<grammar::grammar, grammar::action, grammar::control>(in, b)) {
      r.root_ = b.take_root();
    } else {
      r.error_ = ParseError{0, 0, "expected an expression", std::nullopt};
    }
  } catch (SyntaxError& e) {
    r.error_ = to_error(std::move(e), expr);
  } catch (const tao::pegtl::parse_error& e) {
    const std::size_t at = e.positions().empty() ? 0 : e.positions().front().byte;
    r.error_ = ParseError{at, at, std::string(e.message()), std::nullopt};
  }
  return r;
}

void report(const ParseError& error, const diag::EmbeddedText& where, diag::Sink& sink) {
  diag::Diagnostic d;
  d.severity = diag::Severity::error;
  d.code = "cel/syntax";
  d.message = error.message;
  d.span = where.span(error.begin, error.end);
  d.hint = error.hint;
  sink.report(std::move(d));
}

}  // namespace telc::cel
