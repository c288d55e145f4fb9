#pragma once
// Go's text/template syntax (src/text/template/parse: lex.go and parse.go, Go 1.22, with the
// {{else with}} of Go 1.23 that Prometheus 3 is built with), rules only:
// actions.hpp checks names and scopes, errors.hpp holds one message per must<> commit point.
// Spaces inside an action are skipped *before* tokens (sp) and are significant in two places,
// as in Go's lexer: they separate the operands of a command, and " -}}" is a right delimiter.
//
// The grammar never backtracks over a rule that has an action: every alternative decides on its
// first token (lookaheads run without actions) and then commits with must<>.
#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze_traits.hpp>

#include "diag/unicode.hpp"
#include "diag/utf8.hpp"

namespace telc::gotemplate::grammar {

namespace pegtl = tao::pegtl;

using pegtl::any;
using pegtl::at;
using pegtl::eof;
using pegtl::failure;
using pegtl::must;
using pegtl::not_at;
using pegtl::not_one;
using pegtl::one;
using pegtl::opt;
using pegtl::plus;
using pegtl::range;
using pegtl::seq;
using pegtl::sor;
using pegtl::star;
using pegtl::string;
using pegtl::success;
using pegtl::until;
using pegtl::xdigit;

/// Go's isAlphaNumeric: '_', a Unicode letter or a Unicode decimal digit (one UTF-8 character).
struct alnum {
  using rule_t = alnum;
  using subs_t = pegtl::empty_list;

