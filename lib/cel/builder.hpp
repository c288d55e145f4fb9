#pragma once
// The parser state: stacks that actions.hpp pushes to and pops from, and the node makers. A
// node's span always comes from its tokens; heights are checked here so that no tree can be
// deeper than kMaxHeight.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "cel/ast.hpp"

namespace telc::cel {

/// An identifier token as written, with its byte range.
struct Name {
  std::string text;
  std::size_t begin = 0;
  std::size_t end = 0;  // inclusive
};

/// Where a bracketed list (call arguments, list, map, message fields) begins on each stack.
struct Mark {
  std::size_t nodes = 0;
  std::size_t names = 0;
  std::size_t open = 0;  // offset of the opening bracket
};

class Builder {
 public:
  explicit Builder(std::string_view text) : text_(text) {}

  [[nodiscard]] std::string_view text() const { return text_; }
  [[nodiscard]] std::size_t offset(const char* at) const { return static_cast<std::size_t>(at - text_.data()); }
  std::size_t depth = 0;  // guarded parser rules currently entered (control.hpp)

  void push(ExprPtr child) { nodes_.push_back(std::move(child)); }
  [[nodiscard]] ExprPtr pop();
  [[nodiscard]] ExprPtr take_root();

  void push_name(Name name) { names_.push_back(std::move(name)); }
  [[nodiscard]] Name pop_name();
  void push_op(BinaryOp op, std::size_t at) { ops_.push_back({op, at}); }
  void open(std::size_t at) { marks_.push_back({nodes_.size(), names_.size(), at}); }

  // Node makers, called by the actions once all parts are on the stacks.
  void make_binary();
  void make_unary(UnaryOp op, std::size_t at);
  void make_conditional();
  void make_select();
  void make_index(std::size_t close);
  void make_global_call(std::size_t close);
  void make_method_call(std::size_t close);
  void make_ident();
  void make_list(std::size_t close);
  void make_map(std::size_t close);
  void make_message(std::size_t close);
  void mark_absolute(std::size_t dot);

 private:
  [[nodiscard]] Mark close_mark();
  [[nodiscard]] std::vector<ExprPtr> pop_since(const Mark& mark);
  void push_call(ExprPtr target, Name name, std::vector<ExprPtr> args, std::size_t close);

  std::string_view text_;
  std::vector<ExprPtr> nodes_;
  std::vector<Name> names_;
  std::vector<Mark> marks_;
  std::vector<std::pair<BinaryOp, std::size_t>> ops_;
};

/// Sets e.height from its children and rejects a tree deeper than kMaxHeight.
void seal(Expr& expr, std::initializer_list<const Expr*> children);
void seal(Expr& expr, const std::vector<ExprPtr>& children);

/// Turns a call into a macro node when its name and shape are those of a macro (has, all,
/// exists, exists_one, map, filter, sortBy); otherwise returns the call unchanged.
[[nodiscard]] ExprPtr expand_macro(std::unique_ptr<Call> call);

/// Literal tokens: the token text as written and its offset in the expression.
[[nodiscard]] ExprPtr make_number(std::string_view token, std::size_t at, bool is_uint, bool is_float);
[[nodiscard]] ExprPtr make_string(std::string_view token, std::size_t at, bool is_bytes);

}  // namespace telc::cel
