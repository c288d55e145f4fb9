// Parser: every literal form, precedence, macros, spans and error positions.
#include <catch2/catch.hpp>

#include <string>
#include <tuple>

#include "cel/parse.hpp"
#include "cel_test_util.hpp"

using telc::cel::test::canonical;
using namespace telc::cel;

TEST_CASE("literals parse to their canonical form", "[cel][parser]") {
  auto [input, expected] = GENERATE(table<std::string, std::string>({
      {"0", "0"},
      {"123", "123"},
      {"-7", "-7"},
      {"007", "7"},
      {"0x1F", "31"},
      {"-0x10", "-16"},
      {"9223372036854775807", "9223372036854775807"},
      {"-9223372036854775808", "-9223372036854775808"},
      {"1u", "1u"},
      {"7U", "7u"},
      {"0xFFu", "255u"},
      {"18446744073709551615u", "18446744073709551615u"},
      {"1.5", "1.5"},
      {".5", "0.5"},
      {"1e3", "1000.0"},
      {"2.5E-3", "0.0025"},
      {"1e+2", "100.0"},
      {"-1.25", "-1.25"},
      {"-0.0", "-0.0"},
      {"'a'", "\"a\""},
      {"\"a\"", "\"a\""},
      {"''", "\"\""},
      {"'\"\"'", "\"\\\"\\\"\""},
      {"'''x''x'''", "\"x''x\""},
      {"\"\"\"a\nb\"\"\"", "\"a\\nb\""},
      {"r'\\d+'", "\"\\\\d+\""},
      {"R\"\\n\"", "\"\\\\n\""},
      {"r'''a'b'''", "\"a'b\""},
      {"'\\x41\\X41\\101\\u0041\\U00000041'", "\"AAAAA\""},
      {"'\\a\\b\\f\\n\\r\\t\\v\\\\\\?\\\"\\'\\`'", "\"\\x07\\x08\\x0c\\n\\r\\t\\x0b\\\\?\\\"'`\""},
      {"'\\377'", "\"\xC3\xBF\""},
      {"'\\xFF'", "\"\xC3\xBF\""},
      {"'\\u00e9\\U0001F600'", "\"\xC3\xA9\xF0\x9F\x98\x80\""},
      {"'caf\xC3\xA9'", "\"caf\xC3\xA9\""},
      {"b'abc'", "b\"abc\""},
      {"B\"\xC3\xBF\"", "b\"\\xc3\\xbf\""},
      {"b'\\303\\277'", "b\"\\xc3\\xbf\""},
      {"b'\\377'", "b\"\\xff\""},
      {"b'\\xFF'", "b\"\\xff\""},
      {"br'\\x'", "b\"\\\\x\""},
      {"b'''a\"b'''", "b\"a\\\"b\""},
      {"true", "true"},
      {"false", "false"},
      {"null", "null"},
  }));
  INFO(input);
  CHECK(canonical(input) == expected);
}

TEST_CASE("operators follow langdef precedence and associativity", "[cel][parser]") {
  auto [input, expected] = GENERATE(table<std::string, std::string>({
      {"a || b && c", "a || b && c"},
      {"(a || b) && c", "(a || b) && c"},
      {"a && b || c", "a && b || c"},
      {"a + b * c", "a + b * c"},
      {"(a + b) * c", "(a + b) * c"},
      {"a - b - c", "a - b - c"},
      {"a - (b - c)", "a - (b - c)"},
      {"a / b * c % d", "a / b * c % d"},
      {"a / (b * c)", "a / (b * c)"},
      {"a<b", "a < b"},
      {"a <= b == c", "a <= b == c"},
      {"a == (b != c)", "a == (b != c)"},
      {"x in y || z", "x in y || z"},
      {"!a == b", "!a == b"},
      {"!(a == b)", "!(a == b)"},
      {"!!a", "!!a"},
      {"-a.b", "-a.b"},
      {"(-a).b", "(-a).b"},
      {"- -a", "--a"},
      {"-(-1)", "--1"},
      {"- 1", "-1"},
      {"(-1).f()", "(-1).f()"},
      {"a - -1", "a - -1"},
      {"a-1", "a - 1"},
      {"a ? b : c ? d : e", "a ? b : c ? d : e"},
      {"(a ? b : c) ? d : e", "(a ? b : c) ? d : e"},
      {"a ? (b ? c : d) : e", "a ? (b ? c : d) : e"},
      {"a || b ? c : d", "a || b ? c : d"},
      {"(a ? b : c) + 1", "(a ? b : c) + 1"},
      {"f(a, b).g()[0].h", "f(a, b).g()[0].h"},
      {"a.b.c", "a.b.c"},
      {".a.b", ".a.b"},
      {".f(1)", ".f(1)"},
      {"a // a comment\n + b", "a + b"},
      {"[1, 2, 3,]", "[1, 2, 3]"},
      {"[]", "[]"},
      {"{}", "{}"},
      {"{'a': 1, 2: [x],}", "{\"a\": 1, 2: [x]}"},
      {"M{}", "M{}"},
      {"pkg.M{a: 1, b: 'x',}", "pkg.M{a: 1, b: \"x\"}"},
      {".pkg.M{a: 1}", ".pkg.M{a: 1}"},
      {"a[b[c]]", "a[b[c]]"},
      {"\t a \f\r\n", "a"},
      {"resource.metadata.name", "resource.metadata.name"},
      {"resource.metadata.namespace", "resource.metadata.namespace"},
      {"x.if.package(1)", "x.if.package(1)"},
      {"M{for: 1}", "M{for: 1}"},
  }));
  INFO(input);
  CHECK(canonical(input) == expected);
}

