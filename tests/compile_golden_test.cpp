// Every testdata/compile/<case>/ compiles <case>/input/ (with input/.telc.yaml when present,
// defaults otherwise; <case>/targets and <case>/options select backends and --merge;
// <case>/resources/ is given as --resources). The file
// tree must equal <case>/expected/ and the diagnostics <case>/expected.diag. Compiling twice
// must give the same bytes.
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "diag/render.hpp"
#include "driver/compile.hpp"
#include "golden.hpp"

namespace fs = std::filesystem;
using telc::backends::OutputTree;

namespace {

std::vector<std::string> words(const fs::path& file) {
  std::vector<std::string> out;
  if (!fs::exists(file)) return out;
  std::istringstream in(telc::test::read_text(file));
  for (std::string w; std::getline(in, w, '\n');)
    if (!w.empty()) out.push_back(w);
  return out;
}

struct Compiled {
  OutputTree files;
  std::string diagnostics;
};

/// Runs in the case directory so that paths in headers and diagnostics are relative.
Compiled compile_case(const fs::path& dir) {
  const fs::path previous = fs::current_path();
  fs::current_path(dir);
  telc::driver::CompileOptions options{
      {{"input"}, 1, std::nullopt, false}, words("targets"), !words("options").empty(), {}};
  if (fs::exists("resources")) options.resources = {"resources"};
  // The configuration the CLI would find: the case's own, else testdata/.telc.yaml. It is also the
  // root generated files name inputs from, so the goldens do not depend on a .git directory.
  options.inputs.config_path =
      fs::exists("input/.telc.yaml") ? "input/.telc.yaml" : (fs::path(TESTDATA_DIR) / ".telc.yaml").string();
  telc::diag::SourceManager sources;
  telc::diag::Sink sink;
  auto result = telc::driver::compile(
      options, [](std::size_t) { return std::string(); }, sources, sink);
  sink.sort();
  Compiled out{std::move(result.files), telc::diag::render_compact(sink.all(), sources, true)};
  fs::current_path(previous);
  return out;
}

OutputTree read_tree(const fs::path& root) {
  OutputTree out;
  if (!fs::exists(root)) return out;
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (e.is_regular_file()) out[fs::relative(e.path(), root).generic_string()] = telc::test::read_text(e.path());
  return out;
}

}  // namespace

TEST_CASE("compile goldens") {
  const fs::path root = fs::path(TESTDATA_DIR) / "compile";
  const std::vector<fs::path> cases = telc::test::case_dirs(root);
  REQUIRE(cases.size() >= 8);
  for (const fs::path& dir : cases) {
    INFO("case " << dir.filename().string());
    const Compiled first = compile_case(dir);
    if (telc::test::updating_goldens()) {
      fs::remove_all(dir / "expected");
      for (const auto& [path, content] : first.files) telc::test::write_text(dir / "expected" / path, content);
    }
    CHECK(telc::test::matches_golden(dir / "expected.diag", first.diagnostics));
    const OutputTree expected = read_tree(dir / "expected");
    CHECK(first.files.size() == expected.size());
    for (const auto& [path, content] : first.files) {
      INFO("file " << path);
      CHECK(expected.count(path) == 1);
      if (expected.count(path)) CHECK(expected.at(path) == content);
    }
    CHECK(compile_case(dir).files == first.files);  // deterministic
  }
}
