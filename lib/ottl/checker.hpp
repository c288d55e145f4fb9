#pragma once
// The walk over one parsed statement or condition in a known context: functions (with their
// arguments, args.cpp), paths and enums. Reports into the sink at the offending node and never
// reports what could still succeed at run time.
#include <optional>
#include <string>
#include <string_view>

#include "diag/embedded_text.hpp"
#include "diag/sink.hpp"
#include "ottl/ast.hpp"
#include "ottl/check.hpp"
#include "ottl/tables.hpp"

namespace telc::ottl {

/// How paths are read in the group: an explicit context takes unprefixed paths.
struct Scope {
  Context context = Context::resource;
  bool explicit_context = false;
  bool prefixes_allowed = true;  // a prefix naming the group's own context
};

class Checker {
 public:
  Checker(const Options& options, Scope scope, const Text& text, diag::Sink& sink)
      : opt_(options), scope_(scope), text_(text), sink_(sink) {}

  void statement(const Tree& tree);
  void condition(const Tree& tree);
  [[nodiscard]] bool ok() const { return ok_; }

  // Used by args.cpp.
  void report(std::string_view code, std::size_t begin, std::size_t end, std::string message,
              std::optional<std::string> hint);
  void value(const Node& node);
  void enum_symbol(const Node& node);
  void converter_reference(const Node& node);
  [[nodiscard]] const Options& options() const { return opt_; }
  [[nodiscard]] Context context() const { return scope_.context; }

 private:
  void call(const Node& node, bool as_statement);
  [[nodiscard]] bool available(const Function& f, const Node& node);
  void path(const Node& node);
  void path_in(const Node& node, Context target, std::size_t first);
  void check_keys(const Node& node);

  const Options& opt_;
  Scope scope_;
  const Text& text_;
  diag::Sink& sink_;
  bool ok_ = true;
};

/// Checks a call's arguments against its parameters (arity, names, literal kinds).
void check_arguments(Checker& checker, const Node& call, const Function& function);

/// Whether `f` exists for the processor in `context` (ignoring version).
[[nodiscard]] bool offered(const Function& f, Processor processor, Context context);

/// "did you mean 'x'?" among `candidates`, or nullopt.
[[nodiscard]] std::optional<std::string> suggest(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace telc::ottl