TEST_CASE("macros are recognised by name and shape", "[cel][parser]") {
  auto [input, kind, body] = GENERATE(table<std::string, MacroKind, std::size_t>({
      {"has(a.b)", MacroKind::has, 0},
      {"l.all(x, x > 0)", MacroKind::all, 1},
      {"l.exists(x, x > 0)", MacroKind::exists, 1},
      {"l.exists_one(x, x > 0)", MacroKind::exists_one, 1},
      {"l.filter(x, x > 0)", MacroKind::filter, 1},
      {"l.map(x, x * 2)", MacroKind::map, 1},
      {"l.map(x, x > 0, x * 2)", MacroKind::map, 2},
      {"l.sortBy(x, x.name)", MacroKind::sort_by, 1},
  }));
  INFO(input);
  const ParseResult r = parse(input);
  REQUIRE(r.ok());
  const auto* m = if_as<Macro>(*r.root());
  REQUIRE(m != nullptr);
  CHECK(m->macro == kind);
  CHECK(m->body.size() == body);
  CHECK(to_string(*r.root()) == input);
  if (kind != MacroKind::has) CHECK(m->var == "x");
}

TEST_CASE("calls that only look like macros stay calls", "[cel][parser]") {
  for (const char* input : {"l.map(x)", "l.all(x, y, z)", "has(a.b, c)", "all(x, y)", "l.exists()"}) {
    INFO(input);
    const ParseResult r = parse(input);
    REQUIRE(r.ok());
    CHECK(r.root()->kind == ExprKind::call);
  }
}

TEST_CASE("call shapes", "[cel][parser]") {
  const ParseResult global = parse("size(x)");
  REQUIRE(global.ok());
  CHECK(as<Call>(*global.root()).target == nullptr);
  CHECK(as<Call>(*global.root()).args.size() == 1);
  const ParseResult method = parse("x.startsWith('a')");
  REQUIRE(method.ok());
  const auto& m = as<Call>(*method.root());
  REQUIRE(m.target != nullptr);
  CHECK(m.function == "startsWith");
  CHECK(m.name_begin == 2);
  CHECK(m.name_end == 11);
  const ParseResult absolute = parse(".f()");
  REQUIRE(absolute.ok());
  CHECK(as<Call>(*absolute.root()).absolute);
}

TEST_CASE("nodes keep their byte range", "[cel][parser]") {
  auto [input, begin, end] = GENERATE(table<std::string, std::size_t, std::size_t>({
      {"value / 1000.0", 0, 13},
      {"  a.b  ", 2, 4},
      {"f( 1 )", 0, 5},
      {"[1, 2]", 0, 5},
      {"{'a': 1}", 0, 7},
      {"'x'", 0, 2},
      {"-1", 0, 1},
      {"- 1", 0, 2},
      {"a[0]", 0, 3},
      {"!a", 0, 1},
      {"a ? b : c", 0, 8},
      {".x", 0, 1},
      {"x.all(y, true)", 0, 13},
      {"M{a: 1}", 0, 6},
      {"a // trailing comment", 0, 0},
  }));
  INFO(input);
  const ParseResult r = parse(input);
  REQUIRE(r.ok());
  CHECK(r.root()->begin == begin);
  CHECK(r.root()->end == end);
}

