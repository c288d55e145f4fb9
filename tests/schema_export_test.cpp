// `telc schema export DIR`: every built-in schema as a file with its $id, and the exported
// schemas, used by a plain JSON Schema validator (valijson), agree with telc on examples/.
#include <catch2/catch.hpp>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "diag/sink.hpp"
#include "diag/source_manager.hpp"
#include "golden.hpp"
#include "run_cli.hpp"
#include "schema/yaml_loader.hpp"

namespace fs = std::filesystem;
using telc::test::read_text;
using telc::test::run_telc;

namespace {

fs::path exported() {
  static const fs::path dir = [] {
    fs::path out = fs::temp_directory_path() / "telc-schema-export-test";
    fs::remove_all(out);
    const auto r = run_telc({"schema", "export", out.string()});
    REQUIRE(r.code == 0);
    return out;
  }();
  return dir;
}

/// `node` with every local `$ref` replaced by its definition. valijson 1.0 fails every non-empty
/// object checked by a `propertyNames` reached through a `$ref` (a schema of
/// {"definitions": {"m": {"propertyNames": {"pattern": "^a$"}}}, "properties": {"x": {"$ref":
/// "#/definitions/m"}}} rejects {"x": {"a": 1}}); inlined, it checks them right. The exported
/// files keep their `$ref`s: other validators need no such help.
nlohmann::json inlined(const nlohmann::json& node, const nlohmann::json& root, int depth = 0) {
  REQUIRE(depth < 64);  // the schemas are not recursive
  if (node.is_array()) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& item : node) out.push_back(inlined(item, root, depth));
    return out;
  }
  if (!node.is_object()) return node;
  if (const auto ref = node.find("$ref"); ref != node.end())
    return inlined(root.at(nlohmann::json::json_pointer(ref->get<std::string>().substr(1))), root, depth + 1);
  nlohmann::json out = nlohmann::json::object();
  for (const auto& [key, child] : node.items()) out[key] = key == "definitions" ? child : inlined(child, root, depth);
  return out;
}

bool valid(const fs::path& schema_file, const nlohmann::json& doc) {
  const auto exported_json = nlohmann::json::parse(read_text(schema_file));
  const auto schema_json = inlined(exported_json, exported_json);
  valijson::Schema schema;
  valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
  valijson::adapters::NlohmannJsonAdapter schema_adapter(schema_json);
  parser.populateSchema(schema_adapter, schema);
  valijson::Validator validator;
  valijson::adapters::NlohmannJsonAdapter doc_adapter(doc);
  valijson::ValidationResults results;
  if (validator.validate(schema, doc_adapter, &results)) return true;
  valijson::ValidationResults::Error error;
  while (results.popError(error)) {
    std::string where;
    for (const std::string& part : error.context) where += part;
    UNSCOPED_INFO(schema_file.string() << " " << where << ": " << error.description);
  }
  return false;
}

/// The documents of a YAML text, a `kind: List`'s items one by one.
std::vector<nlohmann::json> documents(const std::string& text) {
  telc::diag::SourceManager sources;
  telc::diag::Sink sink;
  const telc::diag::FileId file = sources.add("x.yaml", text);
  std::vector<nlohmann::json> out;
  for (const auto& doc : telc::schema::load_yaml(sources, file, sink)) {
    if (doc.value.value("kind", "") == "List")
      for (const auto& item : doc.value["items"]) out.push_back(item);
    else
      out.push_back(doc.value);
  }
  return out;
}

/// The exported schema a document names (Kubernetes resources only), or "".
fs::path schema_for(const nlohmann::json& doc) {
  if (!doc.contains("apiVersion") || !doc.contains("kind")) return {};
  const fs::path path =
      exported() / (doc["apiVersion"].get<std::string>() + "/" + doc["kind"].get<std::string>() + ".schema.json");
  return fs::exists(path) ? path : fs::path();
}

/// Whether telc (exit 0) and valijson with the exported schemas (every document) accept `text`,
/// read by telc from `path` (in its project) or from standard input.
std::pair<bool, bool> verdicts(const std::string& text, const std::string& path = "-") {
  const bool telc_ok = run_telc({"validate", path}, text).code == 0;
  bool schemas_ok = true;
  for (const auto& doc : documents(text))
    if (const fs::path schema = schema_for(doc); !schema.empty()) schemas_ok = schemas_ok && valid(schema, doc);
  return {telc_ok, schemas_ok};
}

}  // namespace

TEST_CASE("schema export: examples/ get the same verdict from telc and from the exported schemas") {
  std::size_t checked = 0;
  for (const auto& entry : fs::recursive_directory_iterator(EXAMPLES_DIR)) {
    if (entry.path().extension() != ".yaml" || entry.path().filename().string().front() == '.') continue;
    const std::string text = read_text(entry.path());
    for (const auto& doc : documents(text)) checked += schema_for(doc).empty() ? 0 : 1;
    const auto [telc_ok, schemas_ok] = verdicts(text, entry.path().string());
    INFO(entry.path());
    CHECK(telc_ok);
    CHECK(schemas_ok == telc_ok);
  }
  CHECK(checked >= 8);
  // Broken on purpose: both refuse an unknown field, an out-of-range size, a value of the wrong type.
  const std::string policy = read_text(EXAMPLES_DIR "/export-policies/grafana-otlp.yaml");
  for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"spec:\n", "spec:\n  bogus: 1\n"}, {"apiVersion:", "unexpected: 1\napiVersion:"}}) {
    std::string broken = policy;
    REQUIRE(broken.find(from) != std::string::npos);
    broken.replace(broken.find(from), from.size(), to);
    const auto [telc_ok, schemas_ok] = verdicts(broken);
    INFO(to);
    CHECK_FALSE(telc_ok);
    CHECK(schemas_ok == telc_ok);
  }
}

TEST_CASE("schema export: every schema parses as JSON and carries its $id") {
  std::size_t count = 0;
  for (const auto& entry : fs::recursive_directory_iterator(exported())) {
    if (!entry.is_regular_file()) continue;
    ++count;
    const std::string relative = fs::relative(entry.path(), exported()).generic_string();
    const auto schema = nlohmann::json::parse(read_text(entry.path()));
    CHECK(schema["$id"] == "https://telc.dev/schemas/" + relative);
    CHECK(schema["$schema"] == "http://json-schema.org/draft-07/schema#");
    CHECK(read_text(entry.path()).find("x-telc-pattern") == std::string::npos);
  }
  CHECK(count == 20);
  CHECK(fs::exists(exported() / "telemetry.miloapis.com/v1alpha1/ExportPolicy.schema.json"));
}

TEST_CASE("schema export: the same bytes twice") {
  const fs::path again = fs::temp_directory_path() / "telc-schema-export-again";
  fs::remove_all(again);
  REQUIRE(run_telc({"schema", "export", again.string()}).code == 0);
  const std::string path = "telemetry.miloapis.com/v1alpha1/MetricPolicy.schema.json";
  CHECK(read_text(again / path) == read_text(exported() / path));
}

TEST_CASE("schema export: a symbolic link below DIR is not written through") {
  const fs::path dir = fs::temp_directory_path() / "telc-schema-export-link";
  fs::remove_all(dir);
  fs::create_directories(dir / "elsewhere");
  fs::create_directory_symlink("elsewhere", dir / "telc.dev");
  auto r = run_telc({"schema", "export", dir.string()});
  CHECK(r.code == 2);
  CHECK(r.err.find("io/write") != std::string::npos);
  CHECK(fs::is_empty(dir / "elsewhere"));
}
