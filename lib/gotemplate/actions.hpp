#pragma once
// One action<Rule> per rule the checks depend on. Actions only hand positions and tokens to the
// State (state.hpp) and the literal checks (literals.hpp); they run when their rule has matched,
// never inside a lookahead.
#include <string_view>

#include <fmt/format.h>

#include "gotemplate/grammar.hpp"
#include "gotemplate/literals.hpp"
#include "gotemplate/state.hpp"
#include "gotemplate/syntax_error.hpp"

namespace telc::gotemplate::grammar {

/// The byte range a rule matched, `end` inclusive.
template <typename Input> [[nodiscard]] Span span_of(const Input& in, const State& state) {
  return {state.offset(in.begin()), state.offset(in.end()) - 1};
}

template <typename Rule> struct action : pegtl::nothing<Rule> {};

// Positions for the errors of unclosed actions and unterminated tokens.
template <> struct action<open> {
  template <typename Input> static void apply(const Input& in, State& state) {
    state.action_start = state.offset(in.begin());
  }
};
template <> struct action<token_start> {
  template <typename Input> static void apply(const Input& in, State& state) {
    state.token_start = state.offset(in.begin());
    state.complex_number = false;
  }
};
template <> struct action<complex_part> {
  static void apply0(State& state) { state.complex_number = true; }
};

// Text, and whether a {{define}} or {{block}} body has content (Go's IsEmptyTree).
template <> struct action<text> {
  template <typename Input> static void apply(const Input& in, State& state) { state.note_text(in.string_view()); }
};
template <> struct action<action_body> {
  static void apply0(State& state) { state.mark_used(); }
};

// Pipelines: each command's first operand, and the variables declared.
template <typename Ctx> struct action<pipeline_start<Ctx>> {
  static void apply0(State& state) { state.begin_pipeline(); }
};
template <typename Ctx> struct action<pipeline_end<Ctx>> {
  static void apply0(State& state) { state.end_pipeline(); }
};
template <> struct action<command_start> {
  static void apply0(State& state) { state.begin_command(); }
};
template <> struct action<declared> {
  template <typename Input> static void apply(const Input& in, State& state) {
    state.declare(in.string(), span_of(in, state));
  }
};
template <> struct action<declare_op> {
  static void apply0(State& state) { state.set_assignment(false); }
};
template <> struct action<assign_op> {
  static void apply0(State& state) { state.set_assignment(true); }
};

// Terms. Constants (and the cursor) cannot take a piped value; names are checked.
template <bool Executable> struct operand_action {
  template <typename Input> static void apply(const Input& in, State& state) {
    state.note_operand(Executable, span_of(in, state));
  }
};
template <> struct action<nil_term> : operand_action<false> {};
template <> struct action<bool_term> : operand_action<false> {};
template <> struct action<dot_term> : operand_action<false> {};
template <> struct action<raw_term> : operand_action<false> {};
template <> struct action<field_term> : operand_action<true> {};
template <> struct action<paren_term> : operand_action<true> {};
template <> struct action<string_term> {
  template <typename Input> static void apply(const Input& in, State& state) {
    check_quoted(in.string_view(), state.offset(in.begin()));
    state.note_operand(false, span_of(in, state));
  }
};
template <> struct action<char_term> {
  template <typename Input> static void apply(const Input& in, State& state) {
    check_character(in.string_view(), state.offset(in.begin()));
    state.note_operand(false, span_of(in, state));
  }
};
template <> struct action<number_term> {
  template <typename Input> static void apply(const Input& in, State& state) {
    check_number(in.string_view(), state.offset(in.begin()), state.complex_number);
    state.note_operand(false, span_of(in, state));
  }
};
template <> struct action<variable_term> {
  template <typename Input> static void apply(const Input& in, State& state) {
    state.use_variable(in.string_view(), span_of(in, state));
    state.note_operand(true, span_of(in, state));
  }
};
template <> struct action<function_term> {
  template <typename Input> static void apply(const Input& in, State& state) {
    state.use_function(in.string_view(), span_of(in, state));
    state.note_operand(true, span_of(in, state));
  }
};

// Control structures: scopes and {{break}}/{{continue}}.
template <BlockKind Kind> struct open_action {
  template <typename Input> static void apply(const Input& in, State& state) {
    state.open_block(Kind, span_of(in, state));
  }
};
template <> struct action<if_keyword> : open_action<BlockKind::if_block> {};
template <> struct action<with_keyword> : open_action<BlockKind::with_block> {};
template <> struct action<range_keyword> : open_action<BlockKind::range_block> {};
template <> struct action<block_keyword> : open_action<BlockKind::block_block> {};
template <> struct action<define_keyword> : open_action<BlockKind::define_block> {};
struct close_action {
  static void apply0(State& state) { state.close_block(); }
};
template <> struct action<if_action> : close_action {};
template <> struct action<with_action> : close_action {};
template <> struct action<range_action> : close_action {};
template <> struct action<range_enter> {
  static void apply0(State& state) { state.enter_range(); }
};
template <> struct action<range_leave> {
  static void apply0(State& state) { state.leave_range(); }
};
struct loop_action {
  template <typename Input> static void apply(const Input& in, State& state) {
    if (state.in_range()) return;
    const std::string_view word = in.string_view().substr(0, in.string_view().find_first_of(" \t\r\n}"));
    const Span span = span_of(in, state);
    throw SyntaxError(span.begin, span.begin + word.size() - 1, fmt::format("{{{{{}}}}} outside {{{{range}}}}", word),
                      "only a {{range}} body (not its {{else}}, nor a {{define}} or {{block}} inside it) can "
                      "break or continue");
  }
};
template <> struct action<break_action> : loop_action {};
template <> struct action<continue_action> : loop_action {};

// Templates: definitions, calls, and the bodies that are templates of their own.
template <> struct action<defined_name> {
  template <typename Input> static void apply(const Input& in, State& state) {
    if (in.string_view()[0] == '"') check_quoted(in.string_view(), state.offset(in.begin()));
    state.name_template(unquote(in.string_view()), span_of(in, state));
  }
};
template <> struct action<called_name> {
  template <typename Input> static void apply(const Input& in, State& state) {
    if (in.string_view()[0] == '"') check_quoted(in.string_view(), state.offset(in.begin()));
    state.call_template(unquote(in.string_view()), span_of(in, state));
  }
};
template <> struct action<frame_enter> {
  static void apply0(State& state) { state.enter_frame(); }
};
struct definition_action {
  static void apply0(State& state) { state.finish_definition(); }
};
template <> struct action<block_action> : definition_action {};
template <> struct action<define_action> : definition_action {};

}  // namespace telc::gotemplate::grammar
