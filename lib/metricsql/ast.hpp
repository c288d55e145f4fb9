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
  explicit Expr(ExprKind k) : kind(k) {}
  ExprKind kind;
  std::size_t begin = 0;
  std::size_t end = 0;
};

struct NumberExpr : Expr {
  explicit NumberExpr(std::pmr::memory_resource* r) : Expr(ExprKind::number), text(r) {}
  double value = 0;
  String text;  // the literal as written; empty for computed values (printed with %g rules)
};

struct StringExpr : Expr {
  explicit StringExpr(std::pmr::memory_resource* r) : Expr(ExprKind::string), value(r), tokens(r) {}
  String value;
  Vector<String> tokens;  // raw `"a" + b` parts before expansion; empty once expanded
};

struct DurationExpr : Expr {
  explicit DurationExpr(std::pmr::memory_resource* r) : Expr(ExprKind::duration), text(r) {}
  String text;                 // as written (`5m`, `1h5m`, `-5m`, `1i`)
  bool needs_parsing = false;  // a WITH template name, resolved by expansion
};

/// One expanded label filter `label op "value"`; the metric name is a `__name__` `=` filter.
/// Allocator-aware, so copies made by arena containers stay in the arena.
struct LabelMatcher {
  using allocator_type = std::pmr::polymorphic_allocator<>;
  explicit LabelMatcher(const allocator_type& a = {}) : label(a), value(a) {}
  LabelMatcher(const LabelMatcher& o, const allocator_type& a)
      : label(o.label, a), value(o.value, a), negative(o.negative), regexp(o.regexp), begin(o.begin), end(o.end) {}
  LabelMatcher(LabelMatcher&& o, const allocator_type& a)
      : label(std::move(o.label), a),
        value(std::move(o.value), a),
        negative(o.negative),
        regexp(o.regexp),
        begin(o.begin),
        end(o.end) {}
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
  explicit RawLabelFilter(const allocator_type& a = {}) : label(a) {}
  RawLabelFilter(const RawLabelFilter& o, const allocator_type& a)
      : label(o.label, a),
        value(o.value),
        negative(o.negative),
        regexp(o.regexp),
        possible_metric_name(o.possible_metric_name),
        begin(o.begin),
        end(o.end) {}
  RawLabelFilter(RawLabelFilter&& o, const allocator_type& a) : RawLabelFilter(o, a) {}
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
  explicit MetricExpr(std::pmr::memory_resource* r) : Expr(ExprKind::metric), groups(r), raw_groups(r) {}
  Vector<Vector<LabelMatcher>> groups;        // or-groups; empty for `{}`
  Vector<Vector<RawLabelFilter>> raw_groups;  // non-empty only before expansion
};

struct Modifier {
  explicit Modifier(std::pmr::memory_resource* r) : op(r), args(r) {}
  String op;  // "by", "without", "on", "ignoring", "group_left", "group_right" or empty
  Vector<String> args;
};

struct FuncExpr : Expr {
  explicit FuncExpr(std::pmr::memory_resource* r) : Expr(ExprKind::function), name(r), args(r) {}
  String name;  // empty for the implicit union `(a, b)`
  Vector<Expr*> args;
  bool keep_metric_names = false;
};

struct AggrExpr : Expr {
  explicit AggrExpr(std::pmr::memory_resource* r) : Expr(ExprKind::aggregate), name(r), args(r), modifier(r) {}
  String name;
  Vector<Expr*> args;
  Modifier modifier;
  std::int64_t limit = 0;
};

struct BinaryExpr : Expr {
  explicit BinaryExpr(std::pmr::memory_resource* r) : Expr(ExprKind::binary), op(r), group(r), join(r) {}
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
  explicit ParensExpr(std::pmr::memory_resource* r) : Expr(ExprKind::parens), args(r) {}
  Vector<Expr*> args;
};

struct WithArg {
  explicit WithArg(std::pmr::memory_resource* r) : name(r), params(r) {}
  String name;
  Vector<String> params;
  Expr* body = nullptr;
};

struct WithExpr : Expr {
  explicit WithExpr(std::pmr::memory_resource* r) : Expr(ExprKind::with), args(r) {}
  Vector<WithArg*> args;
  Expr* body = nullptr;
};

/// Checked downcast by kind.
template <typename T> [[nodiscard]] T& as(Expr& e) { return static_cast<T&>(e); }
template <typename T> [[nodiscard]] const T& as(const Expr& e) { return static_cast<const T&>(e); }

}  // namespace telc::metricsql
