#pragma once
// The checker's walk over the tree (internal to lib/cel). One method per node kind; the
// operators live in check_ops.cpp, calls and macros in check_calls.cpp.
#include <optional>
#include <string>
#include <vector>

#include "cel/ast.hpp"
#include "cel/environment.hpp"
#include "cel/functions.hpp"
#include "diag/embedded_text.hpp"
#include "diag/sink.hpp"

namespace telc::cel {

class Checker {
 public:
  Checker(const Environment& env, const diag::EmbeddedText& where, diag::Sink& sink)
      : env_(env), where_(where), sink_(sink) {}

  [[nodiscard]] Type check(const Expr& expr);
  void expect(const Expr& root, Type type, Expectation expect);

 private:
  void error(std::string_view code, std::size_t begin, std::size_t end, std::string message,
             std::optional<std::string> hint = std::nullopt);
  void type_error(const Expr& at, std::string message, std::optional<std::string> hint = std::nullopt);

  [[nodiscard]] Type literal(const Literal& node);
  [[nodiscard]] Type ident(const Ident& id);
  [[nodiscard]] Type select(const Select& node);
  [[nodiscard]] Type index(const Index& ix);
  [[nodiscard]] Type list(const List& node);
  [[nodiscard]] Type map(const Map& node);
  [[nodiscard]] Type message(const Message& node);

  // check_ops.cpp
  [[nodiscard]] Type unary(const Unary& node);
  [[nodiscard]] Type binary(const Binary& node);
  [[nodiscard]] Type logical(const Binary& binary, Type left, Type right);
  [[nodiscard]] Type arithmetic(const Binary& binary, Type left, Type right);
  [[nodiscard]] Type comparison(const Binary& binary, Type left, Type right);
  [[nodiscard]] Type conditional(const Conditional& node);
  void require(const Expr& expr, Type type, TypeSet allowed, std::string_view what);

  // check_calls.cpp
  [[nodiscard]] Type call(const Call& node);
  [[nodiscard]] Type global_call(const Call& call, std::string_view name, std::vector<Type> args);
  [[nodiscard]] Type method_call(const Call& call, Type receiver);
  [[nodiscard]] Type apply(const Call& call, const Function& function, bool global_form, std::optional<Type> operand,
                           const Expr* operand_expr);
  void unknown_function(const Call& call, std::string_view name, bool receiver);
  [[nodiscard]] Type macro(const Macro& node);
  [[nodiscard]] Type comprehension(const Macro& node);

  [[nodiscard]] bool in_scope(std::string_view name) const;
  [[nodiscard]] std::vector<std::string> visible_names() const;
  [[nodiscard]] std::optional<std::string> did_you_mean(std::string_view name) const;

  const Environment& env_;
  const diag::EmbeddedText& where_;
  diag::Sink& sink_;
  std::vector<std::string> scope_;  // comprehension variables, innermost last
};

/// The dotted name an expression spells if it is only identifiers and selections ("math").
[[nodiscard]] std::optional<std::string> qualified_name(const Expr& expr);

}  // namespace telc::cel
