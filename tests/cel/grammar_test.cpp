// The grammar has no rule that can loop without consuming input, and printing is a fixed point.
#include <catch2/catch.hpp>

#include <tao/pegtl/contrib/analyze.hpp>

#include <filesystem>

#include "cel/grammar.hpp"
#include "cel/parse.hpp"
#include "cel_test_util.hpp"
#include "golden.hpp"

TEST_CASE("analyze<grammar>() finds no problems", "[cel][grammar]") {
  CHECK(tao::pegtl::analyze<telc::cel::grammar::grammar>() == 0);
}

namespace {

/// print(parse(print(parse(x)))) == print(parse(x)), and the reprint parses. Returns whether `input`
/// parsed at all (corpora hold invalid inputs too; a hand-picked input must parse).
bool check_round_trip(const std::string& input) {
  const telc::cel::ParseResult first = telc::cel::parse(input);
  if (!first.ok()) return false;
  const std::string printed = to_string(*first.root());
  const telc::cel::ParseResult second = telc::cel::parse(printed);
  INFO(input);
  INFO(printed);
  REQUIRE(second.ok());
  CHECK(to_string(*second.root()) == printed);
  return true;
}

/// Round-trips every file of `dir` whose extension is `extension` (any when empty); returns how
/// many parsed.
std::size_t round_trip_files(const std::filesystem::path& dir, const std::string& extension) {
  std::size_t parsed = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (extension.empty() || entry.path().extension() == extension)
      parsed += check_round_trip(telc::test::read_text(entry.path())) ? 1 : 0;
  return parsed;
}

}  // namespace

TEST_CASE("the canonical form is a fixed point of print after parse", "[cel][printer]") {
  for (const char* input : {
           "value / 1000.0",
           "-(1)",
           "-(1.5).f()",
           "--1",
           "-(-(x))",
           "- 9223372036854775807",
           "a - (-1)",
           "!(!a)",
           "(a ? b : c) ? (d ? e : f) : g ? h : i",
           "(a || b) && (c || d)",
           "a in (b in c)",
           "(1 + 2) * (3 - 4) / (5 % 6)",
           "((a.b)[c]).d(e)",
           "[(1), {(2): (3)}]",
           "'\\x00\\x1f\\x7f\\u00e9\\\"\\\\'",
           "b'\\x00\\xff\"\\\\'",
           "r'\\n'",
           "1e300",
           "1e-7",
           "123456789.125",
           "0.1 + 0.2",
           "18446744073709551615u",
           "-9223372036854775808",
           "has(a.b.c)",
           "x.map(y, y.map(z, z))",
           ".a.b.c()",
           "M{a: M{b: 1}}",
           "(a).b",
           "(-a).b",
           "-a.b",
           "(a + b).c",
           "--------0",
           "-(0)",
           "-0",
           "-0.0",
           "-(0.0)",
           "-(0x0)",
       }) {
    INFO(input);
    CHECK(check_round_trip(input));
  }
}

TEST_CASE("a parenthesised pair and a suffix after parentheses are no CEL", "[cel][parser]") {
  // CEL has no tuples, and `u` is part of an integer literal, not an operator.
  CHECK_FALSE(telc::cel::parse("f((a, b))").ok());
  CHECK_FALSE(telc::cel::parse("(1)u").ok());
}

TEST_CASE("the golden inputs print to a fixed point", "[cel][printer]") {
  CHECK(round_trip_files(std::filesystem::path(TESTDATA_DIR) / "cel", ".cel") >= 20);
}

TEST_CASE("the fuzz corpus prints to a fixed point", "[cel][printer]") {
  CHECK(round_trip_files(std::filesystem::path(TESTDATA_DIR) / "fuzz" / "cel", "") >= 20);
}
