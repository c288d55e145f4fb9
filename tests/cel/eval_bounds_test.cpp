// The evaluator's bounds: every evaluation stops at EvalLimits::max_cost, whether the work is in
// nodes, comprehension iterations, bytes of built strings or elements of built lists, including
// the blow-ups that double their size at each step; and whatever the cost error meets on its
// way up (&&, ||, has) does not hide it.
#include <catch2/catch.hpp>

#include <chrono>
#include <string>

#include "cel/eval.hpp"
#include "cel/parse.hpp"
#include "cel_test_util.hpp"

using telc::cel::test::evaluated;
using telc::cel::test::policy_activation;
using namespace telc::cel;

namespace {

constexpr std::string_view kCostError = "error(cost limit exceeded)";

/// `start` followed by `steps` copies of `step`: "[['ab']].map(s, s + s).map(s, s + s)...".
std::string chained(std::string start, const std::string& step, int steps) {
  for (int i = 0; i < steps; ++i) start += step;
  return start;
}

}  // namespace

TEST_CASE("blow-ups stop at the cost limit, quickly", "[cel][eval][cost]") {
  auto expr = GENERATE(
      // 2^60 bytes of string by doubling one string sixty times.
      chained("['ab']", ".map(s, s + s)", 60),
      // a list doubled by concatenation, and one doubled by sharing its element.
      chained("[[1]]", ".map(l, l + l)", 60), chained("[1]", ".map(l, [l, l])", 60),
      // nested comprehensions over large ranges, and a wide range alone.
      "lists.range(2000).map(x, lists.range(2000).map(y, x * y))", "lists.range(5000000).size()",
      "lists.range(100000).map(i, 'abcdefghij').join('')",
      // replace() and format() that multiply their input.
      chained("['x']", ".map(s, s.replace('', s))", 20), chained("['x']", ".map(s, '%s%s'.format([s, s]))", 40),
      // membership and equality over large built lists.
      "lists.range(3000).filter(x, x in lists.range(3000)).size()",
      "lists.range(2000).map(x, lists.range(600)).distinct().size()",
      // the cost error is not absorbed by || or &&, whichever side it is on.
      "lists.range(5000000).size() > 0 || true", "false || lists.range(5000000).size() > 0");
  CAPTURE(expr);
  const auto start = std::chrono::steady_clock::now();
  CHECK(evaluated(expr) == kCostError);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
}

TEST_CASE("the cost counts nodes, iterations and bytes against the limit given", "[cel][eval][cost]") {
  CHECK(evaluated("1 + 2", {}, EvalLimits{3}) == "3");
  CHECK(evaluated("1 + 2 + 3", {}, EvalLimits{3}) == kCostError);
  CHECK(evaluated("[1, 2, 3].map(x, x)", {}, EvalLimits{100}) == "[1, 2, 3]");
  CHECK(evaluated("lists.range(50).map(x, x).size()", {}, EvalLimits{100}) == kCostError);
  CHECK(evaluated("'abcdefgh' + 'abcdefgh'", {}, EvalLimits{40}) == R"("abcdefghabcdefgh")");
  CHECK(evaluated("'abcdefgh' + 'abcdefgh'", {}, EvalLimits{30}) == kCostError);
  // A false left side decides && before the costly right side runs.
  CHECK(evaluated("false && lists.range(5000000).size() > 0") == "false");
  // The default limit leaves room for real policies over real objects.
  CHECK(evaluated("resource.spec.containers.map(c, c.name + ':' + c.image).join(',')", policy_activation()) ==
        R"("app:nginx:1.25,log-shipper:fluent-bit:3.0")");
}

TEST_CASE("odd inputs give an error value or a value, never an exception", "[cel][eval][cost]") {
  auto [expr, expected] = GENERATE(table<std::string, std::string>({
      {"{}.a.b.c", "error(no such key: 'a')"},
      {"[][0][1]", "error(index 0 out of range for a list of size 0)"},
      {"has({}.a.b)", "error(no such key: 'a')"},
      {"1 / 0 / 0 % 0", "error(division by zero)"},
      {"'x'.matches('[[:alpha:]')", "error(invalid regular expression '[[:alpha:]': missing ]: [[:alpha:])"},
      {"lists.range(-5)", "[]"},
      {"'%.500f'.format([1.0]).size()", "502"},
      {"'%.2000f'.format([1.0])", "error(a format precision above 500 is not supported by telc's evaluator)"},
      {"timestamp('9999-99-99T99:99:99Z')",
       "error(invalid timestamp '9999-99-99T99:99:99Z'; write RFC 3339 such as '2024-01-31T12:00:00Z')"},
      {"duration('-')", "error(invalid duration '-')"},
      {"duration('.s')", "error(invalid duration '.s': a duration needs a number before each unit)"},
      {"int('9223372036854775808')", "error(cannot convert '9223372036854775808' to int)"},
      {"uint('18446744073709551616')", "error(cannot convert '18446744073709551616' to uint)"},
      {"double('1e400')", "error(cannot convert '1e400' to double)"},
      {"base64.decode('====')", "error(base64.decode() of text that is not base64)"},
      {"[1, 2].sortBy(x, 0.0 / 0.0)", "[1, 2]"},
      {"'\\xff'.reverse().size()", "1"},
  }));
  CAPTURE(expr);
  CHECK(evaluated(expr, policy_activation(), EvalLimits{10'000}) == expected);
}

TEST_CASE("a string that is not valid UTF-8 counts each bad byte as one code point", "[cel][eval]") {
  const Activation activation{{"s", Value::string("\xff"
                                                  "ab\xc3")}};
  CHECK(evaluated("[s.size(), s.indexOf('b'), s.lastIndexOf('a'), s.indexOf('b', 3)]", activation) == "[4, 2, 1, -1]");
  CHECK(evaluated("s.charAt(3) == '\\ufffd' && s.substring(1, 3) == 'ab'", activation) == "true");
  CHECK(evaluated("string(bytes(s))", activation) == "error(string() of bytes that are not valid UTF-8)");
}
