// Parser: statements and conditions of many shapes parse; rejected ones fail at the exact byte
// with a one-line message.
#include <catch2/catch.hpp>

#include <string>

#include "ottl/parse.hpp"

using telc::ottl::NodeKind;
using telc::ottl::parse;

TEST_CASE("valid statements parse", "[ottl][parser]") {
  for (const char* text : {
           R"(set(attributes["team"], "payments"))",
           R"(set(datapoint.attributes["tier"], "gold") where metric.name == "queue_depth")",
           R"(delete_key(resource.attributes, "host.id"))",
           R"(keep_keys(resource.attributes, ["service.name", "k8s.namespace.name"]))",
           R"(set(span.attributes["ms"], (span.end_time_unix_nano - span.start_time_unix_nano) / 1000000))",
           R"(set(log.attributes["n"], 2 * 3 + 4 / 2 - 1))",
           R"(set(log.attributes["p"], Split(log.attributes["path"], "/")[1]))",
           R"(set(log.attributes["l"], ToLowerCase(Concat([log.severity_text, String(log.flags)], ":"))))",
           R"(set(log.cache["m"], {"a": [1, -2.5, 0x0aff, true, nil], "b": {"c": "d"}}))",
           R"(set(log.cache["e"], {}))",
           R"(set(log.cache["l"], []))",
           R"(flatten(log.attributes, depth = 2, prefix = "app"))",
           R"(replace_pattern(span.name, "[0-9]+", "{id}", SHA256, "id-%s"))",
           R"(set(span.status.code, STATUS_CODE_ERROR) where span.attributes["http.status"] >= 500)",
           R"(set(log.body, "a\tb\u00e9\x41\101\"") where not IsMatch(log.body, "^x") and log.flags != 0 or false)",
           R"(set(metric.description, "x") where (metric.type == METRIC_DATA_TYPE_SUM or metric.unit == "s") and true)",
           R"(set(log.attributes[log.attributes["key_name"]], 1))",
           R"(set(log.attributes["x"], .5))",
           R"(set(log.attributes["x"], +7))",
           "  set( log.attributes[\"x\"] ,\n 1 )  ",
       }) {
    INFO(text);
    const auto r = parse(text, false);
    CHECK(r.ok());
    if (!r.ok()) INFO(r.error()->message);
  }
}

TEST_CASE("valid conditions parse", "[ottl][parser]") {
  for (const char* text : {
           "true",
           "not false",
           R"(IsMatch(resource.attributes["k8s.pod.name"], "^job-"))",
           R"(metric.name == "up" and metric.type != METRIC_DATA_TYPE_GAUGE)",
           R"(Len(log.body) > 10 * 2)",
           R"((datapoint.value_double - 1.5) / 2 < 0.25)",
           R"(not (span.kind == SPAN_KIND_SERVER) or span.name == nil)",
           R"(IsRootSpan())",
       }) {
    INFO(text);
    CHECK(parse(text, true).ok());
  }
}

TEST_CASE("the tree keeps precedence and kinds", "[ottl][parser]") {
  const auto r = parse(R"(set(x, 1 + 2 * 3) where a == 1 or b == 2 and c == 3)", false);
  REQUIRE(r.ok());
  const auto& math = *r.tree().root->kids[1];
  CHECK(math.kind == NodeKind::math);
  CHECK(math.text == "+");
  CHECK(math.kids[1]->text == "*");
  const auto& where = *r.tree().where;
  CHECK(where.kind == NodeKind::logical_or);
  CHECK(where.kids[1]->kind == NodeKind::logical_and);
  const auto m = parse(R"(set(a, {"k": "v\n"}))", false);
  REQUIRE(m.ok());
  CHECK(m.tree().root->kids[1]->kids[0]->label == "k");
  CHECK(m.tree().root->kids[1]->kids[0]->text == "v\n");
}

TEST_CASE("invalid texts fail at the offending byte", "[ottl][parser]") {
  auto [text, is_condition, begin, end, message] =
      GENERATE(table<std::string, bool, std::size_t, std::size_t, std::string>({
          {R"(set(x, 1)", false, 8, 8, "expected ',' or ')' in the argument list, found the end of the text"},
          {R"(set(x, "abc))", false, 12, 12, "unterminated string: missing closing '\"'"},
          {R"(set(x, 1) where)", false, 15, 15, "expected a condition after 'where', found the end of the text"},
          {R"(set(x, y-1))", false, 8, 8, "expected ',' or ')' in the argument list, found '-'"},
          {R"(set(x, a == b))", false, 7, 12, "a comparison cannot be used as a value"},
          {R"(set(x, "a" + 1))", false, 7, 9, "a string cannot be an operand of '+'"},
          {R"(set(x, 1) where y)", false, 16, 16, "expected a condition, found a path"},
          {R"(x == 1)", false, 0, 5, "expected an editor call, found a comparison"},
          {R"(set(x, "\q"))", false, 8, 9, "unknown escape sequence '\\q' in the string"},
          {R"(set(x, 0xabc))", false, 7, 11, "byte literal has an odd number of hex digits"},
          {R"(set(x, 99999999999999999999))", false, 7, 26, "integer 99999999999999999999 does not fit in 64 bits"},
          {R"(not not true)", true, 4, 6, "expected a condition after 'not', found 'not'"},
          {R"(a == 1 and)", true, 10, 10, "expected a condition after 'and', found the end of the text"},
          {R"(a == 1 b == 2)", true, 7, 7, "unexpected 'b' after the condition"},
          {R"(set(x.Y, 1))", false, 6, 6, "expected a lowercase path name after '.', found 'Y'"},
          {R"(set(x, {a: 1}))", false, 8, 8, "expected a \"key\": value entry or '}' in the map, found 'a'"},
          {R"(set(x, ("a")))", false, 8, 10, "a string cannot be in parentheses here"},
          {R"(set(x, 1)[0])", false, 10, 11, "only paths and converters can be indexed, not editors"},
          {R"(set(x, 'a'))", false, 7, 7, "expected an argument after ',', found '''"},
      }));
  INFO(text);
  const auto r = parse(text, is_condition);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error()->message == message);
  CHECK(r.error()->begin == begin);
  CHECK(r.error()->end == end);
}

TEST_CASE("input is bounded in size and nesting", "[ottl][parser]") {
  CHECK_FALSE(parse(std::string(telc::ottl::kMaxBytes + 1, ' '), true).ok());
  const std::string deep = "set(x, " + std::string(300, '(') + "1" + std::string(300, ')') + ")";
  const auto r = parse(deep, false);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error()->message == "expression nests too deeply (more than 128 levels)");
  const std::string fine = "set(x, " + std::string(100, '(') + "1" + std::string(100, ')') + ")";
  CHECK(parse(fine, false).ok());
}
