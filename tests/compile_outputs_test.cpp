// `telc compile` owning its output directory, through the CLI: the manifest, removing what no
// input generates any more (and nothing else), the summary, and --check in every format.
#include <catch2/catch.hpp>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "driver/manifest.hpp"
#include "driver/sha256.hpp"
#include "golden.hpp"
#include "run_cli.hpp"

namespace fs = std::filesystem;
using telc::test::read_text;
using telc::test::run_telc;
using telc::test::write_text;

namespace {

/// A fresh copy of the bundled examples and an output directory beside it.
struct Project {
  fs::path inputs;
  fs::path out;
};

Project fresh_project(const std::string& name) {
  const fs::path root = fs::temp_directory_path() / "telc-outputs-test" / name;
  fs::remove_all(root);
  fs::create_directories(root);
  fs::copy(EXAMPLES_DIR, root / "in", fs::copy_options::recursive);
  return {root / "in", root / "out"};
}

telc::test::CliRun compile(const Project& project, const std::vector<std::string>& extra = {}) {
  std::vector<std::string> args{"compile"};
  args.insert(args.end(), extra.begin(), extra.end());
  args.insert(args.end(), {"-o", project.out.string(), project.inputs.string()});
  return run_telc(args);
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const std::string kGrafana = "collector/default/grafana-otlp.yaml";

}  // namespace

TEST_CASE("outputs: sha256 and the manifest read back") {
  using telc::driver::sha256_hex;
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex(std::string(1000, 'a')) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
  const telc::backends::OutputTree files{{"a/b.yaml", "x\n"}, {"odd\\name\n", "y"}};
  const auto manifest = telc::driver::parse_manifest(telc::driver::render_manifest(files));
  REQUIRE(manifest.size() == 2);
  CHECK(manifest.at("a/b.yaml") == sha256_hex("x\n"));
  CHECK(manifest.at("odd\\name\n") == sha256_hex("y"));
  const std::string hash = sha256_hex("z");
  CHECK(telc::driver::parse_manifest(hash + "  ../escape\n" + hash + "  /etc/passwd\n" + hash + "  .telc-manifest\n" +
                                     hash + " one-space\nnot a line\n")
            .empty());
}

TEST_CASE("outputs: compile writes a manifest and says what it did") {
  const Project p = fresh_project("summary");
  auto first = compile(p);
  INFO(first.err);
  REQUIRE(first.code == 0);
  CHECK(contains(first.err, p.out.string() + ": 21 written, 0 unchanged, 0 removed\n"));
  const std::string manifest = read_text(p.out / ".telc-manifest");
  CHECK(contains(manifest, telc::driver::sha256_hex(read_text(p.out / kGrafana)) + "  " + kGrafana + "\n"));
  auto second = compile(p);
  CHECK(contains(second.err, ": 0 written, 21 unchanged, 0 removed\n"));
  CHECK(read_text(p.out / ".telc-manifest") == manifest);  // no timestamps
  write_text(p.out / kGrafana, "edited\n");
  auto third = compile(p, {"-v"});
  CHECK(contains(third.err, (p.out / kGrafana).generic_string() + ": changed\n"));
  CHECK(contains(third.err, (p.out / "docs/metrics.md").generic_string() + ": unchanged\n"));
  CHECK(contains(third.err, ": 1 written, 20 unchanged, 0 removed\n"));
}

TEST_CASE("outputs: a deleted policy's output is removed, reported, and --check finds it first") {
  const Project p = fresh_project("deleted");
  REQUIRE(compile(p).code == 0);
  fs::remove(p.inputs / "export-policies/grafana-otlp.yaml");
  auto check = compile(p, {"--check"});
  CHECK(check.code == 1);
  CHECK(contains(check.err, (p.out / kGrafana).generic_string() + ":1:1: error: stale"));
  CHECK(contains(check.err, "[compile/drift]"));
  CHECK(fs::exists(p.out / kGrafana));  // --check writes and removes nothing
  auto r = compile(p, {"--verbose"});
  INFO(r.err);
  CHECK(r.code == 0);
  CHECK(contains(r.err, (p.out / kGrafana).generic_string() + ": removed\n"));
  CHECK(contains(r.err, ": 0 written, 20 unchanged, 1 removed\n"));
  CHECK_FALSE(fs::exists(p.out / kGrafana));
  CHECK_FALSE(contains(read_text(p.out / ".telc-manifest"), kGrafana));
  CHECK(compile(p, {"--check"}).code == 0);
}

TEST_CASE("outputs: only files telc wrote, unedited and not behind a link, are removed") {
  const Project p = fresh_project("only-telcs");
  REQUIRE(compile(p).code == 0);
  write_text(p.out / "collector/default/mine.yaml", "hand-written\n");  // not in the manifest
  write_text(p.out / kGrafana, "edited by hand\n");                     // in it, but edited
  const fs::path victim = p.out.parent_path() / "victim.yaml";
  write_text(victim, read_text(p.out / "vector/default/exportpolicy-sample.json"));
  fs::remove(p.out / "vector/default/exportpolicy-sample.json");
  fs::create_symlink(victim, p.out / "vector/default/exportpolicy-sample.json");  // a link in its place
  fs::remove(p.inputs / "export-policies/grafana-otlp.yaml");
  fs::remove(p.inputs / "export-policies/exportpolicy-sample.yaml");
  auto r = compile(p);
  INFO(r.err);
  CHECK(r.code == 0);
  CHECK(read_text(p.out / "collector/default/mine.yaml") == "hand-written\n");
  CHECK(read_text(p.out / kGrafana) == "edited by hand\n");
  CHECK(contains(r.err, "[compile/stale-edited]"));
  CHECK(fs::is_symlink(p.out / "vector/default/exportpolicy-sample.json"));
  CHECK(fs::exists(victim));
  CHECK_FALSE(fs::exists(p.out / "collector/default/exportpolicy-sample.yaml"));  // telc's, removed
}

TEST_CASE("outputs: an output directory without a manifest is written as before, manifest added") {
  const Project p = fresh_project("no-manifest");
  REQUIRE(compile(p).code == 0);
  fs::remove(p.out / ".telc-manifest");
  write_text(p.out / "collector/default/old.yaml", "from an older telc\n");
  CHECK(compile(p, {"--check"}).code == 0);
  auto r = compile(p);
  CHECK(r.code == 0);
  CHECK(contains(r.err, ": 0 written, 21 unchanged, 0 removed\n"));
  CHECK(fs::exists(p.out / ".telc-manifest"));
  CHECK(fs::exists(p.out / "collector/default/old.yaml"));
}

TEST_CASE("outputs: --check --format json stays JSON and lists the drifted files") {
  const Project p = fresh_project("check-json");
  REQUIRE(compile(p).code == 0);
  write_text(p.out / "docs/metrics.md", read_text(p.out / "docs/metrics.md") + "edited\n");
  fs::remove(p.out / "collector/default/gateway-exporter.yaml");
  fs::remove(p.inputs / "export-policies/grafana-otlp.yaml");
  auto r = compile(p, {"--check", "--format", "json"});
  CHECK(r.code == 1);
  const auto doc = nlohmann::json::parse(r.out);
  std::map<std::string, std::string> drift;
  for (const auto& d : doc["diagnostics"])
    if (d["code"] == "compile/drift") drift[d["file"]] = d["message"];
  CHECK(drift.size() == 3);
  CHECK(contains(drift[(p.out / "docs/metrics.md").generic_string()], "differs"));
  CHECK(contains(drift[(p.out / "collector/default/gateway-exporter.yaml").generic_string()], "missing"));
  CHECK(contains(drift[(p.out / kGrafana).generic_string()], "stale"));
  CHECK(doc["compile"]["check"] == true);
  CHECK(doc["compile"]["written"] == 2);
  CHECK(doc["compile"]["removed"] == 1);
  CHECK(doc["compile"]["unchanged"] == 18);
  auto sarif = compile(p, {"--check", "--format", "sarif"});
  CHECK(sarif.code == 1);
  CHECK(nlohmann::json::parse(sarif.out)["version"] == "2.1.0");
  auto github = compile(p, {"--check", "--format", "github"});
  CHECK(contains(github.out, "::error file=" + (p.out / kGrafana).generic_string() + ",line=1,"));
  CHECK(contains(github.err, ": 2 to write, 18 unchanged, 1 to remove\n"));
}
