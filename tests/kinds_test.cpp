// The kinds table and the schemas in schemas/ name the same kinds, so adding a kind without its
// schema (or a schema without its row) fails here.
#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <utility>

#include "model/kinds.hpp"
#include "schema/schema_store.hpp"

using telc::model::all_kinds;
using telc::model::Shape;

TEST_CASE("the kinds table is sorted and has one row per apiVersion and kind") {
  const auto kinds = all_kinds();
  for (std::size_t i = 1; i < kinds.size(); ++i) {
    INFO(kinds[i].api_version << " " << kinds[i].kind);
    CHECK(std::pair(kinds[i - 1].api_version, kinds[i - 1].kind) < std::pair(kinds[i].api_version, kinds[i].kind));
  }
}

TEST_CASE("every kind has its schema, and every schema its kind") {
  const auto& store = telc::schema::SchemaStore::builtin();
  std::set<std::pair<std::string, std::string>> rows;
  for (const auto& row : all_kinds()) {
    INFO(row.api_version << " " << row.kind);
    CHECK(store.find(row.api_version, row.kind) != nullptr);
    rows.emplace(row.api_version, row.kind);
  }
  for (const std::string& version : store.api_versions())
    for (const std::string& kind : store.kinds(version)) {
      INFO(version << " " << kind);
      CHECK(rows.count({version, kind}) == 1);
    }
}

TEST_CASE("each shape of a headless format is recognised by exactly one row") {
  for (Shape shape : {Shape::rule_file, Shape::registry, Shape::registry_manifest, Shape::registry_v2}) {
    std::size_t rows = 0;
    for (const auto& row : all_kinds()) rows += row.shape == shape ? 1 : 0;
    CHECK(rows == 1);
  }
}

TEST_CASE("documents without apiVersion are told apart by their top-level keys") {
  using telc::model::shape_of;
  const auto json = [](const char* text) { return nlohmann::json::parse(text); };
  CHECK(shape_of(json(R"({"groups": [{"name": "g", "rules": []}]})")) == Shape::rule_file);
  CHECK(shape_of(json(R"({"groups": [{"id": "registry.http", "type": "attribute_group"}]})")) == Shape::registry);
  CHECK(shape_of(json(R"({"groups": [{"id": "x"}, {"name": "g", "rules": []}]})")) == Shape::rule_file);
  CHECK(shape_of(json(R"({"semconv_version": "1.0.0"})")) == Shape::registry_manifest);
  CHECK(shape_of(json(R"({"file_format": "definition/2"})")) == Shape::registry_v2);
  CHECK(shape_of(json(R"({"apiVersion": "v1", "groups": []})")) == Shape::resource);
}
