#pragma once
// The OTTL front end's parser: parse_statement(), parse_condition() and syntax diagnostics.
// Grammar: pkg/ottl/grammar.go and LANGUAGE.md of opentelemetry-collector-contrib.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "diag/embedded_text.hpp"
#include "diag/sink.hpp"
#include "ottl/ast.hpp"

namespace telc::ottl {

/// Why a statement or condition was rejected; offsets are bytes in the text, `end` inclusive. At
/// the end of the input, begin == end == the text's size.
struct ParseError {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string message;  // one line, lowercase start, no trailing period
  std::optional<std::string> hint;
};

/// The longest statement or condition the parser accepts, in bytes (as lib/cel).
inline constexpr std::size_t kMaxBytes = 100'000;

/// Owns the syntax tree and holds either it or the error.
class ParseResult {
 public:
  [[nodiscard]] bool ok() const { return tree_.root != nullptr; }
  [[nodiscard]] const Tree& tree() const { return tree_; }
  [[nodiscard]] const std::optional<ParseError>& error() const { return error_; }

 private:
  friend ParseResult parse(std::string_view text, bool is_condition);
  Tree tree_;
  std::optional<ParseError> error_;
};

/// Parses one statement (`editor(args) [where condition]`) or, with is_condition, one boolean
/// expression. At most kMaxBytes bytes of UTF-8, nesting at most 128 levels. Never throws.
[[nodiscard]] ParseResult parse(std::string_view text, bool is_condition);

/// Reports `ottl/syntax` (error) at the error's span inside `where` (no location when null).
void report(const ParseError& error, const diag::EmbeddedText* where, diag::Sink& sink);

}  // namespace telc::ottl
