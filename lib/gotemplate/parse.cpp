// The only entry point into the PEGTL parser. Rejections (SyntaxError from the actions and commit
// points, pegtl::parse_error) become a template/syntax Error; any other exception is a telc bug
// and propagates to the CLI's internal error, never shown as a template error.
#include <algorithm>

#include <fmt/format.h>

#include "diag/utf8.hpp"
#include "gotemplate/actions.hpp"
#include "gotemplate/check.hpp"
#include "gotemplate/control.hpp"
#include "gotemplate/grammar.hpp"
#include "gotemplate/state.hpp"
#include "gotemplate/syntax_error.hpp"

namespace telc::gotemplate {
namespace {

constexpr const char* kSyntax = "template/syntax";

void check_input(std::string_view text) {
  if (text.size() > kMaxBytes) {
    throw SyntaxError(0, 0,
                      fmt::format("the template is {} bytes long; at most {} are accepted", text.size(), kMaxBytes));
  }
  const std::size_t bad = diag::first_invalid(text);
  if (bad != std::string_view::npos) {
    throw SyntaxError(bad, bad, fmt::format("invalid UTF-8 byte 0x{:02x}", static_cast<unsigned char>(text[bad])));
  }
}

/// Runs the grammar; the name errors found before a syntax error are kept.
std::vector<Error> parse(std::string_view text, State& state) {
  check_input(text);
  tao::pegtl::memory_input<tao::pegtl::tracking_mode::lazy> in(text.data(), text.size(), "template");
  if (!tao::pegtl::parse<grammar::grammar, grammar::action, grammar::control>(in, state)) {
    throw SyntaxError(0, 0, "the template does not parse");  // the grammar accepts any text up to a commit point
  }
  return state.take_errors(true);
}

/// The name errors found before the syntax error, and it, in source order (a missing {{end}} is
/// reported at its block's keyword, before what followed).
std::vector<Error> with_syntax_error(State& state, Error error, std::size_t consequences_from) {
  std::vector<Error> errors = state.take_errors(false);
  std::erase_if(errors, [&](const Error& found) { return found.begin >= consequences_from; });
  errors.push_back(std::move(error));
  std::stable_sort(errors.begin(), errors.end(),
                   [](const Error& left, const Error& right) { return left.begin < right.begin; });
  return errors;
}

}  // namespace

std::vector<Error> check(std::string_view text, Engine engine) {
  State state(text, engine);
  try {
    return parse(text, state);
  } catch (SyntaxError& e) {
    return with_syntax_error(state, {e.begin, e.end, kSyntax, std::move(e.message), std::move(e.hint)},
                             e.consequences_from);
  } catch (const tao::pegtl::parse_error& e) {
    const std::size_t at = e.positions().empty() ? 0 : e.positions().front().byte;
    return with_syntax_error(state, {at, at, kSyntax, std::string(e.message()), std::nullopt}, std::string_view::npos);
  }
}

void report(const std::vector<Error>& errors, const diag::EmbeddedText& where, diag::Sink& sink) {
  for (const Error& error : errors) {
    diag::Diagnostic d;
    d.severity = diag::Severity::error;
    d.code = error.code;
    d.message = error.message;
    d.span = where.span(error.begin, error.end);
    d.hint = error.hint;
    sink.report(std::move(d));
  }
}

}  // namespace telc::gotemplate
