#include <catch2/catch.hpp>

#include "diag/sink.hpp"
#include "schema/formats.hpp"
#include "schema/scalar_text.hpp"
#include "schema/schema_store.hpp"
#include "schema/yaml_convert.hpp"
#include "schema/yaml_loader.hpp"

using namespace telc;

namespace Catch {
template <> struct StringMaker<diag::SourcePos> {
  static std::string convert(const diag::SourcePos& p) {
    return std::to_string(p.line) + ":" + std::to_string(p.column);
  }
};
}  // namespace Catch
using diag::SourcePos;

namespace {

/// Loads `text`, maps the scalar at `pointer` and returns where value byte `offset` sits.
SourcePos position_in(const std::string& text, const std::string& pointer, std::size_t offset) {
  diag::SourceManager sm;
  const auto file = sm.add("t.yaml", text);
  diag::Sink sink;
  auto docs = schema::load_yaml(sm, file, sink);
  REQUIRE(docs.size() == 1);
  return schema::Locator(sm, docs[0]).text(pointer).at(offset);
}

}  // namespace

TEST_CASE("scalar bytes map to file positions in every style") {
  CHECK(position_in("q: abc{x}\n", "/q", 3) == SourcePos{1, 7});
  CHECK(position_in("q: \"a\\\"b{\"\n", "/q", 3) == SourcePos{1, 9});  // after an escape
  CHECK(position_in("q: 'it''s {'\n", "/q", 5) == SourcePos{1, 11});   // after a doubled quote
  CHECK(position_in("q: |\n  first\n  {second\n", "/q", 6) == SourcePos{3, 3});
  CHECK(position_in("q: >-\n    a\n    {b\n", "/q", 2) == SourcePos{3, 5});
  CHECK(position_in("q: plain\n  continued {x\n", "/q", 16) == SourcePos{2, 13});
  CHECK(position_in("q: “x”\n", "/q", 3) == SourcePos{1, 5});  // code-point columns
}

TEST_CASE("positions are file-relative across documents") {
  diag::SourceManager sm;
  const auto file = sm.add("m.yaml", "a: 1\n---\nb: 2\n---\n# c\nc: x\n");
  diag::Sink sink;
  auto docs = schema::load_yaml(sm, file, sink);
  REQUIRE(docs.size() == 3);
  CHECK(docs[2].index == 2);
  CHECK(schema::Locator(sm, docs[2]).value("/c").begin == SourcePos{6, 4});
  CHECK(schema::Locator(sm, docs[1]).key("/b").begin == SourcePos{3, 1});
}

TEST_CASE("a syntax error in one document does not hide the others") {
  diag::SourceManager sm;
  const auto file = sm.add("m.yaml", "a: [\n---\nb: 2\n");
  diag::Sink sink;
  auto docs = schema::load_yaml(sm, file, sink);
  CHECK(docs.size() == 1);
  REQUIRE(sink.all().size() == 1);
  CHECK(sink.all()[0].code == "yaml/syntax");
  CHECK(sink.all()[0].span.begin == SourcePos{1, 4});
}

TEST_CASE("plain scalars resolve by the YAML 1.2 core schema") {
  using schema::resolve_plain_scalar;
  CHECK(resolve_plain_scalar("500") == 500);
  CHECK(resolve_plain_scalar("-3") == -3);
  CHECK(resolve_plain_scalar("0x1F") == 31);
  CHECK(resolve_plain_scalar("1.5") == 1.5);
  CHECK(resolve_plain_scalar("1e3") == 1000.0);
  CHECK(resolve_plain_scalar("true") == true);
  CHECK(resolve_plain_scalar("~").is_null());
  CHECK(resolve_plain_scalar("5s") == "5s");
  CHECK(resolve_plain_scalar("yes") == "yes");  // YAML 1.1 booleans stay strings
  CHECK(resolve_plain_scalar("1.2.3") == "1.2.3");
}