TEST_CASE("operands keep their own ranges", "[cel][parser]") {
  const ParseResult r = parse("value / 1000.0");
  REQUIRE(r.ok());
  const auto& b = as<Binary>(*r.root());
  CHECK(b.op_begin == 6);
  CHECK(b.lhs->begin == 0);
  CHECK(b.lhs->end == 4);
  CHECK(b.rhs->begin == 8);
  CHECK(b.rhs->end == 13);
}

TEST_CASE("syntax errors name the problem at its position", "[cel][parser]") {
  auto [input, begin, end, message] = GENERATE(table<std::string, std::size_t, std::size_t, std::string>({
      {"", 0, 0, "expected an expression, found the end of the expression"},
      {"// only a comment", 17, 17, "expected an expression, found the end of the expression"},
      {"1 +", 3, 3, "expected an operand after the operator, found the end of the expression"},
      {"1 + * 2", 4, 4, "expected an operand after the operator, found '*'"},
      {"(1", 2, 2, "expected ')', found the end of the expression"},
      {"()", 1, 1, "expected an expression after '(', found ')'"},
      {"f(1,)", 4, 4, "expected an argument after ',', found ')'"},
      {"f(1 2)", 4, 4, "expected ',' or ')' in the argument list, found '2'"},
      {"[1 2]", 3, 3, "expected an element, ',' or ']' in the list, found '2'"},
      {"{1 2}", 3, 3, "expected ':' after the map key, found '2'"},
      {"{1: }", 4, 4, "expected a map value after ':', found '}'"},
      {"{1: 2 3}", 6, 6, "expected an entry, ',' or '}' in the map, found '3'"},
      {"a.1", 2, 2, "expected a field name after '.', found '1'"},
      {"a.", 2, 2, "expected a field name after '.', found the end of the expression"},
      {"a[1", 3, 3, "expected ']' after the index, found the end of the expression"},
      {"a[]", 2, 2, "expected an index expression after '[', found ']'"},
      {"M{a 1}", 4, 4, "expected ':' after the field name, found '1'"},
      {"M{a: }", 5, 5, "expected a field value after ':', found '}'"},
      {"M{1: 2}", 2, 2, "expected a field, ',' or '}' in the message, found '1'"},
      {"!", 1, 1, "expected an operand after '!', found the end of the expression"},
      {"-", 1, 1, "expected an operand after '-', found the end of the expression"},
      {"a < ", 4, 4, "expected an operand after the comparison, found the end of the expression"},
      {"a && ", 5, 5, "expected an operand after '&&', found the end of the expression"},
      {"a || )", 5, 5, "expected an operand after '||', found ')'"},
      {"a ? ", 4, 4, "expected an expression after '?', found the end of the expression"},
      {"a ? b", 5, 5, "expected ':' in the conditional 'c ? a : b', found the end of the expression"},
      {"a ? b :", 7, 7, "expected an expression after ':', found the end of the expression"},
      {"a b", 2, 2, "unexpected 'b' after a complete expression"},
      {"a.b[c](d)", 6, 6, "unexpected '(' after a complete expression"},
      {"'abc", 4, 4, "unterminated string: missing closing \"'\""},
      {"\"abc", 4, 4, "unterminated string: missing closing '\"'"},
      {"'a\nb'", 2, 2, "unterminated string: missing closing \"'\""},
      {"'''abc", 6, 6, "unterminated triple-quoted string: missing closing \"'''\""},
      {"r\"\"\"abc", 7, 7, "unterminated triple-quoted string: missing closing '\"\"\"'"},
      {"'\\q'", 1, 2, "invalid escape sequence '\\q'"},
      {"'ab\\u12'", 3, 6, "invalid escape sequence '\\u12'"},
      {"'\\400'", 1, 2, "invalid escape sequence '\\4'"},
      {"'\\uD800'", 1, 6, "escape '\\uD800' is not a valid Unicode code point"},
      {"'\\U00110000'", 1, 10, "escape '\\U00110000' is not a valid Unicode code point"},
      {"b'\\u0041'", 2, 7, "'\\u' and '\\U' escapes are not allowed in bytes literals"},
      {"9223372036854775808", 0, 18, "int literal out of range"},
      {"-9223372036854775809", 0, 19, "int literal out of range"},
      {"18446744073709551616u", 0, 20, "uint literal out of range"},
      {"1e999", 0, 4, "double literal out of range"},
      {"if", 0, 1, "'if' is a reserved word and cannot be used as a name"},
      {"in", 0, 1, "'in' is a reserved word and cannot be used as a name"},
      {"x.in", 2, 3, "'in' is a reserved word and cannot be a field name"},
      {"M{null: 1}", 2, 5, "'null' is a reserved word and cannot be a field name"},
      {"x.all(1, true)", 6, 6, "the first argument of 'all' must be a variable name"},
      {"x.map(a.b, 1)", 6, 8, "the first argument of 'map' must be a variable name"},
      {"has(x)", 4, 4, "the argument of has() must be a field selection such as 'x.f'"},
      {"has(x[0])", 4, 7, "the argument of has() must be a field selection such as 'x.f'"},
      {"(1){a: 1}", 1, 1, "only a type name can be followed by '{' (message construction)"},
      {".has(x.y)", 0, 8, "a macro cannot be called with a leading '.'"},
      {"\xFF", 0, 0, "invalid UTF-8 byte 0xff"},
      {"'a\xC0\x80'", 2, 2, "invalid UTF-8 byte 0xc0"},
  }));
  INFO(input);
  const ParseResult r = parse(input);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error()->message == message);
  CHECK(r.error()->begin == begin);
  CHECK(r.error()->end == end);
}

