#pragma once
// commit<R>: PEGTL's must<R> without exceptions. When R fails, the first failure is recorded in
// the Builder (message from errors.hpp) and commit fails; every later action is skipped, so
// the parse just runs to its end. Most rejected queries take this path, and a C++ throw per
// query would cost more than the whole parse.
#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze_traits.hpp>

namespace telc::metricsql::grammar {

namespace pegtl = tao::pegtl;

/// The message reported when a committed rule fails; specialised in errors.hpp.
template <typename Rule> inline constexpr const char* error_message = nullptr;

template <typename Rule> struct commit {
  using rule_t = commit;
  using subs_t = pegtl::type_list<Rule>;

  template <pegtl::apply_mode A, pegtl::rewind_mode M, template <typename...> class Action,
            template <typename...> class Control, typename ParseInput, typename State>
  [[nodiscard]] static bool match(ParseInput& in, State& state) {
    static_assert(error_message<Rule> != nullptr, "every commit point needs an error_message");
    if (Control<Rule>::template match<A, pegtl::rewind_mode::required, Action, Control>(in, state)) {
      return true;
    }
    state.fail_at(in.current(), error_message<Rule>);
    return false;
  }
};

/// Once an error is recorded every rule fails at once, so the parse unwinds in linear time
/// instead of trying the remaining alternatives (which can be exponential).
template <typename Rule> struct fail_fast_control : pegtl::normal<Rule> {
  template <pegtl::apply_mode A, pegtl::rewind_mode M, template <typename...> class Action,
            template <typename...> class Control, typename ParseInput, typename State>
  [[nodiscard]] static bool match(ParseInput& in, State& state) {
    return !state.failed() && pegtl::normal<Rule>::template match<A, M, Action, Control>(in, state);
  }
};

}  // namespace telc::metricsql::grammar

namespace tao::pegtl {

template <typename Name, typename Rule>
struct analyze_traits<Name, telc::metricsql::grammar::commit<Rule>> : analyze_seq_traits<Rule> {};

}  // namespace tao::pegtl
