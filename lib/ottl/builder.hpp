#pragma once
// The parser state: stacks that actions.hpp pushes to and pops from, and the node makers. The
// makers also reject the shapes pkg/ottl/grammar.go has no production for (a comparison used as
// a value, a string in a math expression), at the offending operand.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "ottl/ast.hpp"

namespace telc::ottl {

/// A word or decoded string token with its byte range.
struct Name {
  std::string text;
  std::size_t begin = 0;
  std::size_t end = 0;  // inclusive
};

/// Where a bracketed list (call arguments, list, map) begins on each stack.
struct Mark {
  std::size_t nodes = 0;
  std::size_t open = 0;  // offset of the opening bracket
};

struct Op {
  std::string text;
  std::size_t at = 0;
};

class Builder {
 public:
  explicit Builder(std::string_view text) : text_(text) {}

  [[nodiscard]] std::string_view text() const { return text_; }
  [[nodiscard]] std::size_t offset(const char* at) const { return static_cast<std::size_t>(at - text_.data()); }
  std::size_t depth = 0;  // guarded parser rules currently entered (control.hpp)

  void push(NodePtr node) { nodes_.push_back(std::move(node)); }
  [[nodiscard]] NodePtr pop();
  [[nodiscard]] Node& top();
  void push_name(Name name) { names_.push_back(std::move(name)); }
  [[nodiscard]] Name pop_name();
  void push_op(std::string text, std::size_t at) { ops_.push_back({std::move(text), at}); }
  void open(std::size_t at) { marks_.push_back({nodes_.size(), at}); }

  // Node makers, called once all parts are on the stacks.
  void make_call(std::size_t close);
  void make_path();
  void add_field(Name name);
  void add_key(std::size_t close);
  void make_name();
  void make_list(std::size_t close);
  void make_map(std::size_t close);
  void label_top();  // pops a name: a named argument's or a map entry's key
  void check_argument();
  void make_math();
  void make_compare();
  void make_not();
  void make_logical();
  void set_where();
  [[nodiscard]] Tree take_tree(bool is_condition);

 private:
  [[nodiscard]] std::vector<NodePtr> pop_since_mark();
  void make_binary(NodeKind kind);

  std::string_view text_;
  std::vector<NodePtr> nodes_;
  std::vector<Name> names_;
  std::vector<Mark> marks_;
  std::vector<Op> ops_;
  NodePtr where_;
};

/// Literal tokens: the token text as written and its offset.
[[nodiscard]] NodePtr make_number(std::string_view token, std::size_t at, bool is_float);
[[nodiscard]] NodePtr make_bytes(std::string_view token, std::size_t at);
/// Decodes a double-quoted string token with Go's escapes (strconv.Unquote).
[[nodiscard]] std::string decode_string(std::string_view token, std::size_t at);

}  // namespace telc::ottl
