#include "backends/policy_analysis/cel_paths.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "cel/visit.hpp"

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

}  // namespace

std::optional<std::string> rename_variable(const std::string& text, const cel::Expr& root, std::string_view from,
                                           std::string_view to) {
  return rename_variables(text, root, {from}, to);
}

std::optional<std::string> rename_variables(const std::string& text, const cel::Expr& root,
                                            const std::vector<std::string_view>& from, std::string_view to) {
  const auto renamed = [&](std::string_view name) { return std::find(from.begin(), from.end(), name) != from.end(); };
  std::vector<const cel::Ident*> uses;
  bool shadowed = false;
  cel::visit(root, [&](const cel::Expr& expr) {
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

namespace {

/// `cel` reads nothing but the object: it can be evaluated without a sample.
bool object_only(const ir::Cel& expr) { return cel::reads_only(expr.root(), "resource"); }

std::string needs_object(const cel::Expr& at, const ir::MetricPolicy& policy) {
  return fmt::format("'{}' needs the {} object at run time, which data-plane samples do not carry", show(at),
                     policy.subject_kind);
}

/// The label's values per object, when --resources gave them and the selectors can key them.
std::optional<LabelSource> per_object_source(const ir::Cel& label, const ir::DataPlaneInput& in,
                                             const ir::MetricPolicy& policy, const cel::Expr& at, Unexpressible& why) {
  if (!in.bound || !object_only(label)) return std::nullopt;
  if (in.selectors.empty()) {
    why = {&at, needs_object(at, policy) + ", and no attributeSelector tells which object a sample is about",
           "add an attributeSelector that binds a sample attribute to the object (e.g. its name)", &label};
    return std::nullopt;
  }
  return LabelSource{LabelSource::Kind::per_object, {}};
}

std::string unexpressible_hint(const ir::Cel& label, const cel::Expr& expr, const std::optional<Path>& path,
                               bool resources_would_help) {
  const bool per_object = resources_would_help && object_only(label);
  if (path && path->root == "resource")
    return "bind the field to a sample attribute with an attributeSelector (key: <attribute>, valueFrom: \"" +
           show(expr) + "\")" + (per_object ? ", or give the objects with --resources" : "");
  if (per_object) return "give the objects with --resources to evaluate it per object";
  return "a label can copy a sample attribute (attributes['key']), a field bound by an attributeSelector, or a "
         "string constant";
}

}  // namespace

std::optional<LabelSource> data_plane_label_source(const ir::Cel& label, const ir::DataPlaneInput& in,
                                                   const ir::MetricPolicy& policy, std::string_view target,
                                                   Unexpressible& why, bool per_object) {
  const cel::Expr& e = without_string_conversion(label.root());
  if (auto s = string_constant(e)) return LabelSource{LabelSource::Kind::constant, *s};
  const auto path = plain_path(e);
  if (path && path->root == "attributes" && path->fields.size() == 1)
    return LabelSource{LabelSource::Kind::attribute, path->fields.front()};
  if (path && path->root == "resource")
    for (const ir::AttributeBinding& b : in.selectors)
      if (plain_path(without_string_conversion(b.value_from.root())) == path)
        return LabelSource{LabelSource::Kind::attribute, b.attribute};
  const cel::Expr* at = path && path->root == "resource" ? &e : find_resource_use(e);
  if (at != nullptr && per_object) {
    if (auto source = per_object_source(label, in, policy, *at, why)) return source;
    if (why.at != nullptr) return std::nullopt;
  }
  why = {at != nullptr ? at : &e,
         at != nullptr ? needs_object(*at, policy) : fmt::format("'{}' has no {} equivalent", show(e), target),
         unexpressible_hint(label, e, path, per_object && !in.bound), &label};
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
