// Checker: every code at its exact column, per environment and expectation; the design's
// MetricPolicy examples check clean.
#include <catch2/catch.hpp>

#include <string>

#include "cel/check.hpp"
#include "cel/codes.hpp"
#include "cel/functions.hpp"
#include "cel_test_util.hpp"

using telc::cel::test::diagnose;
using namespace telc::cel;

namespace {

Environment env_named(const std::string& name) {
  if (name == "dataplane") return data_plane_transform_env();
  if (name == "selector") return attribute_selector_env();
  if (name == "series") return series_from_env();
  return resource_env();
}

}  // namespace

TEST_CASE("the checker reports each error at the offending column", "[cel][checker]") {
  auto [env, input, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"dataplane", "value / 1000.0", ""},
      {"dataplane", "value / 1000",
       "1:9-12 error cel/type: '/' cannot combine a double with an int\n"
       "  hint: CEL never converts between int, uint and double: write 1000.0 rather than 1000, or convert with "
       "double(...)\n"},
      {"dataplane", "value + 'x'", "1:9-11 error cel/type: '+' cannot combine a double with a string\n"},
      {"dataplane", "'abc' * 2", "1:1-5 error cel/type: '*' needs an int, a uint or a double, found a string\n"},
      {"dataplane", "2 % 1.5", "1:5-7 error cel/type: '%' needs an int or a uint, found a double\n"},
      {"dataplane", "!1", "1:2-2 error cel/type: '!' needs a bool, found an int\n"},
      {"dataplane", "-1u",
       "1:2-3 error cel/type: '-' needs an int or a double, found a uint\n"
       "  hint: a uint cannot be negated; convert it with int(...)\n"},
      {"dataplane", "'a' == 1",
       "1:8-8 error cel/type: '==' cannot compare a string with an int\n"
       "  hint: convert one side first, with string(...) or double(...)\n"},
      {"dataplane", "'a' < 1",
       "1:7-7 error cel/type: '<' cannot compare a string with an int\n"
       "  hint: convert one side first, with string(...) or double(...)\n"},
      {"dataplane", "[1] < [2]",
       "1:1-3 error cel/type: '<' needs a bool, an int, a uint, a double, a string, bytes, a duration or a timestamp, "
       "found a list\n"
       "1:7-9 error cel/type: '<' needs a bool, an int, a uint, a double, a string, bytes, a duration or a timestamp, "
       "found a list\n"},
      {"dataplane", "1 == 1.0 && 2u < 3.5 && value != null", ""},
      {"dataplane", "1 && true", "1:1-1 error cel/type: '&&' needs a bool, found an int\n"},
      {"dataplane", "1 ? 2 : 3", "1:1-1 error cel/type: the condition of '?:' needs a bool, found an int\n"},
      {"dataplane", "true + 1",
       "1:1-4 error cel/type: '+' needs an int, a uint, a double, a string, bytes, a list, a duration or a timestamp, "
       "found a bool\n"},
      {"dataplane", "1 in 'abc'",
       "1:6-10 error cel/type: 'in' needs a list or a map on its right, found a string\n"
       "  hint: to test for a substring use x.contains(y)\n"},
      {"dataplane", "'k' in attributes && 1 in [1, 2]", ""},
      {"dataplane", "item.status",
       "1:1-4 error cel/unknown-variable: unknown variable 'item' in dataPlane.transform\n"
       "  hint: 'item' is bound only inside seriesFrom (its value and labels), one element of seriesFrom.path\n"},
      {"dataplane", "valu * 2.0",
       "1:1-4 error cel/unknown-variable: unknown variable 'valu' in dataPlane.transform\n"
       "  hint: did you mean 'value'?\n"},
      {"dataplane", "attributes['k'] + 1 > 0 && attributes.x == 'y'", ""},
      {"dataplane", "value.f", "1:7-7 error cel/type: cannot select field 'f' from a double\n"},
      {"dataplane", "'abc'[0]",
       "1:1-5 error cel/type: cannot index a string\n"
       "  hint: use charAt(i) or substring(i, j)\n"},
      {"dataplane", "[1][true]", "1:5-8 error cel/type: a list index must be an int, found a bool\n"},
      {"dataplane", "{[1]: 2}", "1:2-4 error cel/type: a map key must be an int, uint, bool or string, found a list\n"},
      {"dataplane", "pkg.M{a: 1}",
       "1:1-5 error cel/unknown-type: unknown message type 'pkg.M'\n"
       "  hint: no message types are declared here; a map literal {'key': value} builds a map\n"},
      {"dataplane", "resource.name.lowerAscii().upperAscii().trim()", ""},
      {"dataplane", "google.protobuf.Duration{seconds: 5} + duration('1s')", ""},
      {"dataplane", "resource.name.lowerAsci()",
       "1:15-23 error cel/unknown-function: unknown function 'lowerAsci'\n"
       "  hint: did you mean 'lowerAscii'?\n"},
      {"dataplane", "resource.name.lowercase()", "1:15-23 error cel/unknown-function: unknown function 'lowercase'\n"},
      {"dataplane", "frobnicate(value)", "1:1-10 error cel/unknown-function: unknown function 'frobnicate'\n"},
      {"dataplane", "size(1, 2)", "1:1-4 error cel/arity: 'size' takes 1 argument, found 2\n"},
      {"dataplane", "size()", "1:1-4 error cel/arity: 'size' takes 1 argument, found 0\n"},
      {"dataplane", "'abc'.size() + size('abc') + size([1]) + size({})", ""},
      {"dataplane", "'abc'.substring(1, 2, 3)",
       "1:7-15 error cel/arity: 'substring' takes 1 or 2 arguments, found 3\n"},
      {"dataplane", "[1].all(x)", "1:5-7 error cel/arity: 'all' takes 2 arguments, found 1\n"},
      {"dataplane", "math.greatest()", "1:6-13 error cel/arity: 'math.greatest' takes at least 1 argument, found 0\n"},
      {"dataplane", "startsWith('a', 'b')",
       "1:1-10 error cel/unknown-function: 'startsWith' is a method, not a global function\n"
       "  hint: call it on its receiver: x.startsWith(...)\n"},
      {"dataplane", "'1'.int()",
       "1:5-7 error cel/unknown-function: 'int' is a global function, not a method\n"
       "  hint: call it with the receiver as its argument: int(x)\n"},
      {"dataplane", "math.greatest(1, 2) + math.abs(-3) + math.bitAnd(6, 3)", ""},
      {"dataplane", "math.ceil(value) + math.floor(1.5) + math.round(value) + math.trunc(2.5)", ""},
      {"dataplane", "math.max(1, 2)", "1:1-8 error cel/unknown-function: unknown function 'math.max'\n"},
      {"dataplane", "math.gretest(1, 2)",
       "1:1-12 error cel/unknown-function: unknown function 'math.gretest'\n"
       "  hint: did you mean 'math.greatest'?\n"},
      {"dataplane", "math.ceil(1)", "1:11-11 error cel/type: 'math.ceil' cannot take an int; it takes a double\n"},
      {"dataplane", "base64.encode('x')",
       "1:15-17 error cel/type: 'base64.encode' cannot take a string; it takes bytes\n"},
      {"dataplane", "base64.encode(base64.decode('eA==')) + strings.quote('x')", ""},
      {"dataplane", "'x'.getSeconds()",
       "1:1-3 error cel/type: 'getSeconds' cannot be called on a string; it takes a duration or a timestamp\n"},
      {"dataplane", "duration('1s') + timestamp('2020-01-01T00:00:00Z') > timestamp(resource.t)", ""},
      {"dataplane", "timestamp('a') + timestamp('b')",
       "1:18-31 error cel/type: '+' cannot combine a timestamp with a timestamp\n"},
      {"dataplane", "(timestamp('a') - timestamp('b')).getSeconds() + 1", ""},
      {"dataplane", "[1, 2].all(x, x > 0) && [1].exists(x, x == 1) && [1].exists_one(x, x == 1)", ""},
      {"dataplane", "[1, 2].all(x, 1)", "1:15-15 error cel/type: the predicate of 'all' needs a bool, found an int\n"},
      {"dataplane", "'abc'.all(c, true)",
       "1:1-5 error cel/type: 'all' iterates over a list or a map, found a string\n"},
      {"dataplane", "[1].map(x, [2].map(y, x + y)).size()", ""},
      {"dataplane", "[1].map(x, y)",
       "1:12-12 error cel/unknown-variable: unknown variable 'y' in dataPlane.transform\n"
       "  hint: did you mean 'x'?\n"},
      {"dataplane", "[1].map(x, x > 0, x * 2) + [1].filter(x, x > 0) + [3, 1].sortBy(x, -x)", ""},
      {"dataplane", "has(resource.metadata.labels) && has(attributes.k)", ""},
      {"dataplane", "has(value.f)", "1:5-9 error cel/type: has() tests a field of a map or message, found a double\n"},
      {"dataplane", "type(value) == double && type(1) != google.protobuf.Duration", ""},
      {"dataplane", "'a,b'.split(',').join('-') + 'x'.reverse() + lists.range(3).reverse().join()", ""},
      {"series", "item.status == 'True' ? 1 : 0", ""},
      {"series", "value",
       "1:1-5 error cel/unknown-variable: unknown variable 'value' in resourceFields.seriesFrom\n"
       "  hint: 'value' (the sample's value) is bound only in dataPlane.transform\n"},
      {"series", "object.metadata.name",
       "1:1-6 error cel/unknown-variable: unknown variable 'object' in resourceFields.seriesFrom\n"
       "  hint: MetricPolicy calls the control-plane object 'resource' (ResourceMetricsPolicy calls it 'object')\n"},
      {"selector", "item.name",
       "1:1-4 error cel/unknown-variable: unknown variable 'item' in dataPlane.selector.otel.attributeSelectors\n"
       "  hint: 'item' is bound only inside seriesFrom (its value and labels), one element of seriesFrom.path\n"},
      {"resource", "attributes['x']",
       "1:1-10 error cel/unknown-variable: unknown variable 'attributes' in resourceFields\n"
       "  hint: 'attributes' (the sample's attributes) is bound only in dataPlane.transform\n"},
      {"resource", "resorce.status",
       "1:1-7 error cel/unknown-variable: unknown variable 'resorce' in resourceFields\n"
       "  hint: did you mean 'resource'?\n"},
      {"resource", "math.greatest(1) + math.least([1])", ""},
  }));
  INFO(input);
  CHECK(diagnose(input, env_named(env)) == expected);
}

