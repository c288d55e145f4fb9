#pragma once
// The PEGTL control: must<> failures become SyntaxError with the rule's message from errors.hpp,
// and the recursive rules count how deep the parse is, so that a hostile input ("((((...",
// "[[[[...") gets an error instead of a stack overflow.
#include <tao/pegtl.hpp>

#include "ottl/builder.hpp"
#include "ottl/errors.hpp"
#include "ottl/syntax_error.hpp"

namespace telc::ottl::grammar {

template <typename Rule> inline constexpr bool kNests = false;
template <> inline constexpr bool kNests<expr> = true;
template <> inline constexpr bool kNests<primary> = true;

/// Counts entries into guarded rules for as long as it lives.
class NestingGuard {
 public:
  NestingGuard(Builder& builder, const char* at) : b_(builder) {
    if (++b_.depth > kMaxNesting) {
      const std::size_t offset = skip_space(builder.text(), builder.offset(at));
      throw SyntaxError(offset, offset, "expression nests too deeply (more than 128 levels)");
    }
  }
  NestingGuard(const NestingGuard&) = delete;
  NestingGuard& operator=(const NestingGuard&) = delete;
  ~NestingGuard() { --b_.depth; }

 private:
  Builder& b_;
};

template <typename Rule> struct control : pegtl::normal<Rule> {
  template <typename ParseInput> [[noreturn]] static void raise(const ParseInput& in, Builder& builder) {
    static_assert(error_message<Rule> != nullptr, "every must<> commit point needs an error_message");
    throw commit_error(builder.text(), builder.offset(in.current()), error_message<Rule>, kInsideToken<Rule>);
  }

  template <pegtl::apply_mode A, pegtl::rewind_mode M, template <typename...> class Action,
            template <typename...> class Control, typename ParseInput>
  [[nodiscard]] static bool match(ParseInput& in, Builder& builder) {
    if constexpr (kNests<Rule>) {
      const NestingGuard guard(builder, in.current());
      return pegtl::normal<Rule>::template match<A, M, Action, Control>(in, builder);
    } else {
      return pegtl::normal<Rule>::template match<A, M, Action, Control>(in, builder);
    }
  }
};

}  // namespace telc::ottl::grammar
