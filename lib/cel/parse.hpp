#pragma once
// The CEL front end: parse() and syntax diagnostics. Grammar: cel-spec doc/langdef.md.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "cel/ast.hpp"
#include "diag/embedded_text.hpp"
#include "diag/sink.hpp"

namespace telc::cel {

/// Why an expression was rejected; offsets are bytes in the expression, `end` inclusive. At the
/// end of the input, begin == end == the expression's size.
struct ParseError {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string message;  // one line, lowercase start, no trailing period
  std::optional<std::string> hint;
};

/// The longest expression parse() accepts, in bytes.
inline constexpr std::size_t kMaxBytes = 100'000;

/// Owns the syntax tree and holds either its root or the error.
class ParseResult {
 public:
  [[nodiscard]] bool ok() const { return root_ != nullptr; }
  /// nullptr when the expression was rejected.
  [[nodiscard]] const Expr* root() const { return root_.get(); }
  [[nodiscard]] const std::optional<ParseError>& error() const { return error_; }

 private:
  friend ParseResult parse(std::string_view expr);
  ExprPtr root_;
  std::optional<ParseError> error_;
};

/// Parses one CEL expression (at most kMaxBytes bytes of UTF-8, nesting at most 128 levels).
/// Never throws and never prints.
[[nodiscard]] ParseResult parse(std::string_view expr);

/// Reports `cel/syntax` (error) at the error's span inside `where`.
void report(const ParseError& error, const diag::EmbeddedText& where, diag::Sink& sink);

}  // namespace telc::cel
