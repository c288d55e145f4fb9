// `telc compile --resources`, through the CLI: the design's DataPlane policy, whose resource_uid
// needs the HTTPRoute object, compiles to the collector only when the objects are given; then one
// statement per object, keyed on the attributeSelectors, in a deterministic order.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "golden.hpp"
#include "run_cli.hpp"

namespace fs = std::filesystem;
using telc::test::read_text;
using telc::test::run_telc;
using telc::test::write_text;

namespace {

const fs::path kCase = fs::path(TESTDATA_DIR) / "compile" / "metrics-resources";

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

telc::test::CliRun compile(const fs::path& out, const std::vector<std::string>& extra) {
  std::vector<std::string> args{"compile", "--target", "collector", "-o", out.string()};
  args.insert(args.end(), extra.begin(), extra.end());
  args.push_back((kCase / "input").string());
  return run_telc(args);
}

}  // namespace

TEST_CASE("resources: without objects the collector cannot set resource_uid, and says which flag helps") {
  const fs::path dir = telc::test::fresh_dir("resources", "without");
  const auto run = compile(dir / "out", {});
  CHECK(run.code == 1);
  CHECK(run.err.find("'resource.metadata.uid' needs the HTTPRoute object") != std::string::npos);
  CHECK(run.err.find("--resources") != std::string::npos);
  CHECK_FALSE(fs::exists(dir / "out" / "collector"));
}

TEST_CASE("resources: each object gets its statement, keyed on the selected attributes") {
  const fs::path dir = telc::test::fresh_dir("resources", "with");
  const auto run = compile(dir / "out", {"--resources", (kCase / "resources").string()});
  INFO(run.err);
  REQUIRE(run.code == 0);
  const std::string config = read_text(dir / "out" / "collector" / "metrics.yaml");
  // shop/api and shop/web (the List's, not the later duplicate); billing/checkout has no uid.
  CHECK(count(config, "set(attributes[\"resource_uid\"]") == 2);
  const auto api = config.find("0b9e4d21-77c3-4f08-b6a2-5c1d9e3f4a77");
  const auto web = config.find("6f1c2a9e-4b7d-4c1e-9a53-0d2f6b8e7a10");
  CHECK(api != std::string::npos);
  CHECK(web != std::string::npos);
  CHECK(api < web);  // namespace, then name
  CHECK(config.find("11111111-2222") == std::string::npos);
  CHECK(config.find(R"(attributes["k8s.httproute.name"] == "web" and attributes["k8s.namespace.name"] == "shop")") !=
        std::string::npos);
  CHECK(run.err.find("resources/duplicate") != std::string::npos);
  CHECK(run.err.find("resources/not-an-object") != std::string::npos);
  CHECK(run.err.find("resources/eval") != std::string::npos);
  CHECK(run.err.find("HTTPRoute billing/checkout") != std::string::npos);
}

TEST_CASE("resources: the same objects in another order give the same bytes") {
  const fs::path dir = telc::test::fresh_dir("resources", "order");
  // The List's items reversed, as separate documents.
  write_text(dir / "objects" / "b.yaml",
             "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: web, namespace: shop, uid: "
             "6f1c2a9e-4b7d-4c1e-9a53-0d2f6b8e7a10}\n");
  write_text(dir / "objects" / "a.yaml",
             "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: api, namespace: shop, uid: "
             "0b9e4d21-77c3-4f08-b6a2-5c1d9e3f4a77}\n");
  const auto first = compile(dir / "one", {"--resources", (dir / "objects").string()});
  REQUIRE(first.code == 0);
  write_text(dir / "objects2" / "all.yaml",
             "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: web, namespace: shop, uid: "
             "6f1c2a9e-4b7d-4c1e-9a53-0d2f6b8e7a10}\n---\napiVersion: gateway.networking.k8s.io/v1\nkind: "
             "HTTPRoute\nmetadata: {name: api, namespace: shop, uid: 0b9e4d21-77c3-4f08-b6a2-5c1d9e3f4a77}\n");
  const auto second = compile(dir / "two", {"--resources", (dir / "objects2").string()});
  REQUIRE(second.code == 0);
  CHECK(read_text(dir / "one" / "collector" / "metrics.yaml") == read_text(dir / "two" / "collector" / "metrics.yaml"));
}

TEST_CASE("resources: a missing --resources path is an I/O error (exit 2)") {
  const fs::path dir = telc::test::fresh_dir("resources", "missing");
  const auto run = compile(dir / "out", {"--resources", (dir / "nope.yaml").string()});
  CHECK(run.code == 2);
  CHECK(run.err.find("nope.yaml") != std::string::npos);
}
