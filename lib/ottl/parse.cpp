// The only entry point into the PEGTL parser. Rejections (SyntaxError from the actions and
// commit points, pegtl::parse_error) become a ParseError; any other exception is a telc bug
// and propagates to the CLI's internal error, never shown as a syntax error.
#include "ottl/parse.hpp"

#include <fmt/format.h>

#include "diag/utf8.hpp"
#include "ottl/actions.hpp"
#include "ottl/control.hpp"
#include "ottl/grammar.hpp"
#include "ottl/syntax_error.hpp"

namespace telc::ottl {
namespace {

void check_input(std::string_view text) {
  if (text.size() > kMaxBytes) {
    throw SyntaxError(0, 0, fmt::format("text is {} bytes long; at most {} are accepted", text.size(), kMaxBytes));
  }
  const std::size_t bad = diag::first_invalid(text);
  if (bad != std::string_view::npos) {
    throw SyntaxError(bad, bad, fmt::format("invalid UTF-8 byte 0x{:02x}", static_cast<unsigned char>(text[bad])));
  }
}

template <typename Grammar> Tree run(std::string_view text, bool is_condition) {
  Builder b(text);
  tao::pegtl::memory_input<tao::pegtl::tracking_mode::lazy> in(text.data(), text.size(), "ottl");
  if (!tao::pegtl::parse<Grammar, grammar::action, grammar::control>(in, b)) {
    throw SyntaxError(0, 0, is_condition ? "expected a condition" : "expected a statement");
  }
  return b.take_tree(is_condition);
}

}  // namespace

ParseResult parse(std::string_view text, bool is_condition) {
  ParseResult r;
  try {
    check_input(text);
    r.tree_ = is_condition ? run<grammar::condition>(text, true) : run<grammar::statement>(text, false);
  } catch (SyntaxError& e) {
    r.tree_ = Tree{};
    r.error_ = ParseError{e.begin, e.end, std::move(e.message), std::move(e.hint)};
  } catch (const tao::pegtl::parse_error& e) {
    r.tree_ = Tree{};
    const std::size_t at = e.positions().empty() ? 0 : e.positions().front().byte;
    r.error_ = ParseError{at, at, std::string(e.message()), std::nullopt};
  }
  return r;
}

void report(const ParseError& error, const diag::EmbeddedText* where, diag::Sink& sink) {
  diag::Diagnostic d;
  d.severity = diag::Severity::error;
  d.code = "ottl/syntax";
  d.message = error.message;
  if (where != nullptr) d.span = where->span(error.begin, error.end);
  d.hint = error.hint;
  sink.report(std::move(d));
}

}  // namespace telc::ottl
