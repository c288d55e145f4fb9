// The canonical printer: one space around binary operators and after commas, strings in double
// quotes, and parentheses only where the precedence of langdef.md requires them.
#include <fmt/format.h>

#include <cctype>
#include <cmath>

#include "cel/ast.hpp"
#include "cel/quote.hpp"

namespace telc::cel {
namespace {

// Precedence, loosest first, as in langdef.md's table (8 = ?:, ..., 1 = member access).
enum Level : int { kConditional = 1, kOr, kAnd, kRelation, kAddition, kMultiplication, kUnary, kMember };

int level_of(BinaryOp op) {
  switch (op) {
    case BinaryOp::logical_or: return kOr;
    case BinaryOp::logical_and: return kAnd;
    case BinaryOp::add:
    case BinaryOp::subtract: return kAddition;
    case BinaryOp::multiply:
    case BinaryOp::divide:
    case BinaryOp::remainder: return kMultiplication;
    default: return kRelation;
  }
}

bool is_negative_number(const Literal& literal) {
  if (const auto* i = std::get_if<std::int64_t>(&literal.value)) return *i < 0;
  if (const auto* d = std::get_if<double>(&literal.value)) return std::signbit(*d);
  return false;
}

int level_of(const Expr& expr) {
  switch (expr.kind) {
    case ExprKind::conditional: return kConditional;
    case ExprKind::binary: return level_of(as<Binary>(expr).op);
    case ExprKind::unary: return kUnary;
    case ExprKind::literal: return is_negative_number(as<Literal>(expr)) ? kUnary : kMember;
    default: return kMember;
  }
}

void print(std::string& out, const Expr& expr);

/// Prints `e`, parenthesised when it binds looser than `at_least`.
void print_at(std::string& out, const Expr& expr, int at_least) {
  const bool parens = level_of(expr) < at_least;
  if (parens) out += '(';
  print(out, expr);
  if (parens) out += ')';
}

void print_list(std::string& out, const std::vector<ExprPtr>& items) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ", ";
    print(out, *items[i]);
  }
}

void print_double(std::string& out, double value) {
  std::string s = fmt::format("{}", value);
  if (s.find_first_of(".e") == std::string::npos) s += ".0";
  out += s;
}

void print_literal(std::string& out, const Literal& literal) {
  switch (literal.type) {
    case LiteralKind::null: out += "null"; break;
    case LiteralKind::boolean: out += std::get<bool>(literal.value) ? "true" : "false"; break;
    case LiteralKind::int64: out += fmt::format("{}", std::get<std::int64_t>(literal.value)); break;
    case LiteralKind::uint64: out += fmt::format("{}u", std::get<std::uint64_t>(literal.value)); break;
    case LiteralKind::dbl: print_double(out, std::get<double>(literal.value)); break;
    case LiteralKind::string: append_quoted(out, std::get<std::string>(literal.value)); break;
    case LiteralKind::bytes: append_quoted_bytes(out, std::get<std::string>(literal.value)); break;
  }
}

void print_binary(std::string& out, const Binary& binary) {
  const int level = level_of(binary.op);
  print_at(out, *binary.lhs, level);
  out += fmt::format(" {} ", to_string(binary.op));
  print_at(out, *binary.rhs, level + 1);
}

/// `-` glued to a member chain that starts with a number would read back as a negative literal
/// (-(1.5).f() is not (-1.5).f()), so such an operand keeps its parentheses; so does -(0).
void print_unary(std::string& out, const Unary& unary) {
  std::string operand;
  print_at(operand, *unary.operand, kUnary);
  const auto* lit = if_as<Literal>(*unary.operand);
  // -0 reads back as the literal 0, which has no sign to print.
  const bool zero = lit != nullptr && lit->type == LiteralKind::int64 && std::get<std::int64_t>(lit->value) == 0;
  const bool glued = unary.op == UnaryOp::negate && (lit == nullptr || zero) &&
                     (std::isdigit(static_cast<unsigned char>(operand.front())) != 0 || operand.front() == '.');
  out += unary.op == UnaryOp::logical_not ? '!' : '-';
  out += glued ? "(" + operand + ")" : operand;
}

