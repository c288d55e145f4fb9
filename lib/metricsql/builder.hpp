#pragma once
// The state the grammar actions work on: an expression stack over an arena, plus the pieces
// of the construct being read (pending label filter, current name list, last duration).
#include <cstddef>
#include <memory_resource>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "metricsql/ast.hpp"
#include "metricsql/syntax_error.hpp"

namespace telc::metricsql {

class Builder {
 public:
  Builder(std::pmr::memory_resource* arena, std::string_view query) : filter(arena), arena_(arena), query_(query) {}

  template <typename T> [[nodiscard]] T* make() {
    void* p = arena_->allocate(sizeof(T), alignof(T));
    if constexpr (std::is_constructible_v<T, std::pmr::memory_resource*>) {
      return new (p) T(arena_);
    } else {
      return new (p) T();
    }
  }
  [[nodiscard]] std::pmr::memory_resource* arena() const { return arena_; }
  [[nodiscard]] std::string_view query() const { return query_; }
  [[nodiscard]] std::size_t offset(const char* at) const { return static_cast<std::size_t>(at - query_.data()); }

  void push(Expr* expr) { stack_.push_back(expr); }
  [[nodiscard]] Expr* pop() {
    Expr* e = stack_.back();
    stack_.pop_back();
    return e;
  }
  [[nodiscard]] Expr* top(std::size_t below = 0) const { return stack_[stack_.size() - 1 - below]; }
  template <typename T> [[nodiscard]] T& top_as(std::size_t below = 0) const { return as<T>(*top(below)); }

  void open_list() { marks_.push_back(stack_.size()); }
  /// Moves the expressions pushed since open_list() into `out`; the owner sits below them.
  void close_list(Vector<Expr*>& out) {
    const std::size_t mark = marks_.back();
    marks_.pop_back();
    out.assign(stack_.begin() + static_cast<std::ptrdiff_t>(mark), stack_.end());
    stack_.resize(mark);
  }

  void enter_nesting(std::size_t at);
  void count_binary_operator(std::size_t at);
  void leave_nesting() { --depth_; }
  /// The deepest nesting seen and the binary operators counted: the canonical form nests at most
  /// their sum deep (the printer parenthesises a binary left operand).
  [[nodiscard]] int deepest() const { return deepest_; }
  [[nodiscard]] int binary_operators() const { return binary_operators_; }

  /// Records the first syntax error; later ones are consequences of it.
  void fail(SyntaxError error) {
    if (!error_) {
      error_ = std::move(error);
    }
  }
  void fail_at(const char* at, const char* message);
  [[nodiscard]] bool failed() const { return error_.has_value(); }
  [[nodiscard]] const std::optional<SyntaxError>& error() const { return error_; }

  Vector<String>* names = nullptr;   // where the current `(a, b)` list goes
  DurationExpr* duration = nullptr;  // the last duration value read
  bool negative_offset = false;
  RawLabelFilter filter;  // the label filter being read
  bool filter_has_op = false;
  int filter_groups = 0;        // or-groups read so far in the current `{...}`
  bool named_selector = false;  // the current `{...}` follows a metric name

 private:
  std::pmr::memory_resource* arena_;
  std::string_view query_;
  std::vector<Expr*> stack_;
  std::vector<std::size_t> marks_;
  std::optional<SyntaxError> error_;
  int depth_ = 0;
  int deepest_ = 0;
  int binary_operators_ = 0;
};

}  // namespace telc::metricsql
