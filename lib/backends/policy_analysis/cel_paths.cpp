#include "backends/policy_analysis/cel_paths.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace telc::backends::policy_analysis {
namespace {

/// The text of a constant index (`['k']`, `[0]`), if it is one.
std::optional<std::string> constant_key(const cel::Expr& expr) {
  const auto* l = cel::if_as<cel::Literal>(expr);
  if (l == nullptr) return std::nullopt;
  if (const auto* s = std::get_if<std::string>(&l->value); s && l->type == cel::LiteralKind::string) return *s;
  if (const auto* i = std::get_if<std::int64_t>(&l->value)) return std::to_string(*i);
  return std::nullopt;
}

std::optional<std::string> string_constant(const cel::Expr& expr) {
  const auto* l = cel::if_as<cel::Literal>(expr);
  if (l == nullptr || l->type != cel::LiteralKind::string) return std::nullopt;
  return std::get<std::string>(l->value);
}

/// The first `resource` path inside `e`, for pointing at what needs the object.
const cel::Expr* find_resource_use(const cel::Expr& expr) {
  if (auto p = plain_path(expr)) return p->root == "resource" ? &expr : nullptr;
  if (const auto* c = cel::if_as<cel::Call>(expr)) {
    for (const auto& a : c->args)
      if (const cel::Expr* r = find_resource_use(*a)) return r;
    if (c->target) return find_resource_use(*c->target);
  }
  if (const auto* b = cel::if_as<cel::Binary>(expr)) {
    if (const cel::Expr* r = find_resource_use(*b->lhs)) return r;
    return find_resource_use(*b->rhs);
  }
  return nullptr;
}

void children(const cel::Expr& expr, const std::function<void(const cel::Expr&)>& fn) {
  auto each = [&](const cel::ExprPtr& child) {
    if (child) fn(*child);
  };
  switch (expr.kind) {
    case cel::ExprKind::select: return each(cel::as<cel::Select>(expr).operand);
    case cel::ExprKind::index: each(cel::as<cel::Index>(expr).operand); return each(cel::as<cel::Index>(expr).index);
    case cel::ExprKind::unary: return each(cel::as<cel::Unary>(expr).operand);
    case cel::ExprKind::binary: each(cel::as<cel::Binary>(expr).lhs); return each(cel::as<cel::Binary>(expr).rhs);
    case cel::ExprKind::list:
      for (const auto& c : cel::as<cel::List>(expr).elements) each(c);
      return;
    case cel::ExprKind::message:
      for (const auto& c : cel::as<cel::Message>(expr).fields) each(c.value);
      return;
    case cel::ExprKind::map:
      for (const auto& c : cel::as<cel::Map>(expr).entries) each(c.key), each(c.value);
      return;
    default: break;
  }
  if (const auto* c = cel::if_as<cel::Call>(expr)) {
    each(c->target);
    for (const auto& a : c->args) each(a);
  } else if (const auto* k = cel::if_as<cel::Conditional>(expr)) {
    each(k->cond), each(k->then), each(k->otherwise);
  } else if (const auto* m = cel::if_as<cel::Macro>(expr)) {
    each(m->target);
    for (const auto& b : m->body) each(b);
  }
}

}  // namespace

void visit(const cel::Expr& expr, const std::function<void(const cel::Expr&)>& fn) {
  fn(expr);
  children(expr, [&](const cel::Expr& expr) { visit(expr, fn); });
}

std::optional<std::string> rename_variable(const std::string& text, const cel::Expr& root, std::string_view from,
                                           std::string_view to) {
  return rename_variables(text, root, {from}, to);
}

std::optional<std::string> rename_variables(const std::string& text, const cel::Expr& root,
                                            const std::vector<std::string_view>& from, std::string_view to) {
  const auto renamed = [&](std::string_view name) { return std::find(from.begin(), from.end(), name) != from.end(); };
  std::vector<const cel::Ident*> uses;
  bool shadowed = false;
  visit(root, [&](const cel::Expr& expr) {
    if (const auto* id = cel::if_as<cel::Ident>(expr); id && renamed(id->name) && !id->absolute) uses.push_back(id);
    if (const auto* m = cel::if_as<cel::Macro>(expr); m && (renamed(m->var) || m->var == to)) shadowed = true;
  });
  if (shadowed) return std::nullopt;
  std::sort(uses.begin(), uses.end(),
            [](const cel::Ident* left, const cel::Ident* right) { return left->begin < right->begin; });
  std::string out = text;
  for (auto it = uses.rbegin(); it != uses.rend(); ++it)  // back to front: earlier offsets stay valid
    out.replace((*it)->begin, (*it)->end - (*it)->begin + 1, to);
  return out;
}

std::optional<Path> plain_path(const cel::Expr& expr) {
  if (const auto* id = cel::if_as<cel::Ident>(expr)) return Path{id->name, {}};
  const cel::Expr* operand = nullptr;
  std::optional<std::string> field;
  if (const auto* s = cel::if_as<cel::Select>(expr))
    operand = s->operand.get(), field = s->field;
  else if (const auto* i = cel::if_as<cel::Index>(expr))
    operand = i->operand.get(), field = constant_key(*i->index);
  if (operand == nullptr || !field) return std::nullopt;
  auto out = plain_path(*operand);
  if (out) out->fields.push_back(std::move(*field));
  return out;
}

const cel::Expr& without_string_conversion(const cel::Expr& expr) {
  const auto* c = cel::if_as<cel::Call>(expr);
  if (c != nullptr && c->function == "string" && !c->target && c->args.size() == 1) return *c->args.front();
  return expr;
}

std::string show(const cel::Expr& expr) { return cel::to_string(expr); }

std::optional<LabelSource> data_plane_label_source(const ir::Cel& label, const ir::DataPlaneInput& in,
                                                   const ir::MetricPolicy& policy, std::string_view target,
                                                   Unexpressible& why) {
  const cel::Expr& e = without_string_conversion(label.root());
  if (auto s = string_constant(e)) return LabelSource{LabelSource::Kind::constant, *s};
  const auto path = plain_path(e);
  if (path && path->root == "attributes" && path->fields.size() == 1)
    return LabelSource{LabelSource::Kind::attribute, path->fields.front()};
  if (path && path->root == "resource") {
    for (const ir::AttributeBinding& b : in.selectors)
      if (plain_path(without_string_conversion(b.value_from.root())) == path)
        return LabelSource{LabelSource::Kind::attribute, b.attribute};
    why = {&e,
           fmt::format("'{}' needs the {} object at run time, which data-plane samples do not carry", show(e),
                       policy.subject_kind),
           "bind the field to a sample attribute with an attributeSelector (key: <attribute>, valueFrom: \"" + show(e) +
               "\")",
           &label};
    return std::nullopt;
  }
  const cel::Expr* at = find_resource_use(e);
  why = {at != nullptr ? at : &e,
         at != nullptr ? fmt::format("'{}' needs the {} object at run time, which data-plane samples do not carry",
                                     show(*at), policy.subject_kind)
                       : fmt::format("'{}' has no {} equivalent", show(e), target),
         "a label can copy a sample attribute (attributes['key']), a field bound by an attributeSelector, or a string "
         "constant",
         &label};
  return std::nullopt;
}

diag::Diagnostic not_expressible(bool requested, std::string message, diag::SourceSpan span, std::string hint) {
  return {requested ? diag::Severity::error : diag::Severity::note,
          "emit/not-expressible",
          std::move(message),
          span,
          std::move(hint),
          {}};
}

}  // namespace telc::backends::policy_analysis
