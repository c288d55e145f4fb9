// The module's only entry point: runs the grammar, then the reference's expansion passes, and
// turns the first rejection (a SyntaxError recorded by the grammar, actions or passes; none of
// them throws, as a C++ throw costs more than a parse) into a ParseError. Any exception is a telc
// bug: it propagates to the CLI's internal error.
#include "metricsql/parse.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

#include <fmt/format.h>
#include <tao/pegtl.hpp>

#include "diag/utf8.hpp"
#include "metricsql/actions.hpp"
#include "metricsql/errors.hpp"
#include "metricsql/expand.hpp"
#include "metricsql/expand_metric.hpp"

namespace telc::metricsql {
namespace {

namespace pegtl = tao::pegtl;

// The root expression, or nullptr with the error recorded in `b` (no exception on this path).
Expr* run_grammar(Builder& builder, std::string_view query) {
  pegtl::memory_input<pegtl::tracking_mode::lazy, pegtl::eol::lf_crlf> in(query.data(), query.size(), "query");
  forget_ident_token();
  const bool matched = pegtl::parse<grammar::query, grammar::action, grammar::fail_fast_control>(in, builder);
  if (!matched && !builder.failed()) {
    builder.fail(SyntaxError{0, 0, "syntax error", std::nullopt});
  }
  return builder.failed() ? nullptr : builder.pop();
}

struct TypographicQuote {
  std::string_view text;
  std::string_view name;
  char ascii;
};

constexpr std::array<TypographicQuote, 4> kTypographicQuotes{{
    {"\u201c", "left double quotation mark", '"'},
    {"\u201d", "right double quotation mark", '"'},
    {"\u2018", "left single quotation mark", '\''},
    {"\u2019", "right single quotation mark", '\''},
}};

// A typographic quote (often pasted from documents) is named, with the ASCII quote to use.
void add_quote_hint(std::string_view query, ParseError& error) {
  for (const auto& quote : kTypographicQuotes) {
    const std::size_t at = query.find(quote.text);
    if (at != std::string_view::npos && at >= error.begin) {
      error.begin = at;
      error.end = at;  // the quote's first byte: one column wide
      error.hint = fmt::format("'{}' is a typographic {}; use the ASCII quote {}", quote.text, quote.name, quote.ascii);
      return;
    }
  }
}

/// Calls `visit(offset, ch)` for each '(' and ')' of text[0, end) outside string literals and
/// `#` comments (a backslash escapes in "..." and '...', not in `...`).
template <typename Visit> void for_each_paren(std::string_view text, std::size_t end, Visit visit) {
  char quote = 0;
  for (std::size_t i = 0; i < end && i < text.size(); ++i) {
    const char ch = text[i];
    if (quote != 0) {
      if (ch == '\\' && quote != '`')
        ++i;
      else if (ch == quote)
        quote = 0;
    } else if (ch == '"' || ch == '\'' || ch == '`') {
      quote = ch;
    } else if (ch == '#') {
      while (i + 1 < end && text[i + 1] != '\n') ++i;
    } else if (ch == '(' || ch == ')') {
      visit(i, ch);
    }
  }
}

/// The offset of the innermost '(' still open at `end`, outside string literals and comments.
std::optional<std::size_t> open_paren_before(std::string_view text, std::size_t end) {
  std::vector<std::size_t> open;
  for_each_paren(text, end, [&](std::size_t at, char ch) {
    if (ch == '(') {
      open.push_back(at);
    } else if (!open.empty()) {
      open.pop_back();
    }
  });
  if (open.empty()) return std::nullopt;
  return open.back();
}

// A query that ends with a '(' still open says so, and where it was opened (the column in the
// query's line, counted in characters; report() gives the file's), rather than what the grammar
// expected next. The error stays at the end, where the ')' is missing.
void add_unclosed_paren(std::string_view query, ParseError& error) {
  const std::size_t last = query.find_last_not_of(" \t\r\n");
  if (last == std::string_view::npos || error.begin <= last) return;
  const auto open = open_paren_before(query, error.begin);
  if (!open) return;
  const std::size_t newline = *open == 0 ? std::string_view::npos : query.rfind('\n', *open - 1);
  const std::size_t line_start = newline == std::string_view::npos ? 0 : newline + 1;
  const std::size_t column = diag::code_points(query.substr(line_start, *open - line_start)) + 1;
  const auto line =
      static_cast<std::size_t>(std::count(query.begin(), query.begin() + static_cast<std::ptrdiff_t>(*open), '\n')) + 1;
  const bool same_line = query.find('\n', *open) >= error.begin;
  error.message = same_line ? fmt::format("unclosed '(' opened at col {}", column)
                            : fmt::format("unclosed '(' opened at line {}, col {}", line, column);
  error.hint = "add the missing ')'";
  error.unclosed_paren = *open;
}

// Offsets stay within the query; `size` itself means "at the end of the input" (EmbeddedText
// has a position for it).
ParseError make_error(const SyntaxError& error, std::size_t size) {
  const std::size_t begin = std::min(error.begin, size);
  return ParseError{begin, std::max(begin, std::min(error.end, size)), error.message, error.hint, std::nullopt};
}

// The reference's passes after the grammar; nullptr with `error` set on the first rejection.
Expr* run_passes(std::pmr::memory_resource* arena, Expr* expr, std::optional<SyntaxError>& error) {
  expr = expand_with(arena, expr, error);
  if (expr == nullptr) return nullptr;
  expr = simplify_constants(arena, remove_parens(arena, expr));
  error = first_unsupported_function(*expr);
  return error ? nullptr : expr;
}

/// How deep the parentheses of `text` nest, outside string literals.
int paren_depth(std::string_view text) {
  int depth = 0, deepest = 0;
  for_each_paren(text, text.size(), [&](std::size_t /*at*/, char ch) {
    if (ch == '(') {
      deepest = std::max(deepest, ++depth);
    } else {
      --depth;
    }
  });
  return deepest;
}

/// The canonical form must parse again: the printer parenthesises chained operators
/// (`((a + b) + c)`), so a long chain nests deeper printed than written. Checked only when the
/// written nesting plus the operators could reach the limit.
std::optional<SyntaxError> check_canonical_nesting(const Builder& builder, const Expr& root) {
  // The grammar counts the query itself as a level: kMaxNesting - 1 parentheses parse.
  if (builder.deepest() + builder.binary_operators() < kMaxNesting) return std::nullopt;
  if (paren_depth(to_canonical(root)) < kMaxNesting) return std::nullopt;
  return SyntaxError{root.begin, root.begin,
                     fmt::format("the query nests deeper than {} levels once its chained operators are "
                                 "parenthesised",
                                 kMaxNesting),
                     "split the expression, e.g. into recording rules"};
}

// Runs the grammar and the passes: the root, or nullptr with `error` set. Nothing here throws.
Expr* parse_into(std::pmr::memory_resource* arena, std::string_view query, std::optional<SyntaxError>& error) {
  if (query.size() > kMaxQueryBytes) {
    error = SyntaxError{0, 0, fmt::format("the query is longer than {} bytes", kMaxQueryBytes), {}};
    return nullptr;
  }
  Builder builder(arena, query);
  Expr* root = run_grammar(builder, query);
  if (root == nullptr) {
    error = builder.error();
    return nullptr;
  }
  root = run_passes(arena, root, error);
  if (root != nullptr) error = check_canonical_nesting(builder, *root);
  return error ? nullptr : root;
}

}  // namespace

ParseResult::ParseResult(std::shared_ptr<Arena> arena) : arena_(std::move(arena)) {}
ParseResult::ParseResult(ParseResult&&) noexcept = default;
ParseResult& ParseResult::operator=(ParseResult&&) noexcept = default;
ParseResult::~ParseResult() = default;

// One query's tree is a few kilobytes: the arena starts small.
ParseResult parse(std::string_view query) { return parse(query, std::make_shared<Arena>(1024)); }

ParseResult parse(std::string_view query, std::shared_ptr<Arena> arena) {
  ParseResult result(std::move(arena));
  std::optional<SyntaxError> syntax_error;
  result.root_ = parse_into(result.arena_.get(), query, syntax_error);
  if (result.root_ != nullptr) return result;
  ParseError error = make_error(*syntax_error, query.size());
  add_unclosed_paren(query, error);
  add_quote_hint(query, error);
  result.error_ = std::move(error);
  return result;
}

const Env& default_templates() {
  // Built-in templates of the reference; parsed once and kept for the life of the process.
  static const Env templates = [] {
    static std::pmr::monotonic_buffer_resource arena;
    static constexpr std::string_view kSource =
        "with ("
        "ru(freev, maxv) = clamp_min(maxv - clamp_min(freev, 0), 0) / clamp_min(maxv, 0) * 100,"
        "ttf(freev) = smooth_exponential(clamp_max(clamp_max(-freev, 0) / clamp_max(deriv_fast(freev), 0), "
        "365*24*3600), clamp_max(step()/300, 1)),"
        "range_median(q) = range_quantile(0.5, q),"
        "alias(q, name) = label_set(q, \"__name__\", name)"
        ") 0";
    Builder builder(&arena, kSource);
    const auto& with = as<WithExpr>(*run_grammar(builder, kSource));
    return Env(with.args.begin(), with.args.end());
  }();
  return templates;
}

}  // namespace telc::metricsql