TEST_CASE("Go durations") {
  CHECK(schema::parse_go_duration("5s") == 5'000'000'000);
  CHECK(schema::parse_go_duration("1m30s") == 90'000'000'000);
  CHECK(schema::parse_go_duration("1.5h") == 5'400'000'000'000);
  CHECK(schema::parse_go_duration("0") == 0);
  CHECK(schema::parse_go_duration("300ms") == 300'000'000);
  CHECK_FALSE(schema::parse_go_duration("5"));
  CHECK_FALSE(schema::parse_go_duration("5sec"));
  CHECK_FALSE(schema::parse_go_duration(""));
  CHECK(schema::parse_go_duration("-2m") == -120'000'000'000);
  CHECK(schema::parse_go_duration(".5s") == 500'000'000);
  CHECK_FALSE(schema::go_duration_error("2555555h"));
}

TEST_CASE("Go durations out of range are values, not exceptions") {
  using schema::DurationError;
  const std::string digits(400, '1');
  CHECK_FALSE(schema::parse_go_duration(digits + "s"));
  CHECK(schema::go_duration_error(digits + "s") == DurationError::too_large);
  CHECK(schema::go_duration_error("-" + digits + "ns") == DurationError::too_large);
  CHECK(schema::go_duration_error("2556000h") == DurationError::too_large);
  CHECK(schema::go_duration_error(digits) == DurationError::malformed);  // no unit
  CHECK(schema::go_duration_error("5sec") == DurationError::malformed);
  // Too small for a double is 0, as Go reads it.
  CHECK(schema::parse_go_duration("0." + std::string(400, '0') + "1s") == 0);
  CHECK(schema::parse_go_duration("1s0." + std::string(320, '0') + "1ns") == 1'000'000'000);
}

TEST_CASE("endpoint URLs") {
  CHECK_FALSE(schema::url_problem("https://otlp.example.com:4318/v1/metrics"));
  CHECK(schema::url_problem("otlp.example.com/v1"));
  CHECK(schema::url_problem("ftp://example.com"));
  CHECK(schema::url_problem("https://user:pw@example.com"));
  CHECK(schema::url_problem("https://example.com:99999"));
}

TEST_CASE("every embedded schema compiles") {
  const auto& store = schema::SchemaStore::builtin();
  std::size_t count = 0;
  for (const std::string& v : store.api_versions())
    for (const std::string& k : store.kinds(v)) {
      INFO(v << " " << k);
      CHECK(store.find(v, k) != nullptr);
      ++count;
    }
  CHECK(count >= 11);
}

TEST_CASE("an item of a List is a document of its own, with exactly its subtree's positions") {
  diag::SourceManager sm;
  const auto file = sm.add("l.yaml",
                           "kind: List\nitems:\n  - a: 1\n    b: {c: x}\n  - a: 2\n    ab: y\n  - &n {a: 3}\n  - *n\n"
                           "items10: z\n");
  diag::Sink sink;
  auto docs = schema::load_yaml(sm, file, sink);
  REQUIRE(docs.size() == 1);
  const schema::Document second = schema::subdocument(docs[0], "/items/1");
  CHECK(second.value == nlohmann::json{{"a", 2}, {"ab", "y"}});
  CHECK(second.locations.size() == 3);  // the item, /a and /ab: nothing of /items/10 or /items10
  CHECK(schema::Locator(sm, second).value("/ab").begin == SourcePos{6, 9});
  const schema::Document first = schema::subdocument(docs[0], "/items/0");
  CHECK(first.locations.size() == 4);  // the item, /a, /b, /b/c
  CHECK(schema::Locator(sm, first).value("/b/c").begin == SourcePos{4, 12});
  const schema::Document alias = schema::subdocument(docs[0], "/items/3");
  CHECK(alias.value == nlohmann::json{{"a", 3}});
  CHECK(alias.locations.size() == 1);  // an alias is one node where it is written
  CHECK(schema::subdocument(docs[0], "/nothing").locations.size() == 0);
}

namespace {

/// Every node's pointer in document order, each followed by one that names nothing below it.
void all_pointers(const nlohmann::json& value, const std::string& at, std::vector<std::string>& out) {
  out.push_back(at);
  out.push_back(at + "/0");
  out.push_back(at + "/no~1such");
  if (value.is_object())
    for (const auto& [key, child] : value.items()) all_pointers(child, schema::child_pointer(at, key), out);
  if (value.is_array())
    for (std::size_t i = 0; i < value.size(); ++i) all_pointers(value[i], schema::child_pointer(at, i), out);
}

}  // namespace

TEST_CASE("the pointer cache finds what find_pointer finds, in any order") {
  diag::SourceManager sm;
  const auto file = sm.add("t.yaml",
                           "a: {b: [1, {c: x, \"d/e\": y, \"f~g\": z}], h: ''}\n"
                           "groups:\n- name: g\n  rules:\n  - record: r\n    expr: up\n  - alert: A\n    expr: |\n"
                           "      up == 0\n    labels: {severity: page}\n- name: h\n  rules: []\n");
  diag::Sink sink;
  auto docs = schema::load_yaml(sm, file, sink);
  REQUIRE(docs.size() == 1);
  std::vector<std::string> pointers;
  all_pointers(docs[0].value, "", pointers);
  std::vector<std::string> reversed(pointers.rbegin(), pointers.rend());
  std::size_t found = 0;
  for (const auto* order : {&pointers, &reversed}) {
    schema::PointerCache cache;
    for (const std::string& pointer : *order) {
      const nlohmann::json* expected = schema::find_pointer(docs[0].value, pointer);
      CHECK(cache.find(docs[0].value, pointer) == expected);
      found += expected != nullptr ? 1 : 0;
    }
  }
  CHECK(found >= 2 * pointers.size() / 3);  // every node, both ways (and `/0` of each list)
}
