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
std::optional<Type> arithmetic_result(BinaryOp op, Type left, Type right) {
  const bool add = op == BinaryOp::add;
  const bool sub = op == BinaryOp::subtract;
  if (left == right) {
    if (left == Type::timestamp) return sub ? std::optional(Type::duration) : std::nullopt;
    return left;
  }
  if (left == Type::timestamp && right == Type::duration && (add || sub)) return Type::timestamp;
  if (left == Type::duration && right == Type::timestamp && add) return Type::timestamp;
  return std::nullopt;
}

/// Types that compare with each other: the three number types form one family.
Type family(Type type) { return may_be(type, kNumbers) ? Type::int64 : type; }

bool known(Type type) { return type != Type::dyn && type != Type::null; }

std::string quoted(BinaryOp op) { return fmt::format("'{}'", to_string(op)); }

}  // namespace

void Checker::require(const Expr& expr, Type type, TypeSet allowed, std::string_view what) {
  if (may_be(type, allowed)) return;
  std::optional<std::string> hint;
  if (type == Type::uint64 && allowed == set_of(Type::int64, Type::dbl))
    hint = "a uint cannot be negated; convert it with int(...)";
  type_error(expr, fmt::format("{} needs {}, found {}", what, describe(allowed), with_article(type)), std::move(hint));
}

Type Checker::unary(const Unary& node) {
  const Type t = check(*node.operand);
  if (node.op == UnaryOp::logical_not) {
    require(*node.operand, t, bit(Type::boolean), "'!'");
    return Type::boolean;
  }
  require(*node.operand, t, set_of(Type::int64, Type::dbl), "'-'");
  return t == Type::int64 || t == Type::dbl ? t : Type::dyn;
}

Type Checker::binary(const Binary& node) {
  const Type l = check(*node.lhs);
  const Type r = check(*node.rhs);
  switch (node.op) {
    case BinaryOp::logical_or:
    case BinaryOp::logical_and: return logical(node, l, r);
    case BinaryOp::add:
    case BinaryOp::subtract:
    case BinaryOp::multiply:
    case BinaryOp::divide:
    case BinaryOp::remainder: return arithmetic(node, l, r);
    default: return comparison(node, l, r);
  }
}

Type Checker::logical(const Binary& binary, Type left, Type right) {
  require(*binary.lhs, left, bit(Type::boolean), quoted(binary.op));
  require(*binary.rhs, right, bit(Type::boolean), quoted(binary.op));
  return Type::boolean;
}

Type Checker::arithmetic(const Binary& binary, Type left, Type right) {
  const TypeSet accepts = accepted_by(binary.op);
  const bool ok = may_be(left, accepts) && may_be(right, accepts);
  require(*binary.lhs, left, accepts, quoted(binary.op));
  require(*binary.rhs, right, accepts, quoted(binary.op));
  if (!ok || left == Type::dyn || right == Type::dyn) return Type::dyn;
  if (const auto result = arithmetic_result(binary.op, left, right)) return *result;
  std::optional<std::string> hint;
  if (may_be(left, kNumbers) && may_be(right, kNumbers)) {
    hint =
        "CEL never converts between int, uint and double: write 1000.0 rather than 1000, or convert with double(...)";
  }
  type_error(*binary.rhs,
             fmt::format("{} cannot combine {} with {}", quoted(binary.op), with_article(left), with_article(right)),
             std::move(hint));
  return Type::dyn;
}

Type Checker::comparison(const Binary& binary, Type left, Type type) {
  if (binary.op == BinaryOp::in) {
    std::optional<std::string> hint;
    if (type == Type::string) hint = "to test for a substring use x.contains(y)";
    if (!may_be(type, set_of(Type::list, Type::map))) {
      type_error(*binary.rhs, fmt::format("'in' needs a list or a map on its right, found {}", with_article(type)),
                 std::move(hint));
    }
    return Type::boolean;
  }
  const bool ordering = binary.op != BinaryOp::equal && binary.op != BinaryOp::not_equal;
  if (ordering) {
    require(*binary.lhs, left, kOrderable, quoted(binary.op));
    require(*binary.rhs, type, kOrderable, quoted(binary.op));
    if (!may_be(left, kOrderable) || !may_be(type, kOrderable)) return Type::boolean;
  }
  if (known(left) && known(type) && family(left) != family(type)) {
    std::optional<std::string> hint;
    if ((left == Type::string && may_be(type, kNumbers)) || (type == Type::string && may_be(left, kNumbers))) {
      hint = "convert one side first, with string(...) or double(...)";
    }
    type_error(*binary.rhs,
               fmt::format("{} cannot compare {} with {}", quoted(binary.op), with_article(left), with_article(type)),
               std::move(hint));
  }
  return Type::boolean;
}

Type Checker::conditional(const Conditional& node) {
  require(*node.cond, check(*node.cond), bit(Type::boolean), "the condition of '?:'");
  const Type t = check(*node.then);
  const Type o = check(*node.otherwise);
  return t == o ? t : Type::dyn;
}

}  // namespace telc::cel
