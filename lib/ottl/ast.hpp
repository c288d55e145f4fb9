#pragma once
// The OTTL syntax tree: one node type for every value and boolean expression, since the grammar
// (pkg/ottl/grammar.go) lets most shapes appear in most places and the checker needs the same
// facts (kind, byte range, name) from all of them. Offsets are bytes in the statement, `end`
// inclusive.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace telc::ottl {

enum class NodeKind : std::uint8_t {
  nil,
  string,    // text: the decoded value
  integer,   // text: as written
  floating,  // text: as written
  bytes,     // text: as written (0x...)
  boolean,   // text: "true" or "false"
  name,      // a bare uppercase name: an enum symbol, or a converter named as an argument
  path,      // segments
  call,      // text: the function; kids: arguments; keys: the index after the call
  list,      // kids: the elements
  map,       // kids: the values, each labelled with its key
  math,      // text: + - * /; kids: two operands
  compare,   // text: == != < <= > >=; kids: two operands
  logical_and,
  logical_or,
  logical_not,
};

struct Node;
using NodePtr = std::unique_ptr<Node>;

/// One dotted part of a path with its bracketed keys: `attributes["k"][0]`.
struct Segment {
  std::string name;
  std::size_t begin = 0;
  std::size_t end = 0;
  std::vector<NodePtr> keys;
};

struct Node {
  NodeKind kind = NodeKind::nil;
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string text;
  std::vector<Segment> segments;  // paths
  std::vector<NodePtr> kids;
  std::vector<NodePtr> keys;  // calls
  // An argument's `name =`, or a map entry's key; empty for positional arguments.
  std::string label;
  std::size_t label_begin = 0;
  // Written inside parentheses: OTTL reads a parenthesised value as a math expression.
  bool parenthesized = false;
};

/// A parsed statement (`editor(...) where cond`) or condition: `root` is the editor call or the
/// condition; `where` the statement's condition, if any.
struct Tree {
  NodePtr root;
  NodePtr where;
};

[[nodiscard]] bool is_editor_name(const std::string& name);  // starts lowercase
[[nodiscard]] bool is_boolean_shape(const Node& node);       // comparison, and/or/not, true/false, converter
/// "a string", "a path", "a comparison": for messages.
[[nodiscard]] std::string_view describe(const Node& node);

}  // namespace telc::ottl
