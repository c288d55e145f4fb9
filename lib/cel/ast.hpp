#pragma once
// The CEL syntax tree. Every node keeps its byte range [begin, end] (end inclusive) in the
// expression text so that the checker can report at the exact column through diag::EmbeddedText.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace telc::cel {

enum class ExprKind : std::uint8_t {
  literal,
  ident,
  select,
  index,
  call,
  unary,
  binary,
  conditional,
  list,
  map,
  message,
  macro,
};

struct Expr {
  ExprKind kind;
  std::size_t begin = 0;
  std::size_t end = 0;  // inclusive
  /// Height of the subtree (a leaf is 1); the parser bounds it so that every recursive walk
  /// over the tree (printer, checker, destructor) has a bounded stack.
  std::uint16_t height = 1;

  explicit Expr(ExprKind expr_kind) : kind(expr_kind) {}
  Expr(const Expr&) = delete;
  Expr& operator=(const Expr&) = delete;
  virtual ~Expr() = default;
};

using ExprPtr = std::unique_ptr<Expr>;

/// Downcast checked by kind; T::kKind names the kind a node type stands for.
template <typename T> [[nodiscard]] const T& as(const Expr& expr) { return static_cast<const T&>(expr); }
template <typename T> [[nodiscard]] const T* if_as(const Expr& expr) {
  return expr.kind == T::kKind ? static_cast<const T*>(&expr) : nullptr;
}

enum class LiteralKind : std::uint8_t { null, boolean, int64, uint64, dbl, string, bytes };

struct Literal final : Expr {
  static constexpr ExprKind kKind = ExprKind::literal;
  LiteralKind type = LiteralKind::null;
  /// string and bytes both hold their decoded bytes (strings as UTF-8).
  std::variant<std::monostate, bool, std::int64_t, std::uint64_t, double, std::string> value;
  Literal() : Expr(kKind) {}
};

/// A variable or type name; `absolute` is the leading-dot form `.name`.
struct Ident final : Expr {
  static constexpr ExprKind kKind = ExprKind::ident;
  std::string name;
  bool absolute = false;
  Ident() : Expr(kKind) {}
};

struct Select final : Expr {
  static constexpr ExprKind kKind = ExprKind::select;
  ExprPtr operand;
  std::string field;
  std::size_t field_begin = 0;
  Select() : Expr(kKind) {}
};

struct Index final : Expr {
  static constexpr ExprKind kKind = ExprKind::index;
  ExprPtr operand;
  ExprPtr index;
  Index() : Expr(kKind) {}
};

/// `f(args)` (no target) or `target.f(args)` (receiver style).
struct Call final : Expr {
  static constexpr ExprKind kKind = ExprKind::call;
  ExprPtr target;  // null for a global call
  std::string function;
  std::size_t name_begin = 0;
  std::size_t name_end = 0;  // inclusive
  bool absolute = false;     // `.f(...)`
  std::vector<ExprPtr> args;
  Call() : Expr(kKind) {}
};

enum class UnaryOp : std::uint8_t { logical_not, negate };

struct Unary final : Expr {
  static constexpr ExprKind kKind = ExprKind::unary;
  UnaryOp op = UnaryOp::logical_not;
  ExprPtr operand;
  Unary() : Expr(kKind) {}
};

enum class BinaryOp : std::uint8_t {
  logical_or,
  logical_and,
  less,
  less_equal,
  greater,
  greater_equal,
  equal,
  not_equal,
  in,
  add,
  subtract,
  multiply,
  divide,
  remainder,
};

struct Binary final : Expr {
  static constexpr ExprKind kKind = ExprKind::binary;
  BinaryOp op = BinaryOp::add;
  std::size_t op_begin = 0;
  ExprPtr lhs;
  ExprPtr rhs;
  Binary() : Expr(kKind) {}
};

/// `cond ? then : otherwise`
struct Conditional final : Expr {
  static constexpr ExprKind kKind = ExprKind::conditional;
  ExprPtr cond;
  ExprPtr then;
  ExprPtr otherwise;
  Conditional() : Expr(kKind) {}
};

struct List final : Expr {
  static constexpr ExprKind kKind = ExprKind::list;
  std::vector<ExprPtr> elements;
  List() : Expr(kKind) {}
};

struct MapEntry {
  ExprPtr key;
  ExprPtr value;
};

struct Map final : Expr {
  static constexpr ExprKind kKind = ExprKind::map;
  std::vector<MapEntry> entries;
  Map() : Expr(kKind) {}
};

struct FieldInit {
  std::string name;
  std::size_t name_begin = 0;
  ExprPtr value;
};

/// `pkg.Message{field: value}`; `type_name` is the dotted name as written.
struct Message final : Expr {
  static constexpr ExprKind kKind = ExprKind::message;
  std::string type_name;
  std::size_t name_end = 0;  // inclusive end of the type name
  std::vector<FieldInit> fields;
  Message() : Expr(kKind) {}
};

enum class MacroKind : std::uint8_t { has, all, exists, exists_one, map, filter, sort_by };

/// The macros of cel-spec (plus ext lists' sortBy). `has(e.f)` keeps the selection as `target`;
/// the comprehensions keep their range as `target`, the bound variable, and the body
/// expressions: [predicate] / [transform] / [filter, transform] for the 3-argument map /
/// [key] for sortBy.
struct Macro final : Expr {
  static constexpr ExprKind kKind = ExprKind::macro;
  MacroKind macro = MacroKind::has;
  ExprPtr target;
  std::string var;
  std::size_t var_begin = 0;
  std::vector<ExprPtr> body;
  std::size_t name_begin = 0;
  Macro() : Expr(kKind) {}
};

[[nodiscard]] std::string_view to_string(BinaryOp op);
[[nodiscard]] std::string_view to_string(MacroKind kind);

/// The canonical form: deterministic spacing, strings re-quoted with double quotes, and
/// parentheses exactly where precedence needs them. print(parse(print(e))) == print(e).
[[nodiscard]] std::string to_string(const Expr& expr);

}  // namespace telc::cel