TEST_CASE("the checker holds expressions to what their field needs", "[cel][checker]") {
  auto [env, expect, input, expected] = GENERATE(table<std::string, Expectation, std::string, std::string>({
      {"dataplane", Expectation::value, "value / 1000.0", ""},
      {"dataplane", Expectation::value, "value > 1.0", ""},
      {"dataplane", Expectation::value, "attributes['n']", ""},
      {"dataplane", Expectation::value, "'1'",
       "1:1-3 error cel/type: a value expression must yield a number or bool, found a string\n"
       "  hint: convert it with double(...)\n"},
      {"dataplane", Expectation::value, "[value]",
       "1:1-7 error cel/type: a value expression must yield a number or bool, found a list\n"},
      {"dataplane", Expectation::label, "attributes['k8s.gateway.name']", ""},
      {"dataplane", Expectation::label, "string(resource.metadata.uid)", ""},
      {"dataplane", Expectation::label, "value * 2.0", ""},
      {"dataplane", Expectation::label, "'Ready'", ""},
      {"series", Expectation::label, "resource.status.conditions.map(c, c.type)",
       "1:1-41 error cel/type: a label expression must yield a string, number or bool, found a list\n"
       "  hint: join the elements into one string: x.join(',')\n"},
      {"series", Expectation::label, "{'a': 1}",
       "1:1-8 error cel/type: a label expression must yield a string, number or bool, found a map\n"},
      {"resource", Expectation::list, "resource.status.conditions", ""},
      {"resource", Expectation::list, "resource.status.conditions.filter(c, c.status == 'True')", ""},
      {"resource", Expectation::list, "size(resource.x)",
       "1:1-16 error cel/type: seriesFrom.path must yield a list, found an int\n"},
      {"resource", Expectation::condition, "resource.metadata.deletionTimestamp != null", ""},
      {"resource", Expectation::condition, "size(resource.x)",
       "1:1-16 error cel/type: a condition must yield a bool, found an int\n"
       "  hint: compare it: x != 0\n"},
  }));
  INFO(input);
  CHECK(diagnose(input, env_named(env), expect) == expected);
}

