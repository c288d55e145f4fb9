#pragma once
// The MetricsQL front end: parse(), the canonical printer and diagnostics reporting.
// Behaviour follows the reference Go parser VictoriaMetrics/metricsql v0.87.0.
#include <cstddef>
#include <memory>
#include <memory_resource>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/embedded_text.hpp"
#include "diag/sink.hpp"
#include "metricsql/ast.hpp"

namespace telc::metricsql {

/// Why a query was rejected; offsets are bytes in the query, `end` inclusive. At the end of the
/// input, begin == end == query size.
struct ParseError {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string message;  // one line, lowercase start, no trailing period
  std::optional<std::string> hint;
  std::optional<std::size_t> unclosed_paren;  // the '(' an "unclosed '('" error is about
};

/// Where syntax trees are allocated; one arena may hold the trees of many queries.
using Arena = std::pmr::monotonic_buffer_resource;

/// Owns the syntax tree (shares its arena) and holds either the root or the error.
class ParseResult {
 public:
  explicit ParseResult(std::shared_ptr<Arena> arena);
  ParseResult(ParseResult&&) noexcept;
  ParseResult& operator=(ParseResult&&) noexcept;
  ~ParseResult();

  [[nodiscard]] bool ok() const { return root_ != nullptr; }
  /// The expanded, folded tree; nullptr when the query was rejected.
  [[nodiscard]] const Expr* root() const { return root_; }
  [[nodiscard]] const std::optional<ParseError>& error() const { return error_; }

 private:
  friend ParseResult parse(std::string_view query, std::shared_ptr<Arena> arena);
  std::shared_ptr<Arena> arena_;
  const Expr* root_ = nullptr;
  std::optional<ParseError> error_;
};

/// Parses one query as metricsql.Parse does (WITH expansion, constant folding, function check).
/// Never throws and never prints.
[[nodiscard]] ParseResult parse(std::string_view query);
/// The same with the tree in `arena`, which the result keeps alive. Many trees kept in one arena
/// cost a fraction of one arena each (each would leave the tail of its last block unused). An
/// arena is not thread-safe: one thread parses into it at a time.
[[nodiscard]] ParseResult parse(std::string_view query, std::shared_ptr<Arena> arena);

/// The reference's canonical form (`AppendString`).
[[nodiscard]] std::string to_canonical(const Expr& expr);
void append_canonical(std::string& out, const Expr& expr);

/// Reports `metricsql/syntax` (error) at the error's span inside `where`.
void report(const ParseError& error, const diag::EmbeddedText& where, diag::Sink& sink);

/// One label filter of a plain selector; `op` is "=", "!=", "=~" or "!~".
struct LabelFilter {
  std::string label;
  std::string op;
  std::string value;
  std::size_t begin = 0;
  std::size_t end = 0;  // inclusive
};

/// A bare series selector. As in the reference, the metric name is also the first filter
/// (`__name__` "=" name) of every or-group; `metric_name` is set when all groups share it.
struct Selector {
  std::optional<std::string> metric_name;
  std::vector<std::vector<LabelFilter>> or_groups;
  std::size_t begin = 0;
  std::size_t end = 0;  // inclusive
};

/// The selector when the whole expression is one (no function, rollup, offset or operator).
[[nodiscard]] std::optional<Selector> as_plain_selector(const Expr& expr);

}  // namespace telc::metricsql
