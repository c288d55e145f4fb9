// The compiled validator (schema/fast_validate.hpp) against the reference, valijson and the
// keyword walker: on every document of testdata/ and examples/ and on mutants of each (a member
// removed, a scalar replaced by a value of another type or form), it never accepts a document the
// reference reports an error for, and it accepts nearly all the valid ones.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "golden.hpp"
#include "model/kinds.hpp"
#include "schema/fast_validate.hpp"
#include "schema/schema_store.hpp"
#include "schema/validate.hpp"
#include "schema/yaml_loader.hpp"

namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

struct Tally {
  std::size_t documents = 0, valid = 0, accepted = 0, unsound = 0;
};

bool reference_ok(const telc::schema::CompiledSchema& schema, const telc::schema::Document& doc,
                  const telc::diag::SourceManager& sources) {
  telc::diag::Sink scratch;
  return telc::schema::validate_reference(schema, doc, sources, scratch).ok;
}

void compare(const telc::schema::CompiledSchema& schema, const telc::schema::Document& doc,
             const telc::diag::SourceManager& sources, Tally& tally, const std::string& what) {
  const bool fast = schema.fast->accepts(doc.value);
  const bool ok = reference_ok(schema, doc, sources);
  ++tally.documents;
  tally.valid += ok ? 1 : 0;
  tally.accepted += fast ? 1 : 0;
  if (fast && !ok) {
    ++tally.unsound;
    UNSCOPED_INFO("accepted, but the reference reports errors: " << what << " " << doc.value.dump());
  }
}

/// Replacements for a scalar: other types, and forms the schemas' formats and patterns reject.
const std::vector<Json>& replacements() {
  static const std::vector<Json> values = {
      Json("x"),     Json(""),          Json(0),           Json(-1),      Json(2.5),      Json(true),
      Json(nullptr), Json("5 minutes"), Json("not a url"), Json::array(), Json::object(), Json(std::string(300, 'a'))};
  return values;
}

/// Every node's pointer, parents first.
void pointers(const Json& value, const std::string& at, std::vector<std::string>& out) {
  out.push_back(at);
  if (value.is_object())
    for (const auto& [key, child] : value.items()) {
      std::string token;
      for (const char c : key) token += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
      pointers(child, at + "/" + token, out);
    }
  if (value.is_array())
    for (std::size_t i = 0; i < value.size(); ++i) pointers(value[i], at + "/" + std::to_string(i), out);
}

void mutate(const telc::schema::CompiledSchema& schema, const telc::schema::Document& doc,
            const telc::diag::SourceManager& sources, Tally& tally) {
  std::vector<std::string> all;
  pointers(doc.value, "", all);
  for (std::size_t n = 1; n < all.size() && n < 60; ++n) {
    const Json::json_pointer at(all[n]);
    telc::schema::Document removed{doc.file, doc.index, doc.value, doc.locations};
    if (removed.value.at(at.parent_pointer()).is_object()) {
      removed.value.at(at.parent_pointer()).erase(at.back());
      compare(schema, removed, sources, tally, "without " + all[n]);
    }
    if (doc.value.at(at).is_structured()) continue;
    for (const Json& r : replacements()) {
      telc::schema::Document changed{doc.file, doc.index, doc.value, doc.locations};
      changed.value[at] = r;
      compare(schema, changed, sources, tally, all[n] + " = " + r.dump());
    }
  }
}

void walk_inputs(const fs::path& root, bool mutants, Tally& tally) {
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    const auto ext = entry.path().extension();
    if (!entry.is_regular_file() || (ext != ".yaml" && ext != ".yml") || entry.file_size() > 200'000) continue;
    telc::diag::SourceManager sources;
    telc::diag::Sink sink;
    const auto file = sources.add(entry.path().string(), telc::test::read_text(entry.path()));
    for (const auto& doc : telc::schema::load_yaml(sources, file, sink)) {
      const telc::schema::Locator where(sources, doc);
      const auto identity = telc::model::identify(where, sink);
      if (identity.verdict != telc::model::Identity::Verdict::check) continue;
      const auto* schema = telc::schema::SchemaStore::builtin().find(identity.kind->api_version, identity.kind->kind);
      if (schema == nullptr) continue;
      compare(*schema, doc, sources, tally, entry.path().string());
      if (mutants) mutate(*schema, doc, sources, tally);
    }
  }
}

}  // namespace

TEST_CASE("schema: the compiled validator accepts only what the reference accepts, and nearly all of it") {
  Tally originals, mutants;
  for (const char* dir : {TESTDATA_DIR, EXAMPLES_DIR}) walk_inputs(dir, false, originals);
  CHECK(originals.unsound == 0);
  INFO(originals.documents << " documents, " << originals.valid << " valid, " << originals.accepted << " accepted");
  CHECK(originals.documents > 400);
  // The shortcut is worth having only if it takes most valid documents.
  CHECK(originals.accepted * 100 >= originals.valid * 95);
  walk_inputs(EXAMPLES_DIR, true, mutants);
  walk_inputs(fs::path(TESTDATA_DIR) / "validate", true, mutants);
  INFO(mutants.documents << " mutants, " << mutants.valid << " valid, " << mutants.accepted << " accepted");
  CHECK(mutants.unsound == 0);
  CHECK(mutants.documents > 5000);
}

TEST_CASE("schema: every embedded schema compiles both ways") {
  const auto& store = telc::schema::SchemaStore::builtin();
  std::size_t schemas = 0;
  for (const std::string& api_version : store.api_versions())
    for (const std::string& kind : store.kinds(api_version)) {
      const auto* schema = store.find(api_version, kind);
      REQUIRE(schema != nullptr);
      CHECK(schema->fast != nullptr);
      CHECK_NOTHROW(schema->reference());
      ++schemas;
    }
  CHECK(schemas >= 20);
}
