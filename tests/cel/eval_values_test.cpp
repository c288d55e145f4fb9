// The evaluator's conversions and time functions, and the value helpers of eval.hpp: to_display,
// to_label and equal. Rows are checked as written and after a print/parse round trip.
#include <catch2/catch.hpp>

#include <string>

#include "cel/eval.hpp"
#include "cel/parse.hpp"
#include "cel_test_util.hpp"

using telc::cel::test::evaluated;
using telc::cel::test::policy_activation;
using namespace telc::cel;

namespace {

void check_row(const std::string& expr, const std::string& expected) {
  const auto activation = policy_activation();
  CAPTURE(expr);
  CHECK(evaluated(expr, activation) == expected);
  const auto parsed = parse(expr);
  REQUIRE(parsed.ok());
  CHECK(evaluated(to_string(*parsed.root()), activation) == expected);
}

}  // namespace

TEST_CASE("type conversions and their range errors", "[cel][eval]") {
  auto [expr, expected] = GENERATE(table<std::string, std::string>({
      {"[int('42'), int('-7'), int(3.9), int(-3.9), int(42u)]", "[42, -7, 3, -3, 42]"},
      {"int('4x')", "error(cannot convert '4x' to int)"},
      {"int(1e19)", "error(integer overflow)"},
      {"int(18446744073709551615u)", "error(integer overflow)"},
      {"int(timestamp('2024-03-01T12:00:00Z'))", "1709294400"},
      {"[uint('7'), uint(2.5), uint(7)]", "[7u, 2u, 7u]"},
      {"uint(-1)", "error(unsigned integer overflow)"},
      {"uint('-1')", "error(cannot convert '-1' to uint)"},
      {"[double('1.5e3'), double(1u), double(-2), double('-Infinity')]", R"([1500.0, 1.0, -2.0, double("-Infinity")])"},
      {"double('x')", "error(cannot convert 'x' to double)"},
      {"[string(1.5), string(1e21), string(100000.0), string(1000000.0), string(0.00001), string(-0.0)]",
       R"(["1.5", "1e+21", "100000", "1e+06", "1e-05", "-0"])"},
      {"[string(2u), string(-3), string(true), string(b'ok'), string('s')]", R"(["2", "-3", "true", "ok", "s"])"},
      {"string(b'\\xff')", "error(string() of bytes that are not valid UTF-8)"},
      {"string([1])", "error(no matching overload for 'string' applied to (list))"},
      {"[string(duration('1m1ms')), string(timestamp('2024-03-01T12:00:00.500+01:00'))]",
       R"(["60.001s", "2024-03-01T11:00:00.5Z"])"},
      {"bytes('é')", R"(b"\xc3\xa9")"},
      {"[bool('true'), bool('F'), bool('1')]", "[true, false, true]"},
      {"bool('TrUe')", "error(cannot convert 'TrUe' to bool)"},
      {"[duration('1h30m'), duration('-1.5h'), duration('0'), duration('1.5us')]",
       R"([duration("5400s"), duration("-5400s"), duration("0s"), duration("0.0000015s")])"},
      {"duration('1d')", "error(invalid duration '1d': unknown duration unit 'd'; use h, m, s, ms, us or ns)"},
      {"duration('3000000h')", "error(invalid duration '3000000h': duration out of range)"},
      {"timestamp('2024-02-30T00:00:00Z')",
       "error(invalid timestamp '2024-02-30T00:00:00Z'; write RFC 3339 such as '2024-01-31T12:00:00Z')"},
      {"[timestamp(0), timestamp('2024-02-29T23:59:59.123456789-00:30')]",
       R"([timestamp("1970-01-01T00:00:00Z"), timestamp("2024-03-01T00:29:59.123456789Z")])"},
      {"timestamp('0001-01-01T00:00:00Z')",
       "error(timestamp out of the range telc's evaluator represents (1677-09-21 to 2262-04-11 UTC))"},
      {"timestamp(253402300800)", "error(timestamp out of range)"},
      {"dyn(1) + 1", "2"},
  }));
  check_row(expr, expected);
}

