#pragma once
// User-facing messages for every must<> commit point of grammar.hpp. {found} is replaced by what
// stands at the error position ('x', '{{else}}' or "the end of the template"), {context} by the
// pipeline's context; how the position is chosen depends on the commit point's kind.
#include "gotemplate/grammar.hpp"

namespace telc::gotemplate::grammar {

/// Specialised below; control.hpp refuses to compile a must<> without one.
template <typename Rule> inline constexpr const char* error_message = nullptr;

// clang-format off
template <> inline constexpr auto error_message<word_end> = "bad character {found}: a name ends at a space, '.', ',', '|', ':', '(', ')' or '}}'";
template <> inline constexpr auto error_message<number_end> = "bad number syntax: {found}";
template <> inline constexpr auto error_message<imaginary_part> = "bad number syntax: {found}";
template <> inline constexpr auto error_message<quote_close> = "unterminated quoted string";
template <> inline constexpr auto error_message<raw_close> = "unterminated raw string: no closing '`'";
template <> inline constexpr auto error_message<char_close> = "unterminated character constant";
template <> inline constexpr auto error_message<not_chained> = "a literal has no fields: unexpected {found}";
template <> inline constexpr auto error_message<command_end> = "unexpected {found} after an operand";
template <> inline constexpr auto error_message<two_at_most> = "range declares at most two variables";
template <> inline constexpr auto error_message<range_second> = "range can only declare variables: expected a variable after ',', found {found}";
template <> inline constexpr auto error_message<one_declaration> = "too many declarations: only {{range}} declares two variables";
template <typename Ctx> inline constexpr auto error_message<has_value<Ctx>> = "missing value for {context}";
template <typename Ctx> inline constexpr auto error_message<pipeline_end<Ctx>> = "unexpected {found} in {context}";
template <> inline constexpr auto error_message<pipeline_end<paren_ctx>> = "unclosed '(': expected ')', found {found}";
template <> inline constexpr auto error_message<comment_body> = "unclosed comment: no '*/' ends it";
template <> inline constexpr auto error_message<comment_close> = "expected '}}' right after the comment's '*/', found {found}";
template <> inline constexpr auto error_message<end_close> = "expected '}}' after end, found {found}";
template <> inline constexpr auto error_message<else_close> = "expected '}}' after else, found {found}";
template <> inline constexpr auto error_message<final_end> = "expected {{end}} after the {{else}} branch, found {found}";
template <> inline constexpr auto error_message<if_end> = "expected {{else}} or {{end}}, found {found}";
template <> inline constexpr auto error_message<with_end> = "expected {{else}} or {{end}}, found {found}";
template <> inline constexpr auto error_message<range_end> = "expected {{else}} or {{end}}, found {found}";
template <> inline constexpr auto error_message<loop_close> = "expected '}}' after the keyword, found {found}";
template <> inline constexpr auto error_message<called_name> = "expected the template's name as a string, found {found}";
template <> inline constexpr auto error_message<defined_name> = "expected the template's name as a string, found {found}";
template <> inline constexpr auto error_message<block_end> = "expected {{end}} for the {{block}}, found {found}";
template <> inline constexpr auto error_message<define_close> = "expected '}}' after the template's name, found {found}";
template <> inline constexpr auto error_message<define_end> = "expected {{end}} for the {{define}}, found {found}";
template <> inline constexpr auto error_message<define_nested> = "{{define}} is allowed only at the top level of a template";
template <> inline constexpr auto error_message<stray_end> = "unexpected {{end}}: no {{if}}, {{range}}, {{with}}, {{block}} or {{define}} is open";
template <> inline constexpr auto error_message<stray_else> = "unexpected {{else}} outside {{if}}, {{range}} and {{with}}";
// clang-format on

/// What {context} names in a pipeline's messages.
template <typename Ctx> inline constexpr const char* context_name = "";
template <> inline constexpr auto context_name<command_ctx> = "the action";
template <> inline constexpr auto context_name<if_ctx> = "{{if}}";
template <> inline constexpr auto context_name<range_ctx> = "{{range}}";
template <> inline constexpr auto context_name<with_ctx> = "{{with}}";
template <> inline constexpr auto context_name<template_ctx> = "{{template}}";
template <> inline constexpr auto context_name<block_ctx> = "{{block}}";
template <> inline constexpr auto context_name<paren_ctx> = "the parenthesized pipeline";

template <typename Rule> inline constexpr const char* context_of = "";
template <typename Ctx> inline constexpr const char* context_of<has_value<Ctx>> = context_name<Ctx>;
template <typename Ctx> inline constexpr const char* context_of<pipeline_end<Ctx>> = context_name<Ctx>;

/// How a commit point chooses its position (control.hpp, lexis.cpp).
enum class Commit : unsigned char {
  in_action,  // at the token found; at the end of the text, "unclosed action" at its '{{'
  literal,    // an unterminated string: from its opening quote to where it stopped
  number,     // from the number's first character to the one that breaks it
  block_end,  // at the end of the text, "missing {{end}}" at the keyword that opened the block
  comment,    // at the comment's '{{'
  plain,      // at the token found, even at the end of the text
};
template <typename Rule> inline constexpr Commit commit_kind = Commit::in_action;
template <> inline constexpr Commit commit_kind<quote_close> = Commit::literal;
template <> inline constexpr Commit commit_kind<raw_close> = Commit::literal;
template <> inline constexpr Commit commit_kind<char_close> = Commit::literal;
template <> inline constexpr Commit commit_kind<number_end> = Commit::number;
template <> inline constexpr Commit commit_kind<imaginary_part> = Commit::number;
template <> inline constexpr Commit commit_kind<comment_body> = Commit::comment;
template <> inline constexpr Commit commit_kind<comment_close> = Commit::plain;
template <> inline constexpr Commit commit_kind<if_end> = Commit::block_end;
template <> inline constexpr Commit commit_kind<with_end> = Commit::block_end;
template <> inline constexpr Commit commit_kind<range_end> = Commit::block_end;
template <> inline constexpr Commit commit_kind<final_end> = Commit::block_end;
template <> inline constexpr Commit commit_kind<block_end> = Commit::block_end;
template <> inline constexpr Commit commit_kind<define_end> = Commit::block_end;

}  // namespace telc::gotemplate::grammar