void print_call(std::string& out, const Call& call) {
  if (call.target) {
    print_at(out, *call.target, kMember);
    out += '.';
  } else if (call.absolute) {
    out += '.';
  }
  out += call.function;
  out += '(';
  print_list(out, call.args);
  out += ')';
}

void print_macro(std::string& out, const Macro& macro) {
  if (macro.macro == MacroKind::has) {
    out += "has(";
    print(out, *macro.target);
    out += ')';
    return;
  }
  print_at(out, *macro.target, kMember);
  out += fmt::format(".{}({}", to_string(macro.macro), macro.var);
  for (const ExprPtr& b : macro.body) {
    out += ", ";
    print(out, *b);
  }
  out += ')';
}

void print_map(std::string& out, const Map& map) {
  out += '{';
  for (std::size_t i = 0; i < map.entries.size(); ++i) {
    if (i > 0) out += ", ";
    print(out, *map.entries[i].key);
    out += ": ";
    print(out, *map.entries[i].value);
  }
  out += '}';
}

void print_message(std::string& out, const Message& message) {
  out += message.type_name;
  out += '{';
  for (std::size_t i = 0; i < message.fields.size(); ++i) {
    if (i > 0) out += ", ";
    out += message.fields[i].name;
    out += ": ";
    print(out, *message.fields[i].value);
  }
  out += '}';
}

void print(std::string& out, const Expr& expr) {
  switch (expr.kind) {
    case ExprKind::literal: print_literal(out, as<Literal>(expr)); break;
    case ExprKind::ident: out += (as<Ident>(expr).absolute ? "." : "") + as<Ident>(expr).name; break;
    case ExprKind::select:
      print_at(out, *as<Select>(expr).operand, kMember);
      out += '.' + as<Select>(expr).field;
      break;
    case ExprKind::index:
      print_at(out, *as<Index>(expr).operand, kMember);
      out += '[';
      print(out, *as<Index>(expr).index);
      out += ']';
      break;
    case ExprKind::call: print_call(out, as<Call>(expr)); break;
    case ExprKind::unary: print_unary(out, as<Unary>(expr)); break;
    case ExprKind::binary: print_binary(out, as<Binary>(expr)); break;
    case ExprKind::conditional: {
      const auto& c = as<Conditional>(expr);
      print_at(out, *c.cond, kOr);
      out += " ? ";
      print_at(out, *c.then, kOr);
      out += " : ";
      print(out, *c.otherwise);
      break;
    }
    case ExprKind::list:
      out += '[';
      print_list(out, as<List>(expr).elements);
      out += ']';
      break;
    case ExprKind::map: print_map(out, as<Map>(expr)); break;
    case ExprKind::message: print_message(out, as<Message>(expr)); break;
    case ExprKind::macro: print_macro(out, as<Macro>(expr)); break;
  }
}

}  // namespace

void append_quoted(std::string& out, std::string_view text) {
  out += '"';
  for (const char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
          out += fmt::format("\\x{:02x}", static_cast<unsigned char>(c));
        } else {
          out += c;  // UTF-8 passes through: a string literal holds valid UTF-8
        }
    }
  }
  out += '"';
}

void append_quoted_bytes(std::string& out, std::string_view text) {
  out += "b\"";
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (u >= 0x20 && u < 0x7f) {
      out += c;
    } else {
      out += fmt::format("\\x{:02x}", u);
    }
  }
  out += '"';
}

std::string_view to_string(BinaryOp op) {
  static constexpr std::string_view kText[] = {
      "||", "&&", "<", "<=", ">", ">=", "==", "!=", "in", "+", "-", "*", "/", "%"};
  return kText[static_cast<std::size_t>(op)];
}

std::string_view to_string(MacroKind kind) {
  static constexpr std::string_view kText[] = {"has", "all", "exists", "exists_one", "map", "filter", "sortBy"};
  return kText[static_cast<std::size_t>(kind)];
}

std::string to_string(const Expr& expr) {
  std::string out;
  print(out, expr);
  return out;
}

}  // namespace telc::cel