TEST_CASE("timestamp and duration arithmetic and accessors", "[cel][eval]") {
  auto [expr, expected] = GENERATE(table<std::string, std::string>({
      {"timestamp(resource.metadata.creationTimestamp).getFullYear()", "2024"},
      {"[timestamp(resource.metadata.creationTimestamp).getMonth(), "
       "timestamp(resource.metadata.creationTimestamp).getDate(), "
       "timestamp(resource.metadata.creationTimestamp).getDayOfMonth(), "
       "timestamp(resource.metadata.creationTimestamp).getDayOfWeek(), "
       "timestamp(resource.metadata.creationTimestamp).getDayOfYear()]",
       "[2, 1, 0, 5, 60]"},
      {"[timestamp('2024-03-01T12:00:00.250Z').getHours(), timestamp('2024-03-01T12:00:00.250Z').getMilliseconds()]",
       "[12, 250]"},
      {"[timestamp('2024-03-01T12:00:00Z').getHours('+05:30'), timestamp('2024-03-01T12:00:00Z').getMinutes('+05:30')]",
       "[17, 30]"},
      {"[timestamp('2024-03-01T12:00:00Z').getHours('-13:00'), timestamp('2024-03-01T12:00:00Z').getDate('-13:00')]",
       "[23, 29]"},
      {"timestamp('2024-03-01T12:00:00Z').getHours('UTC')", "12"},
      {"timestamp('2024-03-01T12:00:00Z').getHours('Europe/Paris')",
       "error(time zone 'Europe/Paris' is not supported by telc's evaluator; use 'UTC' or an offset such as '+01:00')"},
      {"[duration('3h25m').getHours(), duration('3h25m').getMinutes(), duration('1m30s').getSeconds()]",
       "[3, 205, 90]"},
      {"duration('1.234s').getMilliseconds()", "234"},
      {"duration('1s').getFullYear()",
       "error(no matching overload for 'getFullYear' applied to (google.protobuf.Duration))"},
      {"timestamp('2024-03-01T00:00:00Z') - timestamp('2024-02-28T00:00:00Z')", R"(duration("172800s"))"},
      {"timestamp('2024-03-01T00:00:00Z') + duration('-24h')", R"(timestamp("2024-02-29T00:00:00Z"))"},
      {"duration('1s') + duration('500ms') == duration('1.5s')", "true"},
      {"-duration('1s') + timestamp(10)", R"(timestamp("1970-01-01T00:00:09Z"))"},
      {"timestamp('2262-04-11T23:47:16Z') + duration('1s')",
       "error(timestamp out of the range telc's evaluator represents (1677-09-21 to 2262-04-11 UTC))"},
      {"duration('2562047h') + duration('2562047h')", "error(duration overflow)"},
      {"timestamp(1) + timestamp(2)",
       "error(no matching overload for '_+_' applied to (google.protobuf.Timestamp, google.protobuf.Timestamp))"},
  }));
  check_row(expr, expected);
}

TEST_CASE("to_display writes a CEL literal with map keys in order", "[cel][eval]") {
  ValueMap map;
  map.emplace_back(Value::string("a"), Value::integer(3));
  map.emplace_back(Value::uinteger(1), Value::integer(4));
  map.emplace_back(Value::boolean(true), Value::integer(1));
  map.emplace_back(Value::integer(2), Value::list({Value::dbl(0.5), Value::null(), Value::bytes("\"\x01")}));
  CHECK(to_display(Value::map(map)) == R"({true: 1, 1u: 4, 2: [0.5, null, b"\"\x01"], "a": 3})");
  CHECK(to_display(Value::duration(-1'500'000'000)) == R"(duration("-1.5s"))");
  CHECK(to_display(Value::timestamp(0)) == R"(timestamp("1970-01-01T00:00:00Z"))");
  CHECK(to_display(Value::error("no such key: 'uid'")) == "error(no such key: 'uid')");
  CHECK(to_display(Value::type_value("int")) == "int");
}

TEST_CASE("to_label converts what a label may hold and refuses the rest", "[cel][eval]") {
  auto [expr, expected] = GENERATE(table<std::string, std::string>({
      {"resource.metadata.name", R"("web-1")"},
      {"resource.spec.replicas", R"("3")"},
      {"value / 1000.0", R"("1.536")"},
      {"7u", R"("7")"},
      {"resource.status.readyReplicas == resource.spec.replicas", R"("false")"},
      {"duration('90s')", R"("90s")"},
      {"timestamp(resource.metadata.creationTimestamp)", R"("2024-03-01T12:00:00Z")"},
      {"null", R"("")"},
      {"type(1)", R"("int")"},
      {"b'\\xff'", "error(string() of bytes that are not valid UTF-8)"},
      {"resource.metadata.labels", "error(a label value cannot be a map: it has no string conversion)"},
      {"b'x'", R"("x")"},
      {"resource.metadata.uid", "error(no such key: 'uid')"},
  }));
  const auto parsed = parse(expr);
  REQUIRE(parsed.ok());
  CAPTURE(expr);
  CHECK(to_display(to_label(evaluate(*parsed.root(), policy_activation()))) == expected);
}

TEST_CASE("equal is CEL's ==: numbers by value, lists and maps element-wise", "[cel][eval]") {
  CHECK(equal(Value::integer(1), Value::dbl(1.0)));
  CHECK(equal(Value::uinteger(1), Value::integer(1)));
  CHECK_FALSE(equal(Value::integer(1), Value::string("1")));
  CHECK_FALSE(equal(Value::dbl(std::nan("")), Value::dbl(std::nan(""))));
  CHECK(equal(Value::list({Value::integer(1), Value::string("a")}), Value::list({Value::dbl(1), Value::string("a")})));
  CHECK_FALSE(equal(Value::list({Value::integer(1)}), Value::list({Value::integer(1), Value::integer(1)})));
  ValueMap a;
  a.emplace_back(Value::string("x"), Value::integer(1));
  a.emplace_back(Value::integer(2), Value::null());
  ValueMap b(a.rbegin(), a.rend());
  CHECK(equal(Value::map(a), Value::map(b)));
  b.front().second = Value::boolean(false);
  CHECK_FALSE(equal(Value::map(a), Value::map(b)));
  CHECK_FALSE(equal(Value::error("x"), Value::error("x")));
}
