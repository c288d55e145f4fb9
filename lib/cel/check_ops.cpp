// Operators: which operand types langdef.md's overloads accept, and which pairs they combine.
#include <fmt/format.h>

#include "cel/checker.hpp"

namespace telc::cel {
namespace {

constexpr TypeSet kOrderable =
    kNumbers | set_of(Type::string, Type::bytes, Type::boolean, Type::duration, Type::timestamp);

TypeSet accepted_by(BinaryOp op) {
  switch (op) {
    case BinaryOp::add:
      return kNumbers | set_of(Type::string, Type::bytes, Type::list, Type::duration, Type::timestamp);
    case BinaryOp::subtract: return kNumbers | set_of(Type::duration, Type::timestamp);
    case BinaryOp::remainder: return set_of(Type::int64, Type::uint64);
    default: return kNumbers;
  }
}

/// The result of an arithmetic overload for two known operand types, if one exists.
std::optional<Type> arithmetic_result(BinaryOp op, Type l, Type r) {
  const bool add = op == BinaryOp::add;
  const bool sub = op == BinaryOp::subtract;
  if (l == r) {
    if (l == Type::timestamp) return sub ? std::optional(Type::duration) : std::nullopt;
    return l;
  }
  if (l == Type::timestamp && r == Type::duration && (add || sub)) return Type::timestamp;
  if (l == Type::duration && r == Type::timestamp && add) return Type::timestamp;
  return std::nullopt;
}

/// Types that compare with each other: the three number types form one family.
Type family(Type t) { return may_be(t, kNumbers) ? Type::int64 : t; }

bool known(Type t) { return t != Type::dyn && t != Type::null; }

std::string quoted(BinaryOp op) { return fmt::format("'{}'", to_string(op)); }

}  // namespace

void Checker::require(const Expr& e, Type t, TypeSet allowed, std::string_view what) {
  if (may_be(t, allowed)) return;
  std::optional<std::string> hint;
  if (t == Type::uint64 && allowed == set_of(Type::int64, Type::dbl))
    hint = "a uint cannot be negated; convert it with int(...)";
  type_error(e, fmt::format("{} needs {}, found {}", what, describe(allowed), with_article(t)), std::move(hint));
}

Type Checker::unary(const Unary& u) {
  const Type t = check(*u.operand);
  if (u.op == UnaryOp::logical_not) {
    require(*u.operand, t, bit(Type::boolean), "'!'");
    return Type::boolean;
  }
  require(*u.operand, t, set_of(Type::int64, Type::dbl), "'-'");
  return t == Type::int64 || t == Type::dbl ? t : Type::dyn;
}

Type Checker::binary(const Binary& b) {
  const Type l = check(*b.lhs);
  const Type r = check(*b.rhs);
  switch (b.op) {
    case BinaryOp::logical_or:
    case BinaryOp::logical_and: return logical(b, l, r);
    case BinaryOp::add:
    case BinaryOp::subtract:
    case BinaryOp::multiply:
    case BinaryOp::divide:
    case BinaryOp::remainder: return arithmetic(b, l, r);
    default: return comparison(b, l, r);
  }
}

Type Checker::logical(const Binary& b, Type l, Type r) {
  require(*b.lhs, l, bit(Type::boolean), quoted(b.op));
  require(*b.rhs, r, bit(Type::boolean), quoted(b.op));
  return Type::boolean;
}

Type Checker::arithmetic(const Binary& b, Type l, Type r) {
  const TypeSet accepts = accepted_by(b.op);
  const bool ok = may_be(l, accepts) && may_be(r, accepts);
  require(*b.lhs, l, accepts, quoted(b.op));
  require(*b.rhs, r, accepts, quoted(b.op));
  if (!ok || l == Type::dyn || r == Type::dyn) return Type::dyn;
  if (const auto result = arithmetic_result(b.op, l, r)) return *result;
  std::optional<std::string> hint;
  if (may_be(l, kNumbers) && may_be(r, kNumbers)) {
    hint =
        "CEL never converts between int, uint and double: write 1000.0 rather than 1000, or convert with double(...)";
  }
  type_error(*b.rhs, fmt::format("{} cannot combine {} with {}", quoted(b.op), with_article(l), with_article(r)),
             std::move(hint));
  return Type::dyn;
}

Type Checker::comparison(const Binary& b, Type l, Type r) {
  if (b.op == BinaryOp::in) {
    std::optional<std::string> hint;
    if (r == Type::string) hint = "to test for a substring use x.contains(y)";
    if (!may_be(r, set_of(Type::list, Type::map))) {
      type_error(*b.rhs, fmt::format("'in' needs a list or a map on its right, found {}", with_article(r)),
                 std::move(hint));
    }
    return Type::boolean;
  }
  const bool ordering = b.op != BinaryOp::equal && b.op != BinaryOp::not_equal;
  if (ordering) {
    require(*b.lhs, l, kOrderable, quoted(b.op));
    require(*b.rhs, r, kOrderable, quoted(b.op));
    if (!may_be(l, kOrderable) || !may_be(r, kOrderable)) return Type::boolean;
  }
  if (known(l) && known(r) && family(l) != family(r)) {
    std::optional<std::string> hint;
    if ((l == Type::string && may_be(r, kNumbers)) || (r == Type::string && may_be(l, kNumbers))) {
      hint = "convert one side first, with string(...) or double(...)";
    }
    type_error(*b.rhs, fmt::format("{} cannot compare {} with {}", quoted(b.op), with_article(l), with_article(r)),
               std::move(hint));
  }
  return Type::boolean;
}

Type Checker::conditional(const Conditional& c) {
  require(*c.cond, check(*c.cond), bit(Type::boolean), "the condition of '?:'");
  const Type t = check(*c.then);
  const Type o = check(*c.otherwise);
  return t == o ? t : Type::dyn;
}

}  // namespace telc::cel
