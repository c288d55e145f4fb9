// The node makers. Shape rules follow pkg/ottl/grammar.go: an argument, list element, map value,
// key or comparison operand is a `value` (no comparison or and/or/not); a parenthesised value is
// a math expression; math operands are numbers, paths and calls; and/or/not and `where` take
// comparisons, true/false, converter calls or parenthesised conditions.
#include "ottl/builder.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "ottl/syntax_error.hpp"

namespace telc::ottl {
namespace {

bool is_boolean_op(NodeKind kind) {
  return kind == NodeKind::compare || kind == NodeKind::logical_and || kind == NodeKind::logical_or ||
         kind == NodeKind::logical_not;
}

bool is_math_operand(const Node& node) {
  return node.kind == NodeKind::path || node.kind == NodeKind::call || node.kind == NodeKind::integer ||
         node.kind == NodeKind::floating || node.kind == NodeKind::math;
}

/// Rejects what grammar.go's `value` cannot be.
void check_value(const Node& node) {
  if (is_boolean_op(node.kind)) {
    throw SyntaxError(node.begin, node.end, fmt::format("{} cannot be used as a value", describe(node)),
                      "conditions belong after 'where' or in a condition list; a converter such as IsMatch(...) "
                      "returns a boolean value");
  }
  if (node.parenthesized && !is_math_operand(node)) {
    throw SyntaxError(node.begin, node.end, fmt::format("{} cannot be in parentheses here", describe(node)),
                      "OTTL reads a parenthesised value as a math expression; remove the parentheses");
  }
}

void check_condition(const Node& node) {
  if (!is_boolean_shape(node)) {
    throw SyntaxError(node.begin, node.end, fmt::format("expected a condition, found {}", describe(node)),
                      node.kind == NodeKind::path ? "compare it, e.g. '... != nil' or '... == \"value\"'"
                                                  : "a condition is a comparison, true, false or a converter call");
  }
}

}  // namespace

bool is_editor_name(const std::string& name) { return !name.empty() && name.front() >= 'a' && name.front() <= 'z'; }

bool is_boolean_shape(const Node& node) {
  return is_boolean_op(node.kind) || node.kind == NodeKind::boolean || node.kind == NodeKind::call;
}

std::string_view describe(const Node& node) {
  switch (node.kind) {
    case NodeKind::nil: return "nil";
    case NodeKind::string: return "a string";
    case NodeKind::integer: return "an int";
    case NodeKind::floating: return "a float";
    case NodeKind::bytes: return "a byte slice";
    case NodeKind::boolean: return "a bool";
    case NodeKind::name: return "an enum";
    case NodeKind::path: return "a path";
    case NodeKind::call: return is_editor_name(node.text) ? "an editor call" : "a converter call";
    case NodeKind::list: return "a list";
    case NodeKind::map: return "a map";
    case NodeKind::math: return "a math expression";
    case NodeKind::compare: return "a comparison";
    case NodeKind::logical_and: return "an 'and' condition";
    case NodeKind::logical_or: return "an 'or' condition";
    case NodeKind::logical_not: return "a 'not' condition";
  }
  return "a value";
}

NodePtr Builder::pop() {
  if (nodes_.empty()) throw std::logic_error("ottl builder: node stack underflow");  // a grammar bug
  NodePtr n = std::move(nodes_.back());
  nodes_.pop_back();
  return n;
}

Node& Builder::top() {
  if (nodes_.empty()) throw std::logic_error("ottl builder: empty node stack");  // a grammar bug
  return *nodes_.back();
}

Name Builder::pop_name() {
  if (names_.empty()) throw std::logic_error("ottl builder: name stack underflow");  // a grammar bug
  Name n = std::move(names_.back());
  names_.pop_back();
  return n;
}

std::vector<NodePtr> Builder::pop_since_mark() {
  if (marks_.empty()) throw std::logic_error("ottl builder: no open bracket");  // a grammar bug
  const Mark mark = marks_.back();
  marks_.pop_back();
  std::vector<NodePtr> out;
  for (std::size_t i = mark.nodes; i < nodes_.size(); ++i) out.push_back(std::move(nodes_[i]));
  nodes_.resize(mark.nodes);
  return out;
}

void Builder::make_call(std::size_t close) {
  auto node = std::make_unique<Node>();
  node->kind = NodeKind::call;
  node->kids = pop_since_mark();
  Name name = pop_name();
  node->text = std::move(name.text);
  node->begin = name.begin;
  node->end = close;
  push(std::move(node));
}

void Builder::make_path() {
  Name name = pop_name();
  auto node = std::make_unique<Node>();
  node->kind = NodeKind::path;
  node->begin = name.begin;
  node->end = name.end;
  node->segments.push_back({std::move(name.text), name.begin, name.end, {}});
  push(std::move(node));
}

void Builder::add_field(Name name) {
  Node& path = top();
  path.end = name.end;
  path.segments.push_back({std::move(name.text), name.begin, name.end, {}});
}

void Builder::add_key(std::size_t close) {
  NodePtr key = pop();
  check_value(*key);
  Node& owner = top();
  owner.end = close;
  if (owner.kind == NodeKind::path) {
    owner.segments.back().keys.push_back(std::move(key));
  } else {
    owner.keys.push_back(std::move(key));
  }
}

void Builder::make_name() {
  Name name = pop_name();
  auto node = std::make_unique<Node>();
  node->kind = NodeKind::name;
  node->text = std::move(name.text);
  node->begin = name.begin;
  node->end = name.end;
  push(std::move(node));
}

void Builder::make_list(std::size_t close) {
  auto node = std::make_unique<Node>();
  node->kind = NodeKind::list;
  node->begin = marks_.back().open;
  node->kids = pop_since_mark();
  for (const NodePtr& kid : node->kids) check_value(*kid);
  node->end = close;
  push(std::move(node));
}

void Builder::make_map(std::size_t close) {
  auto node = std::make_unique<Node>();
  node->kind = NodeKind::map;
  node->begin = marks_.back().open;
  node->kids = pop_since_mark();
  node->end = close;
  push(std::move(node));
}

void Builder::label_top() {
  Name name = pop_name();
  Node& value = top();
  check_value(value);
  value.label = std::move(name.text);
  value.label_begin = name.begin;
}

void Builder::check_argument() { check_value(top()); }

void Builder::make_binary(NodeKind kind) {
  NodePtr right = pop();
  NodePtr left = pop();
  Op op = std::move(ops_.back());
  ops_.pop_back();
  for (const Node* operand : {left.get(), right.get()}) {
    if (kind == NodeKind::math && !is_math_operand(*operand)) {
      throw SyntaxError(operand->begin, operand->end,
                        fmt::format("{} cannot be an operand of '{}'", describe(*operand), op.text),
                        "math expressions take numbers, paths, converter calls and parenthesised math");
    }
    if (kind == NodeKind::compare) check_value(*operand);
    if (kind == NodeKind::logical_and || kind == NodeKind::logical_or) check_condition(*operand);
  }
  auto node = std::make_unique<Node>();
  node->kind = kind;
  node->text = std::move(op.text);
  node->begin = left->begin;
  node->end = right->end;
  node->kids.push_back(std::move(left));
  node->kids.push_back(std::move(right));
  push(std::move(node));
}

void Builder::make_math() { make_binary(NodeKind::math); }
void Builder::make_compare() { make_binary(NodeKind::compare); }
void Builder::make_logical() { make_binary(ops_.back().text == "and" ? NodeKind::logical_and : NodeKind::logical_or); }

void Builder::make_not() {
  NodePtr operand = pop();
  check_condition(*operand);
  Op op = std::move(ops_.back());
  ops_.pop_back();
  auto node = std::make_unique<Node>();
  node->kind = NodeKind::logical_not;
  node->text = "not";
  node->begin = op.at;
  node->end = operand->end;
  node->kids.push_back(std::move(operand));
  push(std::move(node));
}

void Builder::set_where() {
  where_ = pop();
  check_condition(*where_);
}

Tree Builder::take_tree(bool is_condition) {
  Tree tree;
  tree.root = pop();
  tree.where = std::move(where_);
  const Node& root = *tree.root;
  if (is_condition) {
    check_condition(root);
  } else if (root.kind != NodeKind::call) {
    throw SyntaxError(root.begin, root.end, fmt::format("expected an editor call, found {}", describe(root)),
                      "a statement is an editor invocation such as set(...), optionally followed by 'where'");
  } else if (!root.keys.empty()) {
    throw SyntaxError(root.keys.front()->begin, root.end, "only paths and converters can be indexed, not editors");
  }
  return tree;
}

}  // namespace telc::ottl
