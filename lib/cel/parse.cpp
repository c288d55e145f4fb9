// The only entry point into the PEGTL parser. Every exception stops here and becomes a
// ParseError, so nothing escapes the module.
#include "cel/parse.hpp"

#include <fmt/format.h>

#include <new>

#include "cel/actions.hpp"
#include "cel/control.hpp"
#include "cel/grammar.hpp"
#include "cel/syntax_error.hpp"

namespace telc::cel {
namespace {

/// The offset of the first byte that does not belong to well-formed UTF-8 (overlong forms and
/// surrogates included), or npos.
std::size_t invalid_utf8_at(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = 0;
    std::uint32_t cp = 0;
    if (c < 0x80)
      n = 1, cp = c;
    else if (c >= 0xC2 && c < 0xE0)
      n = 2, cp = c & 0x1Fu;
    else if (c >= 0xE0 && c < 0xF0)
      n = 3, cp = c & 0x0Fu;
    else if (c >= 0xF0 && c < 0xF5)
      n = 4, cp = c & 0x07u;
    else
      return i;
    if (i + n > s.size()) return i;
    for (std::size_t k = 1; k < n; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (cc & 0x3Fu);
    }
    const bool overlong = (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000);
    if (overlong || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return i;
    i += n;
  }
  return std::string_view::npos;
}

void check_input(std::string_view expr) {
  if (expr.size() > kMaxBytes) {
    throw SyntaxError(0, 0,
                      fmt::format("expression is {} bytes long; at most {} are accepted", expr.size(), kMaxBytes));
  }
  const std::size_t bad = invalid_utf8_at(expr);
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

ParseError to_error(SyntaxError&& e, std::string_view expr) {
  ParseError out{e.begin, e.end, std::move(e.message), std::move(e.hint)};
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
  } catch (const std::bad_alloc&) {
    r.error_ = ParseError{0, 0, "expression too large to parse", std::nullopt};
  } catch (const std::exception& e) {
    r.error_ = ParseError{0, 0, fmt::format("internal parser error: {}", e.what()), std::nullopt};
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