  template <pegtl::apply_mode, pegtl::rewind_mode, template <typename...> class, template <typename...> class,
            typename ParseInput, typename... States>
  [[nodiscard]] static bool match(ParseInput& in, States&&... /*unused*/) {
    if (in.empty()) return false;
    const auto byte = static_cast<unsigned char>(in.peek_char());
    if (byte < 0x80) {
      const bool word = byte == '_' || (byte >= '0' && byte <= '9') || ((byte | 0x20) >= 'a' && (byte | 0x20) <= 'z');
      if (word) in.bump(1);
      return word;
    }
    const diag::Decoded decoded = diag::decode({in.current(), in.size(4)});
    if (!decoded.valid || !(diag::is_letter(decoded.code_point) || diag::is_digit(decoded.code_point))) return false;
    in.bump(decoded.length);
    return true;
  }
};

// clang-format off

// Delimiters. "{{- " trims the text before the action and " -}}" the text after it; the marker
// needs one space character (" \t\r\n") beside it, so "{{-3}}" is the number -3.
struct space : one<' ', '\t', '\r', '\n'> {};
struct left_delim : string<'{', '{'> {};
struct right_delim : string<'}', '}'> {};
struct trimmed_right_delim : seq<space, one<'-'>, right_delim> {};
struct close : sor<trimmed_right_delim, right_delim> {};
struct open : seq<left_delim, opt<one<'-'>, space>> {};
struct ws : plus<not_at<trimmed_right_delim>, space> {};
struct sp : opt<ws> {};

// A name (identifier, field, variable) must be followed by one of these, or Go's lexer stops
// with "bad character".
struct terminator : sor<space, eof, one<'.', ',', '|', ':', ')', '('>, right_delim> {};
struct word_end : at<terminator> {};
template <char... Cs> struct word : seq<string<Cs...>, not_at<alnum>> {};
template <char... Cs> struct keyword : seq<word<Cs...>, must<word_end>> {};
struct end_word : word<'e', 'n', 'd'> {};
struct else_word : word<'e', 'l', 's', 'e'> {};
struct any_keyword : sor<word<'b', 'l', 'o', 'c', 'k'>, word<'b', 'r', 'e', 'a', 'k'>, word<'c', 'o', 'n', 't', 'i', 'n', 'u', 'e'>, word<'d', 'e', 'f', 'i', 'n', 'e'>, else_word, end_word, word<'i', 'f'>, word<'n', 'i', 'l'>, word<'r', 'a', 'n', 'g', 'e'>, word<'t', 'e', 'm', 'p', 'l', 'a', 't', 'e'>, word<'w', 'i', 't', 'h'>, word<'t', 'r', 'u', 'e'>, word<'f', 'a', 'l', 's', 'e'>> {};

// Records where a token starts, for the errors of an unterminated one (actions.hpp).
struct token_start : success {};

// Numbers, scanned as Go's lexer does (greedily; literals.hpp then applies strconv's rules).
struct digit : range<'0', '9'> {};
struct sign : one<'+', '-'> {};
struct dec_digits : star<sor<digit, one<'_'>>> {};
struct hex_digits : star<sor<xdigit, one<'_'>>> {};
struct oct_digits : star<sor<range<'0', '7'>, one<'_'>>> {};
struct bin_digits : star<one<'0', '1', '_'>> {};
struct exponent_digits : seq<opt<sign>, dec_digits> {};
struct hex_body : seq<one<'0'>, one<'x', 'X'>, hex_digits, opt<one<'.'>, hex_digits>, opt<one<'p', 'P'>, exponent_digits>> {};
struct oct_body : seq<one<'0'>, one<'o', 'O'>, oct_digits, opt<one<'.'>, oct_digits>> {};
struct bin_body : seq<one<'0'>, one<'b', 'B'>, bin_digits, opt<one<'.'>, bin_digits>> {};
struct dec_mantissa : sor<seq<plus<sor<digit, one<'_'>>>, opt<one<'.'>, dec_digits>>, seq<one<'.'>, dec_digits>> {};
struct dec_body : seq<dec_mantissa, opt<one<'e', 'E'>, exponent_digits>> {};
struct unsigned_body : sor<hex_body, oct_body, bin_body, dec_body> {};
struct number_body : sor<seq<sign, opt<unsigned_body>>, unsigned_body> {};
struct number_end : not_at<alnum> {};
struct imaginary_part : seq<number_body, one<'i'>, number_end> {};
struct complex_part : seq<at<sign>, must<imaginary_part>> {};
struct number_first : sor<sign, digit, seq<one<'.'>, digit>> {};
struct number : seq<at<number_first>, token_start, number_body, opt<one<'i'>>, must<number_end>, opt<complex_part>> {};

// Strings: escapes are only delimited here; literals.hpp judges them as strconv.Unquote does.
struct escape : seq<one<'\\'>, not_one<'\n'>> {};
struct quote_close : one<'"'> {};
struct quoted : seq<at<one<'"'>>, token_start, one<'"'>, star<sor<escape, not_one<'"', '\\', '\n'>>>, must<quote_close>> {};
struct raw_close : one<'`'> {};
struct raw : seq<at<one<'`'>>, token_start, one<'`'>, star<not_one<'`'>>, must<raw_close>> {};
struct char_close : one<'\''> {};
struct character : seq<at<one<'\''>>, token_start, one<'\''>, star<sor<escape, not_one<'\'', '\\', '\n'>>>, must<char_close>> {};

// Names. A '.' before a digit starts a number; a lone '.' is the cursor.
struct variable_token : seq<one<'$'>, star<alnum>, must<word_end>> {};
struct field_shape : seq<one<'.'>, not_at<digit>, alnum> {};
struct field_token : seq<one<'.'>, not_at<digit>, plus<alnum>, must<word_end>> {};
struct dot_token : seq<one<'.'>, not_at<digit>, must<word_end>> {};
struct identifier_token : seq<not_at<any_keyword>, not_at<digit>, plus<alnum>, must<word_end>> {};

// Terms and operands. A literal (and the cursor) has no fields.
struct pipe : one<'|'> {};
struct paren_open : one<'('> {};
struct paren_close : one<')'> {};
struct not_chained : not_at<field_shape> {};
template <typename Token> struct literal : seq<Token, must<not_chained>> {};
struct string_term : literal<quoted> {};
struct raw_term : literal<raw> {};
struct char_term : literal<character> {};
struct number_term : literal<number> {};
struct nil_term : literal<keyword<'n', 'i', 'l'>> {};
struct bool_term : literal<sor<keyword<'t', 'r', 'u', 'e'>, keyword<'f', 'a', 'l', 's', 'e'>>> {};
struct dot_term : literal<dot_token> {};
struct variable_term : seq<variable_token> {};
struct field_term : seq<field_token> {};
struct function_term : seq<identifier_token> {};
struct field_suffix : seq<field_token> {};

// Pipelines: declarations, then commands joined by '|' up to the context's closing token. A
// command's operands are separated by spaces and end at '|', '}}' or ')'. Go accepts a '|'
// right before the end ("{{. |}}").
struct command_ctx {};
struct if_ctx {};
struct range_ctx {};
struct with_ctx {};
struct template_ctx {};
struct block_ctx {};
struct paren_ctx {};
template <typename Ctx> struct end_of : close {};
template <> struct end_of<paren_ctx> : paren_close {};

template <typename Ctx> struct pipeline;
struct paren_term : seq<paren_open, pipeline<paren_ctx>> {};
struct term : sor<paren_term, string_term, raw_term, char_term, number_term, variable_term, field_term, dot_term, nil_term, bool_term, function_term> {};
struct operand : seq<term, star<field_suffix>> {};
struct command_end : at<sor<pipe, close, paren_close>> {};
struct command_start : success {};
struct command : seq<command_start, operand, star<ws, operand>, sp, must<command_end>> {};
struct stage : seq<command, sp, opt<pipe, sp>> {};

struct declare_op : string<':', '='> {};
struct assign_op : one<'='> {};
struct comma : one<','> {};
struct declared : seq<variable_token> {};
struct declaration : seq<at<variable_token, sp, sor<declare_op, assign_op>>, declared, sp, sor<declare_op, assign_op>> {};
struct one_declaration : failure {};
struct two_at_most : failure {};
struct range_second : sor<declaration, seq<at<variable_token, sp, comma>, must<two_at_most>>, at<variable_token>, at<close>> {};
struct range_pair : seq<at<variable_token, sp, comma>, declared, sp, comma, sp, must<range_second>> {};
template <typename Ctx> struct declarations : sor<declaration, seq<at<variable_token, sp, comma>, must<one_declaration>>> {};
template <> struct declarations<range_ctx> : sor<declaration, range_pair> {};

template <typename Ctx> struct pipeline_start : success {};
template <typename Ctx> struct has_value : not_at<end_of<Ctx>> {};
template <typename Ctx> struct pipeline_end : seq<end_of<Ctx>> {};
template <typename Ctx> struct pipeline : seq<pipeline_start<Ctx>, sp, opt<declarations<Ctx>>, sp, must<has_value<Ctx>>, star<stage>, must<pipeline_end<Ctx>>> {};

// Text, comments and the lists of a template or a control structure's branches. A list ends
// before "{{end" or "{{else" (or at the end of the text).
struct text : plus<not_at<left_delim>, any> {};
struct comment_body : until<string<'*', '/'>> {};
struct comment_close : seq<close> {};
struct comment : seq<open, string<'/', '*'>, must<comment_body>, must<comment_close>> {};
struct list_stop : seq<open, sp, sor<end_word, else_word>> {};
struct action_element;
struct element : sor<text, comment, seq<not_at<list_stop>, action_element>> {};
struct list : star<element> {};

// Keywords that open or end something (actions.hpp acts on these, not on keyword<> itself).
struct end_keyword : keyword<'e', 'n', 'd'> {};
struct else_keyword : keyword<'e', 'l', 's', 'e'> {};
struct if_keyword : keyword<'i', 'f'> {};
struct with_keyword : keyword<'w', 'i', 't', 'h'> {};
struct range_keyword : keyword<'r', 'a', 'n', 'g', 'e'> {};
struct break_keyword : keyword<'b', 'r', 'e', 'a', 'k'> {};
struct continue_keyword : keyword<'c', 'o', 'n', 't', 'i', 'n', 'u', 'e'> {};
struct template_keyword : keyword<'t', 'e', 'm', 'p', 'l', 'a', 't', 'e'> {};
struct block_keyword : keyword<'b', 'l', 'o', 'c', 'k'> {};
struct define_keyword : keyword<'d', 'e', 'f', 'i', 'n', 'e'> {};

// {{end}} and {{else}}.
struct end_close : seq<close> {};
struct end_action : seq<open, sp, end_keyword, sp, must<end_close>> {};
struct else_close : seq<close> {};
struct else_head : seq<open, sp, else_keyword, sp, must<else_close>> {};
struct final_end : seq<end_action> {};
struct else_branch : seq<else_head, list, must<final_end>> {};

// Control structures. "{{else if}}" and "{{else with}}" continue a chain that one {{end}} closes;
// its variables stay in scope to that {{end}}, as in Go.
struct else_if : seq<open, sp, else_keyword, sp, keyword<'i', 'f'>, pipeline<if_ctx>, list> {};
struct if_end : sor<end_action, else_branch> {};
struct if_action : seq<if_keyword, pipeline<if_ctx>, list, star<else_if>, must<if_end>> {};
struct else_with : seq<open, sp, else_keyword, sp, keyword<'w', 'i', 't', 'h'>, pipeline<with_ctx>, list> {};
struct with_end : sor<end_action, else_branch> {};
struct with_action : seq<with_keyword, pipeline<with_ctx>, list, star<else_with>, must<with_end>> {};
struct range_enter : success {};
struct range_leave : success {};
struct range_end : sor<end_action, else_branch> {};
struct range_action : seq<range_keyword, pipeline<range_ctx>, range_enter, list, range_leave, must<range_end>> {};

// {{break}}, {{continue}}, {{template}}, {{block}}, {{define}}. A {{block}} or {{define}} body is
// a template of its own: only $ is defined in it.
struct loop_close : seq<close> {};
struct break_action : seq<break_keyword, sp, must<loop_close>> {};
struct continue_action : seq<continue_keyword, sp, must<loop_close>> {};
struct template_name : sor<quoted, raw> {};
struct called_name : seq<template_name> {};
struct template_action : seq<template_keyword, sp, must<called_name>, sp, sor<close, pipeline<template_ctx>>> {};
struct frame_enter : success {};
struct defined_name : seq<template_name> {};
struct block_end : seq<end_action> {};
struct block_action : seq<block_keyword, sp, must<defined_name>, pipeline<block_ctx>, frame_enter, list, must<block_end>> {};
struct define_close : seq<close> {};
struct define_end : seq<end_action> {};
struct define_action : seq<open, sp, define_keyword, sp, must<defined_name>, sp, must<define_close>, frame_enter, list, must<define_end>> {};
struct define_nested : failure {};
struct plain_action : seq<pipeline<command_ctx>> {};
struct action_body : sor<if_action, range_action, with_action, block_action, template_action, break_action, continue_action, seq<at<word<'d', 'e', 'f', 'i', 'n', 'e'>>, must<define_nested>>, plain_action> {};
struct action_element : seq<open, sp, action_body> {};

// The template: {{define}} only at the top, where {{end}} and {{else}} close nothing.
struct stray_end : failure {};
struct stray_else : failure {};
struct stray : seq<open, sp, sor<seq<at<end_word>, must<stray_end>>, seq<at<else_word>, must<stray_else>>>> {};
struct top_element : sor<text, comment, define_action, stray, action_element> {};
struct grammar : seq<star<top_element>, eof> {};

// clang-format on

}  // namespace telc::gotemplate::grammar

namespace tao::pegtl {

template <typename Name> struct analyze_traits<Name, telc::gotemplate::grammar::alnum> : analyze_any_traits<> {};

}  // namespace tao::pegtl
