#include "cel/builder.hpp"

#include <algorithm>
#include <cassert>
#include <optional>
#include <tuple>

#include "cel/syntax_error.hpp"

namespace telc::cel {

void seal(Expr& expr, std::initializer_list<const Expr*> children) {
  std::size_t h = 0;
  for (const Expr* c : children) {
    if (c != nullptr) h = std::max<std::size_t>(h, c->height);
  }
  if (h + 1 > kMaxHeight) {
    throw SyntaxError(expr.begin, expr.end, "expression nests too deeply (more than 128 levels)");
  }
  expr.height = static_cast<std::uint16_t>(h + 1);
}

void seal(Expr& expr, const std::vector<ExprPtr>& children) {
  const Expr* tallest = nullptr;
  for (const ExprPtr& c : children) {
    if (tallest == nullptr || c->height > tallest->height) tallest = c.get();
  }
  seal(expr, {tallest});
}

ExprPtr Builder::pop() {
  assert(!nodes_.empty());
  ExprPtr e = std::move(nodes_.back());
  nodes_.pop_back();
  return e;
}

ExprPtr Builder::take_root() {
  assert(nodes_.size() == 1 && names_.empty() && marks_.empty() && ops_.empty());
  return pop();
}

Name Builder::pop_name() {
  assert(!names_.empty());
  Name n = std::move(names_.back());
  names_.pop_back();
  return n;
}

Mark Builder::close_mark() {
  assert(!marks_.empty());
  const Mark m = marks_.back();
  marks_.pop_back();
  return m;
}

std::vector<ExprPtr> Builder::pop_since(const Mark& mark) {
  std::vector<ExprPtr> out;
  out.reserve(nodes_.size() - mark.nodes);
  for (std::size_t i = mark.nodes; i < nodes_.size(); ++i) out.push_back(std::move(nodes_[i]));
  nodes_.resize(mark.nodes);
  return out;
}

void Builder::make_binary() {
  auto e = std::make_unique<Binary>();
  e->rhs = pop();
  e->lhs = pop();
  std::tie(e->op, e->op_begin) = ops_.back();
  ops_.pop_back();
  e->begin = e->lhs->begin;
  e->end = e->rhs->end;
  seal(*e, {e->lhs.get(), e->rhs.get()});
  push(std::move(e));
}

void Builder::make_unary(UnaryOp op, std::size_t at) {
  auto e = std::make_unique<Unary>();
  e->op = op;
  e->operand = pop();
  e->begin = at;
  e->end = e->operand->end;
  seal(*e, {e->operand.get()});
  push(std::move(e));
}

void Builder::make_conditional() {
  auto e = std::make_unique<Conditional>();
  e->otherwise = pop();
  e->then = pop();
  e->cond = pop();
  e->begin = e->cond->begin;
  e->end = e->otherwise->end;
  seal(*e, {e->cond.get(), e->then.get(), e->otherwise.get()});
  push(std::move(e));
}

void Builder::make_select() {
  auto e = std::make_unique<Select>();
  Name field = pop_name();
  e->operand = pop();
  e->field = std::move(field.text);
  e->field_begin = field.begin;
  e->begin = e->operand->begin;
  e->end = field.end;
  seal(*e, {e->operand.get()});
  push(std::move(e));
}

void Builder::make_index(std::size_t close) {
  auto e = std::make_unique<Index>();
  e->index = pop();
  e->operand = pop();
  e->begin = e->operand->begin;
  e->end = close;
  seal(*e, {e->operand.get(), e->index.get()});
  push(std::move(e));
}

void Builder::push_call(ExprPtr target, Name name, std::vector<ExprPtr> args, std::size_t close) {
  auto e = std::make_unique<Call>();
  e->begin = target ? target->begin : name.begin;
  e->end = close;
  e->function = std::move(name.text);
  e->name_begin = name.begin;
  e->name_end = name.end;
  e->target = std::move(target);
  e->args = std::move(args);
  const Expr* tallest = e->target.get();
  for (const ExprPtr& a : e->args) {
    if (tallest == nullptr || a->height > tallest->height) tallest = a.get();
  }
  seal(*e, {tallest});
  push(expand_macro(std::move(e)));
}

void Builder::make_global_call(std::size_t close) {
  const Mark m = close_mark();
  std::vector<ExprPtr> args = pop_since(m);
  push_call(nullptr, pop_name(), std::move(args), close);
}

void Builder::make_method_call(std::size_t close) {
  const Mark m = close_mark();
  std::vector<ExprPtr> args = pop_since(m);
  Name name = pop_name();
  ExprPtr target = pop();
  push_call(std::move(target), std::move(name), std::move(args), close);
}

void Builder::make_ident() {
  auto e = std::make_unique<Ident>();
  Name n = pop_name();
  e->name = std::move(n.text);
  e->begin = n.begin;
  e->end = n.end;
  push(std::move(e));
}

void Builder::mark_absolute(std::size_t dot) {
  Expr& top = *nodes_.back();
  if (top.kind == ExprKind::ident) {
    static_cast<Ident&>(top).absolute = true;
  } else if (top.kind == ExprKind::call) {
    static_cast<Call&>(top).absolute = true;
  } else {
    throw SyntaxError(dot, top.end, "a macro cannot be called with a leading '.'");
  }
  top.begin = dot;
}

void Builder::make_list(std::size_t close) {
  const Mark m = close_mark();
  auto e = std::make_unique<List>();
  e->elements = pop_since(m);
  e->begin = m.open;
  e->end = close;
  seal(*e, e->elements);
  push(std::move(e));
}

void Builder::make_map(std::size_t close) {
  const Mark m = close_mark();
  std::vector<ExprPtr> items = pop_since(m);
  auto e = std::make_unique<Map>();
  e->begin = m.open;
  e->end = close;
  seal(*e, items);
  for (std::size_t i = 0; i + 1 < items.size(); i += 2) {
    e->entries.push_back({std::move(items[i]), std::move(items[i + 1])});
  }
  push(std::move(e));
}

namespace {

/// The dotted name a message construction names (`a.b.C`), or nothing if the operand is not a
/// plain name.
std::optional<std::string> type_name_of(const Expr& expr) {
  if (const auto* id = if_as<Ident>(expr)) return (id->absolute ? "." : "") + id->name;
  if (const auto* sel = if_as<Select>(expr)) {
    auto base = type_name_of(*sel->operand);
    if (base) return *base + "." + sel->field;
  }
  return std::nullopt;
}

}  // namespace

void Builder::make_message(std::size_t close) {
  const Mark m = close_mark();
  std::vector<ExprPtr> values = pop_since(m);
  ExprPtr type = pop();
  auto name = type_name_of(*type);
  if (!name) {
    throw SyntaxError(type->begin, type->end, "only a type name can be followed by '{' (message construction)");
  }
  auto e = std::make_unique<Message>();
  e->type_name = std::move(*name);
  e->begin = type->begin;
  e->name_end = type->end;
  e->end = close;
  seal(*e, values);
  for (std::size_t i = 0; i < values.size(); ++i) {
    Name& n = names_[m.names + i];
    e->fields.push_back({std::move(n.text), n.begin, std::move(values[i])});
  }
  names_.resize(m.names);
  push(std::move(e));
}

}  // namespace telc::cel
