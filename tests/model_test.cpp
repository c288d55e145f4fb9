#include <catch2/catch.hpp>

#include "model/model.hpp"

using telc::model::Model;

namespace {

/// A model with one element in every list, each named `tag` where it has a name to hold it.
Model one_of_each(const std::string& tag, bool dependencies) {
  Model model;
  model.export_policies.emplace_back();
  model.definitions.emplace_back();
  model.definitions.back().origin.name.value = tag;
  model.policies.emplace_back();
  model.rule_files.emplace_back();
  model.registries.emplace_back();
  model.pipelines.emplace_back();
  model.registry_has_dependencies = dependencies;
  model.broken_definitions.push_back(tag);
  return model;
}

}  // namespace

TEST_CASE("Model::merge appends every member in order") {
  Model merged = one_of_each("first", false);
  merged.merge(one_of_each("second", true));
  CHECK(merged.export_policies.size() == 2);
  CHECK(merged.policies.size() == 2);
  CHECK(merged.rule_files.size() == 2);
  CHECK(merged.registries.size() == 2);
  CHECK(merged.pipelines.size() == 2);
  REQUIRE(merged.definitions.size() == 2);
  CHECK(merged.definitions[0].origin.name.value == "first");
  CHECK(merged.definitions[1].origin.name.value == "second");
  CHECK(merged.broken_definitions == std::vector<std::string>{"first", "second"});
  CHECK(merged.registry_has_dependencies);
}
