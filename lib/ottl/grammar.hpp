#pragma once
// The OTTL grammar of pkg/ottl/grammar.go (participle, v0.120-v0.158), rules only: actions.hpp
// builds the tree, errors.hpp holds one message per must<> commit point. Every token is
// seq<ws, ...>: whitespace precedes tokens, so a rule's matched text ends at its last token.
//
// Values and boolean expressions share one precedence ladder (or, and, not, comparison, + -,
// * /, primary); the builder then rejects the shapes participle's grammar has no production for
// (a comparison as an argument, a string in a math expression), at the offending operand. Each
// alternative decides on its first token and then commits with must<>, so no action runs in a
// branch that is later abandoned.
#include <tao/pegtl.hpp>

namespace telc::ottl::grammar {

namespace pegtl = tao::pegtl;

using pegtl::any;
using pegtl::at;
using pegtl::digit;
using pegtl::eof;
using pegtl::identifier_other;
using pegtl::must;
using pegtl::not_at;
using pegtl::not_one;
using pegtl::one;
using pegtl::opt;
using pegtl::plus;
using pegtl::range;
using pegtl::seq;
using pegtl::sor;
using pegtl::space;
using pegtl::star;
using pegtl::string;
using pegtl::success;
using pegtl::xdigit;

struct expr;

// clang-format off

// Lexis: whitespace is \s+; there are no comments.
struct ws : star<space> {};
template <typename R> struct tok : seq<ws, R> {};
template <typename R> struct kw : seq<R, not_at<identifier_other>> {};

// Numbers (Bytes, Float and Int of buildLexer, in that order). A sign glued to the digits is part
// of the literal, which is why `x -1` is no subtraction in OTTL.
struct sign : one<'+', '-'> {};
struct digits : plus<digit> {};
struct exponent : seq<one<'e', 'E'>, opt<sign>, digits> {};
struct bytes_lit : seq<string<'0', 'x'>, plus<xdigit>> {};
struct float_lit : seq<opt<sign>, star<digit>, one<'.'>, digits, opt<exponent>> {};
struct int_lit : seq<opt<sign>, digits> {};

// Strings: double quotes only; escapes are delimited here and decoded (Go rules) in literal.cpp.
struct escape_pair : seq<one<'\\'>, any> {};
struct close_dq : one<'"'> {};
struct string_body : seq<one<'"'>, star<sor<escape_pair, not_one<'"', '\\'>>>, must<close_dq>> {};
struct string_lit : string_body {};

struct true_lit : kw<string<'t', 'r', 'u', 'e'>> {};
struct false_lit : kw<string<'f', 'a', 'l', 's', 'e'>> {};
struct nil_lit : kw<string<'n', 'i', 'l'>> {};
struct literal : sor<tok<bytes_lit>, tok<float_lit>, tok<int_lit>, tok<string_lit>, tok<true_lit>, tok<false_lit>, tok<nil_lit>> {};

// Words: lowercase ones are paths, editors and argument names; uppercase ones converters and
// enum symbols. The keywords are never path names.
struct lower_word : seq<range<'a', 'z'>, star<identifier_other>> {};
struct upper_word : seq<range<'A', 'Z'>, star<identifier_other>> {};
struct keyword : kw<sor<string<'n', 'o', 't'>, string<'a', 'n', 'd'>, string<'o', 'r'>, string<'w', 'h', 'e', 'r', 'e'>>> {};

// Punctuation.
struct comma : tok<one<','>> {};

// Calls: name "(" [argument {"," argument}] ")" {key}. An argument may be named: `name = value`.
struct arg_label : lower_word {};
struct named_ahead : seq<ws, lower_word, ws, one<'='>, not_at<one<'='>>> {};
struct arg_equals : tok<one<'='>> {};
struct arg_value : seq<expr> {};
struct named_arg : seq<tok<arg_label>, arg_equals, must<arg_value>> {};
struct argument : sor<seq<at<named_ahead>, named_arg>, arg_value> {};
struct next_arg : seq<argument> {};
struct call_open : tok<one<'('>> {};
struct call_close : tok<one<')'>> {};
struct call_suffix : seq<call_open, opt<argument, star<comma, must<next_arg>>>, must<call_close>> {};

// Keys: "[" value "]" after a path segment or a converter call.
struct key_open : tok<one<'['>> {};
struct key_value : seq<expr> {};
struct key_close : tok<one<']'>> {};
struct key_suffix : seq<key_open, must<key_value>, must<key_close>> {};

// Paths: field {key} {"." field {key}}; the first field may name a context.
struct lower_ident : tok<lower_word> {};
struct path_start : success {};
struct path_field : tok<lower_word> {};
struct path_dot : tok<one<'.'>> {};
struct dot_field : seq<path_dot, must<path_field>> {};
struct lower_primary : seq<not_at<ws, keyword>, lower_ident, sor<seq<call_suffix, star<key_suffix>>, seq<path_start, star<sor<key_suffix, dot_field>>>>> {};

// Uppercase: a converter call, or a bare name (an enum symbol, or a function passed by name).
struct upper_ident : tok<upper_word> {};
struct name_ref : success {};
struct upper_primary : seq<upper_ident, sor<seq<call_suffix, star<key_suffix>>, name_ref>> {};

// Parentheses, lists ("[" {value} {"," value} "]", as participle's list rule), maps.
struct paren_open : tok<one<'('>> {};
struct paren_inner : seq<expr> {};
struct paren_close : tok<one<')'>> {};
struct paren_expr : seq<paren_open, must<paren_inner>, must<paren_close>> {};
struct list_open : tok<one<'['>> {};
struct list_item : seq<expr> {};
struct list_next : seq<expr> {};
struct list_close : tok<one<']'>> {};
struct list_lit : seq<list_open, star<list_item>, star<comma, must<list_next>>, must<list_close>> {};
struct map_open : tok<one<'{'>> {};
struct map_key : tok<string_body> {};
struct map_colon : tok<one<':'>> {};
struct map_value : seq<expr> {};
struct map_entry : seq<map_key, must<map_colon>, must<map_value>> {};
struct map_close : tok<one<'}'>> {};
struct map_lit : seq<map_open, star<map_entry, opt<comma>>, must<map_close>> {};

struct primary : sor<literal, paren_expr, list_lit, map_lit, upper_primary, lower_primary> {};

// Math: * / bind tighter than + -; both left-associative.
struct mul_op : sor<tok<one<'*'>>, tok<one<'/'>>> {};
struct mul_rhs : seq<primary> {};
struct mul_tail : seq<mul_op, must<mul_rhs>> {};
struct multiplication : seq<primary, star<mul_tail>> {};
struct add_op : tok<seq<one<'+', '-'>, not_at<sor<digit, seq<one<'.'>, digit>>>>> {};
struct add_rhs : seq<multiplication> {};
struct add_tail : seq<add_op, must<add_rhs>> {};
struct addition : seq<multiplication, star<add_tail>> {};

// Booleans: value [op value], a single optional `not`, then `and` over `or`.
struct cmp_op : sor<tok<string<'=', '='>>, tok<string<'!', '='>>, tok<string<'<', '='>>, tok<string<'>', '='>>, tok<one<'<'>>, tok<one<'>'>>> {};
struct cmp_rhs : seq<addition> {};
struct cmp_tail : seq<cmp_op, must<cmp_rhs>> {};
struct comparison : seq<addition, opt<cmp_tail>> {};
struct not_kw : tok<kw<string<'n', 'o', 't'>>> {};
struct not_operand : seq<comparison> {};
struct not_expr : seq<not_kw, must<not_operand>> {};
struct bool_value : sor<not_expr, comparison> {};
struct and_op : tok<kw<string<'a', 'n', 'd'>>> {};
struct and_rhs : seq<bool_value> {};
struct and_tail : seq<and_op, must<and_rhs>> {};
struct conjunction : seq<bool_value, star<and_tail>> {};
struct or_op : tok<kw<string<'o', 'r'>>> {};
struct or_rhs : seq<conjunction> {};
struct or_tail : seq<or_op, must<or_rhs>> {};
struct expr : seq<conjunction, star<or_tail>> {};

// Entry points: a statement is an editor call with an optional `where` condition; a condition
// is a boolean expression.
struct statement_root : seq<expr> {};
struct where_kw : tok<kw<string<'w', 'h', 'e', 'r', 'e'>>> {};
struct where_cond : seq<expr> {};
struct where_clause : seq<where_kw, must<where_cond>> {};
struct end_of_statement : seq<ws, eof> {};
struct statement : seq<must<statement_root>, opt<where_clause>, must<end_of_statement>> {};
struct condition_root : seq<expr> {};
struct end_of_condition : seq<ws, eof> {};
struct condition : seq<must<condition_root>, must<end_of_condition>> {};

// clang-format on

}  // namespace telc::ottl::grammar