TEST_CASE("the design's MetricPolicy examples check clean in their contexts", "[cel][checker]") {
  // research/datum.md section 2.3, and the ResourceMetricsPolicy port in 2.5(b) with object -> resource.
  auto [env, expect, input] = GENERATE(table<std::string, Expectation, std::string>({
      {"selector", Expectation::label, "resource.metadata.name"},
      {"selector", Expectation::label, "resource.metadata.namespace"},
      {"dataplane", Expectation::value, "value / 1000.0"},
      {"dataplane", Expectation::value, "value"},
      {"dataplane", Expectation::label, "resource.metadata.name"},
      {"dataplane", Expectation::label, "resource.metadata.namespace"},
      {"dataplane", Expectation::label, "string(resource.metadata.uid)"},
      {"dataplane", Expectation::label, "attributes['k8s.gateway.name']"},
      {"dataplane", Expectation::label, "attributes['envoy.cluster_name']"},
      {"dataplane", Expectation::label, "attributes['http.response.status_code_class']"},
      {"resource", Expectation::list, "resource.status.conditions"},
      {"series", Expectation::value, "item.status == 'True' ? 1 : 0"},
      {"series", Expectation::value, "item.status == 'True' ? 1.0 : 0.0"},
      {"series", Expectation::label, "item.type"},
      {"series", Expectation::label, "item.reason"},
      {"series", Expectation::label, "resource.metadata.name"},
      {"series", Expectation::label, "resource.metadata.namespace"},
      {"series", Expectation::label, "string(resource.metadata.uid)"},
      {"resource", Expectation::condition, "resource.metadata.deletionTimestamp != null"},
      {"resource", Expectation::value, "double(timestamp(resource.metadata.creationTimestamp).getSeconds())"},
  }));
  INFO(input);
  CHECK(diagnose(input, env_named(env), expect).empty());
}

