#pragma once
// The MetricsQL syntax tree. Nodes live in the arena of their ParseResult.
//
// After parse() the tree is in the reference's final form: WITH templates are expanded,
// parentheses removed and constants folded, so only the "expanded" node kinds remain
// (number, string, duration, metric, function, aggregate, binary, rollup). `parens` and
// `with` exist only while parsing.
//
// Every node records the byte range of the query text it came from; `end` is inclusive (the
// last byte), like diag::EmbeddedText::span. Nodes created by WITH expansion or constant folding
// carry the range of the text that produced them.
#include <cstddef>
#include <cstdint>
#include <memory_resource>
#include <string>
#include <vector>

namespace telc::metricsql {

using String = std::pmr::string;
template <typename T> using Vector = std::pmr::vector<T>;

enum class ExprKind : std::uint8_t {
  number,
  string,
  duration,
  metric,
  function,
  aggregate,
  binary,
  rollup,
  parens,
  with
};

struct Expr {
  explicit Expr(ExprKind expr_kind) : kind(expr_kind) {}
  ExprKind kind;
  std::size_t begin = 0;
  std::size_t end = 0;
};

struct NumberExpr : Expr {
  explicit NumberExpr(std::pmr::memory_resource* arena) : Expr(ExprKind::number), text(arena) {}
  double value = 0;
  String text;  // the literal as written; empty for computed values (printed with %g rules)
};

struct StringExpr : Expr {
  explicit StringExpr(std::pmr::memory_resource* arena) : Expr(ExprKind::string), value(arena), tokens(arena) {}
  String value;
  Vector<String> tokens;  // raw `"a" + b` parts before expansion; empty once expanded
};

struct DurationExpr : Expr {
  explicit DurationExpr(std::pmr::memory_resource* arena) : Expr(ExprKind::duration), text(arena) {}
  String text;                 // as written (`5m`, `1h5m`, `-5m`, `1i`)
  bool needs_parsing = false;  // a WITH template name, resolved by expansion
};

/// One expanded label filter `label op "value"`; the metric name is a `__name__` `=` filter.
/// Allocator-aware, so copies made by arena containers stay in the arena.
struct LabelMatcher {
  using allocator_type = std::pmr::polymorphic_allocator<>;
  explicit LabelMatcher(const allocator_type& allocator = {}) : label(allocator), value(allocator) {}
  LabelMatcher(const LabelMatcher& other, const allocator_type& allocator)
      : label(other.label, allocator),
        value(other.value, allocator),
        negative(other.negative),
        regexp(other.regexp),
        begin(other.begin),
        end(other.end) {}
  LabelMatcher(LabelMatcher&& other, const allocator_type& allocator)
      : label(std::move(other.label), allocator),
        value(std::move(other.value), allocator),
        negative(other.negative),
        regexp(other.regexp),
        begin(other.begin),
        end(other.end) {}
  LabelMatcher(const LabelMatcher&) = default;
  LabelMatcher(LabelMatcher&&) = default;
  LabelMatcher& operator=(const LabelMatcher&) = default;
  LabelMatcher& operator=(LabelMatcher&&) = default;
  ~LabelMatcher() = default;

  String label;
  String value;
  bool negative = false;
  bool regexp = false;
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// A label filter as written, before WITH expansion. `value == nullptr` means `{name}`: a label-set
/// template reference, or (when quoted) a metric name.
struct RawLabelFilter {
  using allocator_type = std::pmr::polymorphic_allocator<>;
  explicit RawLabelFilter(const allocator_type& allocator = {}) : label(allocator) {}
  RawLabelFilter(const RawLabelFilter& other, const allocator_type& allocator)
      : label(other.label, allocator),
        value(other.value),
        negative(other.negative),
        regexp(other.regexp),
        possible_metric_name(other.possible_metric_name),
        begin(other.begin),
        end(other.end) {}
  RawLabelFilter(RawLabelFilter&& other, const allocator_type& allocator) : RawLabelFilter(other, allocator) {}
  RawLabelFilter(const RawLabelFilter&) = default;
  RawLabelFilter(RawLabelFilter&&) = default;
  RawLabelFilter& operator=(const RawLabelFilter&) = default;
  RawLabelFilter& operator=(RawLabelFilter&&) = default;
  ~RawLabelFilter() = default;

  String label;
  struct StringExpr* value = nullptr;
  bool negative = false;
  bool regexp = false;
  bool possible_metric_name = false;
  std::size_t begin = 0;
  std::size_t end = 0;
};

struct MetricExpr : Expr {
  explicit MetricExpr(std::pmr::memory_resource* arena) : Expr(ExprKind::metric), groups(arena), raw_groups(arena) {}
  Vector<Vector<LabelMatcher>> groups;        // or-groups; empty for `{}`
  Vector<Vector<RawLabelFilter>> raw_groups;  // non-empty only before expansion
};

struct Modifier {
  explicit Modifier(std::pmr::memory_resource* arena) : op(arena), args(arena) {}
  String op;  // "by", "without", "on", "ignoring", "group_left", "group_right" or empty
  Vector<String> args;
};

struct FuncExpr : Expr {
  explicit FuncExpr(std::pmr::memory_resource* arena) : Expr(ExprKind::function), name(arena), args(arena) {}
  String name;  // empty for the implicit union `(a, b)`
  Vector<Expr*> args;
  bool keep_metric_names = false;
};

struct AggrExpr : Expr {
  explicit AggrExpr(std::pmr::memory_resource* arena)
      : Expr(ExprKind::aggregate), name(arena), args(arena), modifier(arena) {}
  String name;
  Vector<Expr*> args;
  Modifier modifier;
  std::int64_t limit = 0;
};

struct BinaryExpr : Expr {
  explicit BinaryExpr(std::pmr::memory_resource* arena)
      : Expr(ExprKind::binary), op(arena), group(arena), join(arena) {}
  String op;
  bool bool_modifier = false;
  Modifier group;
  Modifier join;
  StringExpr* prefix = nullptr;
  bool keep_metric_names = false;
  Expr* left = nullptr;
  Expr* right = nullptr;
};

struct RollupExpr : Expr {
  RollupExpr() : Expr(ExprKind::rollup) {}
  Expr* expr = nullptr;
  DurationExpr* window = nullptr;
  DurationExpr* step = nullptr;
  DurationExpr* offset = nullptr;
  bool inherit_step = false;
  Expr* at = nullptr;
};

struct ParensExpr : Expr {
  explicit ParensExpr(std::pmr::memory_resource* arena) : Expr(ExprKind::parens), args(arena) {}
  Vector<Expr*> args;
};

struct WithArg {
  explicit WithArg(std::pmr::memory_resource* arena) : name(arena), params(arena) {}
  String name;
  Vector<String> params;
  Expr* body = nullptr;
};

struct WithExpr : Expr {
  explicit WithExpr(std::pmr::memory_resource* arena) : Expr(ExprKind::with), args(arena) {}
  Vector<WithArg*> args;
  Expr* body = nullptr;
};

/// Checked downcast by kind.
template <typename T> [[nodiscard]] T& as(Expr& expr) { return static_cast<T&>(expr); }
template <typename T> [[nodiscard]] const T& as(const Expr& expr) { return static_cast<const T&>(expr); }

}  // namespace telc::metricsql
