#pragma once
// The CEL grammar of cel-spec doc/langdef.md, rules only (actions.hpp builds the tree, errors.hpp
// holds one message per must<> commit point). Every token is seq<ws, ...>: whitespace and
// comments *precede* tokens, so a rule's matched text ends exactly at its last token.
//
// The grammar never backtracks over a rule that has an action: each alternative decides on its
// first token and then commits with must<>, so the builder's stacks never hold half-built nodes.
#include <tao/pegtl.hpp>

namespace telc::cel::grammar {

namespace pegtl = tao::pegtl;

using pegtl::any;
using pegtl::digit;
using pegtl::eof;
using pegtl::identifier;
using pegtl::identifier_other;
using pegtl::list_tail;
using pegtl::must;
using pegtl::not_at;
using pegtl::not_one;
using pegtl::one;
using pegtl::opt;
using pegtl::plus;
using pegtl::seq;
using pegtl::sor;
using pegtl::star;
using pegtl::string;
using pegtl::success;
using pegtl::until;
using pegtl::xdigit;

struct expr;
struct unary;

// clang-format off

// Lexis: WHITESPACE ::= [\t\n\f\r ]+, COMMENT ::= '//' ~NEWLINE* NEWLINE.
struct comment : seq<string<'/', '/'>, until<sor<one<'\n', '\r'>, eof>>> {};
struct blank : one<' ', '\t', '\n', '\r', '\f'> {};
struct ws : star<sor<blank, comment>> {};
template <typename R> struct tok : seq<ws, R> {};
template <typename R> struct kw : seq<R, not_at<identifier_other>> {};

// Numbers: INT_LIT, UINT_LIT, FLOAT_LIT. A '-' glued to a number is part of the literal, which
// is how -9223372036854775808 stays representable.
struct digits : plus<digit> {};
struct exponent : seq<one<'e', 'E'>, opt<one<'+', '-'>>, digits> {};
struct float_body : sor<seq<star<digit>, one<'.'>, digits, opt<exponent>>, seq<digits, exponent>> {};
struct int_body : sor<seq<string<'0', 'x'>, plus<xdigit>>, digits> {};
struct float_lit : float_body {};
struct uint_lit : seq<int_body, one<'u', 'U'>> {};
struct int_lit : int_body {};
struct neg_number : seq<one<'-'>, sor<float_body, seq<int_body, not_at<one<'u', 'U'>>>>> {};

// Strings: quoted, triple-quoted, raw (r/R), bytes (b/B). Escapes are only delimited here;
// literal.cpp decodes them and reports a bad one at its own column.
struct escape_pair : seq<one<'\\'>, any> {};
struct close_dq : one<'"'> {};
struct close_sq : one<'\''> {};
struct tdq_body : until<string<'"', '"', '"'>, sor<escape_pair, any>> {};
struct tsq_body : until<string<'\'', '\'', '\''>, sor<escape_pair, any>> {};
struct raw_tdq_body : until<string<'"', '"', '"'>> {};
struct raw_tsq_body : until<string<'\'', '\'', '\''>> {};
struct dq_string : seq<one<'"'>, star<sor<escape_pair, not_one<'"', '\\', '\n', '\r'>>>, must<close_dq>> {};
struct sq_string : seq<one<'\''>, star<sor<escape_pair, not_one<'\'', '\\', '\n', '\r'>>>, must<close_sq>> {};
struct raw_dq_string : seq<one<'"'>, star<not_one<'"', '\n', '\r'>>, must<close_dq>> {};
struct raw_sq_string : seq<one<'\''>, star<not_one<'\'', '\n', '\r'>>, must<close_sq>> {};
struct cooked_string : sor<seq<string<'"', '"', '"'>, must<tdq_body>>, seq<string<'\'', '\'', '\''>, must<tsq_body>>, dq_string, sq_string> {};
struct raw_string : seq<one<'r', 'R'>, sor<seq<string<'"', '"', '"'>, must<raw_tdq_body>>, seq<string<'\'', '\'', '\''>, must<raw_tsq_body>>, raw_dq_string, raw_sq_string>> {};
struct string_body : sor<raw_string, cooked_string> {};
struct string_lit : string_body {};
struct bytes_lit : seq<one<'b', 'B'>, string_body> {};

struct true_lit : kw<string<'t', 'r', 'u', 'e'>> {};
struct false_lit : kw<string<'f', 'a', 'l', 's', 'e'>> {};
struct null_lit : kw<string<'n', 'u', 'l', 'l'>> {};
struct literal : sor<tok<neg_number>, tok<float_lit>, tok<uint_lit>, tok<int_lit>, tok<bytes_lit>, tok<string_lit>, tok<true_lit>, tok<false_lit>, tok<null_lit>> {};

// Punctuation.
struct comma : tok<one<','>> {};
struct dot : tok<one<'.'>> {};
struct call_open : tok<one<'('>> {};
struct call_close : tok<one<')'>> {};
struct call_arg : seq<expr> {};
struct call_args : seq<expr, star<comma, must<call_arg>>> {};

// Primary = ["."] IDENT ["(" [ExprList] ")"] | "(" Expr ")" | "[" [ExprList] "]" | "{" [MapInits] "}" | LITERAL
struct ident_name : tok<identifier> {};
struct global_call : seq<call_open, opt<call_args>, must<call_close>> {};
struct ident_ref : success {};
struct ident_primary : seq<opt<dot>, ident_name, sor<global_call, ident_ref>> {};
struct paren_open : tok<one<'('>> {};
struct paren_inner : seq<expr> {};
struct paren_close : tok<one<')'>> {};
struct paren_expr : seq<paren_open, must<paren_inner>, must<paren_close>> {};
struct list_open : tok<one<'['>> {};
struct list_close : tok<one<']'>> {};
struct list_lit : seq<list_open, opt<list_tail<expr, comma>>, must<list_close>> {};
struct map_open : tok<one<'{'>> {};
struct map_colon : tok<one<':'>> {};
struct map_value : seq<expr> {};
struct map_entry : seq<expr, must<map_colon>, must<map_value>> {};
struct map_close : tok<one<'}'>> {};
struct map_lit : seq<map_open, opt<list_tail<map_entry, comma>>, must<map_close>> {};
struct primary : sor<literal, paren_expr, list_lit, map_lit, ident_primary> {};

// Member = Primary | Member "." IDENT ["(" [ExprList] ")"] | Member "[" Expr "]" | Member "{" [FieldInits] "}"
struct field_name : tok<identifier> {};
struct method_call : seq<call_open, opt<call_args>, must<call_close>> {};
struct select_ref : success {};
struct dot_suffix : seq<dot, must<field_name>, sor<method_call, select_ref>> {};
struct index_open : tok<one<'['>> {};
struct index_inner : seq<expr> {};
struct index_close : tok<one<']'>> {};
struct index_suffix : seq<index_open, must<index_inner>, must<index_close>> {};
struct message_open : tok<one<'{'>> {};
struct init_name : tok<identifier> {};
struct init_colon : tok<one<':'>> {};
struct init_value : seq<expr> {};
struct field_init : seq<init_name, must<init_colon>, must<init_value>> {};
struct message_close : tok<one<'}'>> {};
struct message_suffix : seq<message_open, opt<list_tail<field_init, comma>>, must<message_close>> {};
struct member : seq<primary, star<sor<dot_suffix, index_suffix, message_suffix>>> {};

// Unary = Member | "!" {"!"} Member | "-" {"-"} Member
struct bang : tok<one<'!'>> {};
struct not_operand : seq<unary> {};
struct not_expr : seq<bang, must<not_operand>> {};
struct minus : tok<one<'-'>> {};
struct neg_operand : seq<unary> {};
struct neg_expr : seq<minus, must<neg_operand>> {};
struct unary : sor<not_expr, member, neg_expr> {};

// Binary operators, loosest last; each tail builds one left-associative node.
struct mul_op : sor<tok<one<'*'>>, tok<one<'/'>>, tok<one<'%'>>> {};
struct mul_rhs : seq<unary> {};
struct mul_tail : seq<mul_op, must<mul_rhs>> {};
struct multiplication : seq<unary, star<mul_tail>> {};
struct add_op : sor<tok<one<'+'>>, tok<one<'-'>>> {};
struct add_rhs : seq<multiplication> {};
struct add_tail : seq<add_op, must<add_rhs>> {};
struct addition : seq<multiplication, star<add_tail>> {};
struct rel_op : sor<tok<string<'<', '='>>, tok<one<'<'>>, tok<string<'>', '='>>, tok<one<'>'>>, tok<string<'=', '='>>, tok<string<'!', '='>>, tok<kw<string<'i', 'n'>>>> {};
struct rel_rhs : seq<addition> {};
struct rel_tail : seq<rel_op, must<rel_rhs>> {};
struct relation : seq<addition, star<rel_tail>> {};
struct and_op : tok<string<'&', '&'>> {};
struct and_rhs : seq<relation> {};
struct and_tail : seq<and_op, must<and_rhs>> {};
struct conditional_and : seq<relation, star<and_tail>> {};
struct or_op : tok<string<'|', '|'>> {};
struct or_rhs : seq<conditional_and> {};
struct or_tail : seq<or_op, must<or_rhs>> {};
struct conditional_or : seq<conditional_and, star<or_tail>> {};

// Expr = ConditionalOr ["?" ConditionalOr ":" Expr]
struct question : tok<one<'?'>> {};
struct cond_then : seq<conditional_or> {};
struct cond_colon : tok<one<':'>> {};
struct cond_else : seq<expr> {};
struct cond_tail : seq<question, must<cond_then>, must<cond_colon>, must<cond_else>> {};
struct expr : seq<conditional_or, opt<cond_tail>> {};

struct root_expr : seq<expr> {};
struct end_of_expr : seq<ws, eof> {};
struct grammar : seq<must<root_expr>, must<end_of_expr>> {};

// clang-format on

}  // namespace telc::cel::grammar
