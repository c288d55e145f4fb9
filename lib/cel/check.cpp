// The checker's entry points and the node kinds that are not operators or calls.
#include "cel/check.hpp"

#include <fmt/format.h>

#include "cel/checker.hpp"
#include "diag/spelling.hpp"

namespace telc::cel {
namespace {

// Type denotations usable as values, e.g. type(x) == string.
constexpr std::string_view kTypeNames[] = {
    "bool",
    "bytes",
    "double",
    "dyn",
    "google.protobuf.Duration",
    "google.protobuf.Timestamp",
    "int",
    "list",
    "map",
    "null_type",
    "string",
    "type",
    "uint",
};

bool is_type_name(std::string_view name) {
  for (std::string_view t : kTypeNames) {
    if (t == name) return true;
  }
  return false;
}

}  // namespace

std::optional<std::string> qualified_name(const Expr& expr) {
  if (const auto* id = if_as<Ident>(expr)) return id->name;
  if (const auto* s = if_as<Select>(expr)) {
    if (auto base = qualified_name(*s->operand)) return *base + "." + s->field;
  }
  return std::nullopt;
}

void Checker::error(std::string_view code, std::size_t begin, std::size_t end, std::string message,
                    std::optional<std::string> hint) {
  diag::Diagnostic d;
  d.severity = diag::Severity::error;
  d.code = std::string(code);
  d.message = std::move(message);
  d.span = where_.span(begin, end);
  d.hint = std::move(hint);
  sink_.report(std::move(d));
}

void Checker::type_error(const Expr& at, std::string message, std::optional<std::string> hint) {
  error("cel/type", at.begin, at.end, std::move(message), std::move(hint));
}

bool Checker::in_scope(std::string_view name) const {
  for (const std::string& s : scope_) {
    if (s == name) return true;
  }
  return false;
}

std::vector<std::string> Checker::visible_names() const {
  std::vector<std::string> names(scope_.begin(), scope_.end());
  for (const Variable& v : env_.variables()) names.push_back(v.name);
  return names;
}

Type Checker::check(const Expr& expr) {
  switch (expr.kind) {
    case ExprKind::literal: return literal(as<Literal>(expr));
    case ExprKind::ident: return ident(as<Ident>(expr));
    case ExprKind::select: return select(as<Select>(expr));
    case ExprKind::index: return index(as<Index>(expr));
    case ExprKind::call: return call(as<Call>(expr));
    case ExprKind::unary: return unary(as<Unary>(expr));
    case ExprKind::binary: return binary(as<Binary>(expr));
    case ExprKind::conditional: return conditional(as<Conditional>(expr));
    case ExprKind::list: return list(as<List>(expr));
    case ExprKind::map: return map(as<Map>(expr));
    case ExprKind::message: return message(as<Message>(expr));
    case ExprKind::macro: return macro(as<Macro>(expr));
  }
  return Type::dyn;
}

Type Checker::literal(const Literal& node) {
  static constexpr Type kTypes[] = {Type::null, Type::boolean, Type::int64, Type::uint64,
                                    Type::dbl,  Type::string,  Type::bytes};
  return kTypes[static_cast<std::size_t>(node.type)];
}

std::optional<std::string> Checker::did_you_mean(std::string_view name) const {
  std::vector<std::string> names = visible_names();
  for (std::string& v : env_.dialect_variable_names()) {
    if (env_.find(v) == nullptr) names.push_back(std::move(v));
  }
  const auto near = diag::closest(name, names);
  if (!near) return std::nullopt;
  if (in_scope(*near) || env_.find(*near) != nullptr) return fmt::format("did you mean '{}'?", *near);
  return fmt::format("did you mean '{}'? {}", *near, env_.bound_elsewhere(*near).value_or(""));
}

Type Checker::ident(const Ident& id) {
  if (!id.absolute && in_scope(id.name)) return Type::dyn;
  if (const Variable* v = env_.find(id.name)) return v->type;
  if (is_type_name(id.name)) return Type::type;
  auto hint = env_.bound_elsewhere(id.name);
  if (!hint) hint = did_you_mean(id.name);
  error("cel/unknown-variable", id.begin, id.end, fmt::format("unknown variable '{}' in {}", id.name, env_.context()),
        std::move(hint));
  return Type::dyn;
}

Type Checker::select(const Select& node) {
  if (auto q = qualified_name(node); q && is_type_name(*q) && !in_scope(q->substr(0, q->find('.')))) return Type::type;
  const Type t = check(*node.operand);
  if (t == Type::dyn || t == Type::map) return Type::dyn;
  std::optional<std::string> hint;
  if (t == Type::list)
    hint = fmt::format("select from one element (x[0].{0}) or map the list (x.map(e, e.{0}))", node.field);
  error("cel/type", node.field_begin, node.end,
        fmt::format("cannot select field '{}' from {}", node.field, with_article(t)), std::move(hint));
  return Type::dyn;
}

Type Checker::index(const Index& ix) {
  const Type t = check(*ix.operand);
  const Type k = check(*ix.index);
  if (t == Type::list && !may_be(k, kNumbers)) {
    type_error(*ix.index, fmt::format("a list index must be an int, found {}", with_article(k)));
  } else if (t == Type::string) {
    type_error(*ix.operand, "cannot index a string", "use charAt(i) or substring(i, j)");
  } else if (t != Type::list && t != Type::map && t != Type::dyn) {
    type_error(*ix.operand, fmt::format("cannot index {}", with_article(t)));
  }
  return Type::dyn;
}

Type Checker::list(const List& node) {
  for (const ExprPtr& e : node.elements) (void)check(*e);
  return Type::list;
}

Type Checker::map(const Map& node) {
  constexpr TypeSet kKeys = set_of(Type::int64, Type::uint64, Type::boolean, Type::string);
  for (const MapEntry& entry : node.entries) {
    const Type k = check(*entry.key);
    if (!may_be(k, kKeys)) {
      type_error(*entry.key, fmt::format("a map key must be an int, uint, bool or string, found {}", with_article(k)));
    }
    (void)check(*entry.value);
  }
  return Type::map;
}

Type Checker::message(const Message& node) {
  for (const FieldInit& f : node.fields) (void)check(*f.value);
  // cel-go registers the protobuf well-known types in every environment.
  if (node.type_name.rfind("google.protobuf.", 0) == 0) return Type::dyn;
  error("cel/unknown-type", node.begin, node.name_end, fmt::format("unknown message type '{}'", node.type_name),
        "no message types are declared here; a map literal {'key': value} builds a map");
  return Type::dyn;
}

namespace {

struct Requirement {
  std::string_view what;
  std::string_view yields;
  TypeSet allowed;
};

Requirement requirement(Expectation expectation) {
  constexpr auto kEvery = static_cast<TypeSet>((1u << (static_cast<unsigned>(Type::type) + 1)) - 1);
  switch (expectation) {
    case Expectation::value: return {"a value expression", "a number or bool", kNumbers | bit(Type::boolean)};
    case Expectation::label:
      return {"a label expression", "a string, number or bool",
              static_cast<TypeSet>(kEvery & ~set_of(Type::list, Type::map))};
    case Expectation::list: return {"seriesFrom.path", "a list", bit(Type::list)};
    case Expectation::for_each: return {"forEach", "a list", bit(Type::list)};
    case Expectation::coerced_value:
      return {"a value expression", "a number, bool or numeric string", kNumbers | set_of(Type::boolean, Type::string)};
    case Expectation::condition: return {"a condition", "a bool", bit(Type::boolean)};
    case Expectation::any: break;
  }
  return {"an expression", "a value", 0};
}

std::optional<std::string> expectation_hint(Expectation expectation, Type type) {
  if (expectation == Expectation::value && type == Type::string) return "convert it with double(...)";
  if ((expectation == Expectation::value || expectation == Expectation::coerced_value) && type == Type::null)
    return "a sample needs a value; choose a number for the missing case";
  if (expectation == Expectation::label && type == Type::list) return "join the elements into one string: x.join(',')";
  if (expectation == Expectation::condition && may_be(type, kNumbers)) return "compare it: x != 0";
  return std::nullopt;
}

}  // namespace

void Checker::expect(const Expr& root, Type type, Expectation expectation) {
  const Requirement r = requirement(expectation);
  if (may_be(type, r.allowed)) return;
  type_error(root, fmt::format("{} must yield {}, found {}", r.what, r.yields, with_article(type)),
             expectation_hint(expectation, type));
}

void check(const Expr& expr, const Environment& env, Expectation expect, const diag::EmbeddedText& where,
           diag::Sink& sink) {
  Checker c(env, where, sink);
  c.expect(expr, c.check(expr), expect);
}

Type type_of(const Expr& expr, const Environment& env, const diag::EmbeddedText& where, diag::Sink& sink) {
  Checker c(env, where, sink);
  return c.check(expr);
}

ParseResult parse_and_check(std::string_view expr, const Environment& env, Expectation expect,
                            const diag::EmbeddedText& where, diag::Sink& sink) {
  ParseResult r = parse(expr);
  if (r.ok()) {
    check(*r.root(), env, expect, where, sink);
  } else {
    report(*r.error(), where, sink);
  }
  return r;
}

}  // namespace telc::cel