TEST_CASE("syntax errors carry hints for common slips", "[cel][parser]") {
  auto [input, hint] = GENERATE(table<std::string, std::string>({
      {"a = b", "use '==' to compare values"},
      {"a and b", "CEL writes logical and as '&&'"},
      {"a & b", "CEL writes logical and as '&&'"},
      {"a or b", "CEL writes logical or as '||'"},
      {"a | b", "CEL writes logical or as '||'"},
      {"x.true", "select it by key instead: x['true']"},
      {"\xE2\x80\x9C"
       "a"
       "\xE2\x80\x9D",
       "'\xE2\x80\x9C' is a typographic quote (left double quotation mark U+201C); CEL strings use straight quotes ' "
       "or \""},
      {"a == \xE2\x80\x98"
       "b"
       "\xE2\x80\x99",
       "'\xE2\x80\x98' is a typographic quote (left single quotation mark U+2018); CEL strings use straight quotes ' "
       "or \""},
      {"f('it\xE2\x80\x99s)",
       "the expression contains the typographic quote '\xE2\x80\x99'; CEL strings use straight quotes ' or \""},
  }));
  INFO(input);
  const ParseResult r = parse(input);
  REQUIRE_FALSE(r.ok());
  REQUIRE(r.error()->hint.has_value());
  CHECK(*r.error()->hint == hint);
}

TEST_CASE("the typographic quote itself is the error span", "[cel][parser]") {
  const ParseResult r = parse(
      "x == \xE2\x80\x9C"
      "a"
      "\xE2\x80\x9D");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error()->begin == 5);
  CHECK(r.error()->end == 7);
}

TEST_CASE("hostile nesting gets an error, not a stack overflow", "[cel][parser]") {
  const std::string parens = std::string(2000, '(') + "1" + std::string(2000, ')');
  const std::string bangs = std::string(5000, '!') + "true";
  const std::string minuses = std::string(5000, '-') + "x";
  const std::string lists = std::string(3000, '[') + std::string(3000, ']');
  std::string chain = "1";
  for (int i = 0; i < 500; ++i) chain += " + 1";
  std::string selects = "a";
  for (int i = 0; i < 500; ++i) selects += ".b";
  for (const std::string& input : {parens, bangs, minuses, lists, chain, selects}) {
    const ParseResult r = parse(input);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error()->message == "expression nests too deeply (more than 128 levels)");
  }
}

TEST_CASE("nesting within the bound parses", "[cel][parser]") {
  const std::string parens = std::string(60, '(') + "1" + std::string(60, ')');
  std::string chain = "1";
  for (int i = 0; i < 100; ++i) chain += " + 1";
  CHECK(parse(parens).ok());
  CHECK(parse(chain).ok());
}

TEST_CASE("input size is bounded", "[cel][parser]") {
  const std::string big = "'" + std::string(kMaxBytes, 'a') + "'";
  const ParseResult r = parse(big);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error()->message == "expression is 100002 bytes long; at most 100000 are accepted");
}

TEST_CASE("report() emits cel/syntax at file positions", "[cel][parser]") {
  const std::string expr = "a +";
  const ParseResult r = parse(expr);
  REQUIRE_FALSE(r.ok());
  telc::diag::Sink sink;
  report(*r.error(), telc::cel::test::embedded(expr), sink);
  REQUIRE(sink.all().size() == 1);
  CHECK(sink.all()[0].code == "cel/syntax");
  CHECK(sink.all()[0].span.begin.column == 4);
  CHECK(sink.all()[0].severity == telc::diag::Severity::error);
}
