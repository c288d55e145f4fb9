#pragma once
// The PEGTL control: must<> failures become a SyntaxError with the rule's message from errors.hpp,
// and the rules that nest (control structures, parentheses) count how deep the parse is, so that
// hostile input ("((((...", "{{if 1}}{{if 1}}...") gets an error instead of a stack overflow.
#include <type_traits>

#include <tao/pegtl.hpp>

#include "gotemplate/check.hpp"
#include "gotemplate/errors.hpp"
#include "gotemplate/state.hpp"
#include "gotemplate/syntax_error.hpp"

namespace telc::gotemplate::grammar {

/// The error for a failed commit point at `offset`: `message` may name the token found as
/// {found} and the pipeline's context as {context}; `kind` chooses the position (errors.hpp).
[[nodiscard]] SyntaxError commit_error(const State& state, std::size_t offset, const char* message, const char* context,
                                       Commit kind);

/// The rules entered once per level, after the '(' or the keyword that opens it: a body list
/// (control structures, {{define}}, {{block}}) and a parenthesized pipeline.
template <typename Rule> inline constexpr bool kNests = false;
template <> inline constexpr bool kNests<list> = true;
template <> inline constexpr bool kNests<pipeline<paren_ctx>> = true;

/// Where a level too many is reported: its '(' or the keyword of its block.
template <typename Rule> [[nodiscard]] Span nesting_span(const State& state, const char* current) {
  const std::size_t offset = state.offset(current);
  if constexpr (std::is_same_v<Rule, pipeline<paren_ctx>>) {
    return {offset - 1, offset - 1};
  } else {
    const OpenBlock* block = state.innermost_block();
    return block != nullptr ? block->keyword : Span{offset, offset};
  }
}

/// Counts entries into nesting rules for as long as it lives.
class NestingGuard {
 public:
  NestingGuard(State& state, Span level) : state_(state) {
    if (++state_.depth > kMaxNesting) {
      throw SyntaxError(level.begin, level.end, "the template nests too deeply (more than 100 levels)",
                        "control structures and parentheses may nest at most 100 levels deep");
    }
  }
  NestingGuard(const NestingGuard&) = delete;
  NestingGuard& operator=(const NestingGuard&) = delete;
  ~NestingGuard() { --state_.depth; }

 private:
  State& state_;
};

template <typename Rule> struct control : pegtl::normal<Rule> {
  template <typename ParseInput> [[noreturn]] static void raise(const ParseInput& in, State& state) {
    static_assert(error_message<Rule> != nullptr, "every must<> commit point needs an error_message");
    throw commit_error(state, state.offset(in.current()), error_message<Rule>, context_of<Rule>, commit_kind<Rule>);
  }

  template <pegtl::apply_mode A, pegtl::rewind_mode M, template <typename...> class Action,
            template <typename...> class Control, typename ParseInput>
  [[nodiscard]] static bool match(ParseInput& in, State& state) {
    if constexpr (kNests<Rule>) {
      const NestingGuard guard(state, nesting_span<Rule>(state, in.current()));
      return pegtl::normal<Rule>::template match<A, M, Action, Control>(in, state);
    } else {
      return pegtl::normal<Rule>::template match<A, M, Action, Control>(in, state);
    }
  }
};

}  // namespace telc::gotemplate::grammar
