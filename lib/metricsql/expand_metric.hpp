#pragma once
// Internals of WITH expansion shared by expand.cpp and expand_metric.cpp.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "metricsql/ast.hpp"
#include "metricsql/syntax_error.hpp"

namespace telc::metricsql {

using Env = std::vector<const WithArg*>;

inline constexpr int kMaxExpandDepth = 1000;
inline constexpr long kMaxExpandNodes = 1'000'000;

/// The built-in templates (ru, ttf, range_median, alias), parsed once.
[[nodiscard]] const Env& default_templates();

/// The metric name shared by every or-group, or "" (the reference's getMetricName).
[[nodiscard]] std::string_view metric_name(const MetricExpr& metric);
/// A metric name and no other filter.
[[nodiscard]] bool is_only_metric_name(const MetricExpr& metric);

class Expander {
 public:
  explicit Expander(std::pmr::memory_resource* arena) : arena_(arena) {}

  [[nodiscard]] Expr* expand(const Env& env, Expr* expr);
  [[nodiscard]] Expr* expand_template(const Env& env, const WithArg& wa, const Vector<Expr*>* args, const Expr& at);
  [[nodiscard]] static const WithArg* lookup(const Env& env, std::string_view name);
  [[nodiscard]] MetricExpr* named_metric(std::string_view name, const Expr& at);
  [[nodiscard]] std::pmr::memory_resource* arena() const { return arena_; }
  [[nodiscard]] std::string string_literal_value(std::string_view token, const Expr& at);

  /// Records the first error; expand() then returns at once, so the expansion unwinds without
  /// a C++ throw (one costs more than a whole parse, and most rejected queries would throw).
  void fail(const Expr& at, std::string message) { fail_at(at.begin, at.end, std::move(message)); }
  void fail_at(std::size_t begin, std::size_t end, std::string message) {
    if (!error_) error_ = SyntaxError{begin, end, std::move(message), {}};
  }
  [[nodiscard]] bool failed() const { return error_.has_value(); }
  [[nodiscard]] std::optional<SyntaxError>& error() { return error_; }

  /// A new node of type T carrying the source range of `from`.
  template <typename T> [[nodiscard]] T* make(const Expr& from) {
    void* p = arena_->allocate(sizeof(T), alignof(T));
    T* node = nullptr;
    if constexpr (std::is_constructible_v<T, std::pmr::memory_resource*>) {
      node = new (p) T(arena_);
    } else {
      node = new (p) T();
    }
    node->begin = from.begin;
    node->end = from.end;
    return node;
  }

 private:
  [[nodiscard]] bool enter(const Expr& at);
  Expr* dispatch(const Env& env, Expr* expr);
  Vector<Expr*> expand_args(const Env& env, const Vector<Expr*>& args);
  Expr* expand_binary(const Env& env, BinaryExpr& binary);
  Expr* expand_function(const Env& env, FuncExpr& call);
  Expr* expand_aggregate(const Env& env, AggrExpr& aggregate);
  Expr* expand_parens(const Env& env, ParensExpr& parens);
  Expr* expand_string(const Env& env, StringExpr& string);
  Expr* expand_rollup(const Env& env, RollupExpr& rollup);
  Expr* expand_with_expr(const Env& env, WithExpr& with);
  DurationExpr* expand_duration(const Env& env, DurationExpr* duration);
  Vector<String> expand_modifier_args(const Env& env, const Vector<String>& args, const Expr& at);
  String only_metric_name(const MetricExpr& metric, std::string_view arg, const Expr& at);
  static void append_unique(Vector<String>& out, std::string_view name);

  std::pmr::memory_resource* arena_;
  std::optional<SyntaxError> error_;
  int depth_ = 0;
  long nodes_ = 0;
};

/// Expands a selector: label-set templates, string values, metric-name templates.
[[nodiscard]] Expr* expand_metric(Expander& expander, const Env& env, MetricExpr& metric);

}  // namespace telc::metricsql