TEST_CASE("a syntax error is reported instead of checking", "[cel][checker]") {
  CHECK(diagnose("value +", data_plane_transform_env()) ==
        "1:8-8 error cel/syntax: expected an operand after the operator, found the end of the expression\n");
}

TEST_CASE("positions map through EmbeddedText to file lines and columns", "[cel][checker]") {
  CHECK(diagnose("value\n  + itm", data_plane_transform_env()) ==
        "2:5-7 error cel/unknown-variable: unknown variable 'itm' in dataPlane.transform\n"
        "  hint: did you mean 'item'? 'item' is bound only inside seriesFrom (its value and labels), one element of "
        "seriesFrom.path\n");
}

TEST_CASE("the function table is sorted and well-formed", "[cel][checker]") {
  const auto functions = all_functions();
  for (std::size_t i = 0; i < functions.size(); ++i) {
    INFO(functions[i].name);
    CHECK(functions[i].min_args <= functions[i].max_args);
    if (i > 0) CHECK(functions[i - 1].name < functions[i].name);
    CHECK(find_function(functions[i].name) == &functions[i]);
  }
  CHECK(find_function("nope") == nullptr);
}

TEST_CASE("the code table is sorted and names every code the checker reports", "[cel][checker]") {
  const auto codes = telc::cel::codes();
  for (std::size_t i = 1; i < codes.size(); ++i) CHECK(codes[i - 1].code < codes[i].code);
  for (const char* code :
       {"cel/arity", "cel/syntax", "cel/type", "cel/unknown-function", "cel/unknown-type", "cel/unknown-variable"}) {
    INFO(code);
    CHECK(std::any_of(codes.begin(), codes.end(), [&](const auto& c) { return c.code == code; }));
  }
}
