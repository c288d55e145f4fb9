// The CLI contract over every input of testdata/ and deterministic mutants of each (truncated,
// a line dropped or doubled, a tab, a NUL, a lone CR, an unclosed quote, a stray UTF-8 byte):
// the exit code is 0, 1 or 2; --format json always parses; every diagnostic lies inside its file;
// compile writes nothing when it reports an error, and the same tree on a second run.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "golden.hpp"
#include "run_cli.hpp"

namespace fs = std::filesystem;
using telc::test::run_telc;

namespace {

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

/// The inputs of the golden cases, sorted: policies, rules, registries, pipelines, collector configs.
std::vector<fs::path> inputs(const std::string& folder) {
  std::vector<fs::path> out;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(TESTDATA_DIR) / folder))
    if (entry.is_regular_file() && entry.path().filename().string().starts_with("input") &&
        entry.path().extension() == ".yaml" && entry.file_size() < 200'000)
      out.push_back(entry.path());
  std::sort(out.begin(), out.end());
  return out;
}

/// Mutants of `text`, the same for every run (a fixed seed per input).
std::vector<std::string> mutants(const std::string& text, unsigned seed) {
  std::mt19937 random(seed);
  const auto at = [&] { return text.empty() ? 0 : static_cast<std::size_t>(random() % text.size()); };
  std::vector<std::string> out;
  out.push_back(text.substr(0, at()));  // truncated anywhere, even inside a character
  std::string edited = text;
  const std::size_t line = edited.rfind('\n', at());
  const std::size_t start = line == std::string::npos ? 0 : line + 1;
  const std::size_t end = std::min(edited.find('\n', start), edited.size());
  out.push_back(edited.substr(0, start) + edited.substr(std::min(end + 1, edited.size())));  // a line dropped
  out.push_back(edited.substr(0, end) + "\n" + edited.substr(start));                        // a line doubled
  for (const std::string& insert : {std::string("\t"), std::string(1, '\0'), std::string("\r"), std::string("\""),
                                    std::string("\xBF"), std::string(": [")}) {
    std::string mutant = text;
    mutant.insert(at(), insert);
    out.push_back(std::move(mutant));
  }
  return out;
}

/// Line breaks of any kind a YAML parser knows, plus one: no diagnostic may name a later line.
std::size_t most_lines(const std::string& text) {
  std::size_t lines = 1;
  for (std::size_t i = 0; i < text.size(); ++i)
    lines += text[i] == '\n' || text[i] == '\r' || text.compare(i, 2, "\xC2\x85") == 0 ||
             text.compare(i, 3, "\xE2\x80\xA8") == 0 || text.compare(i, 3, "\xE2\x80\xA9") == 0;
  return lines;
}

/// Runs one command in JSON and checks the contract for every diagnostic it reports.
void check_json_run(const std::vector<std::string>& args, const std::string& text) {
  INFO(args.front() << " " << args.back());
  const auto run = run_telc(args);
  CHECK((run.code == 0 || run.code == 1 || run.code == 2));
  const auto report = nlohmann::json::parse(run.out, nullptr, false);
  REQUIRE(!report.is_discarded());
  for (const auto& diagnostic : report["diagnostics"]) {
    INFO(diagnostic.dump());
    if (!diagnostic["line"].is_number() || diagnostic["line"] == 0) continue;  // a file-level finding
    CHECK(diagnostic["line"].get<std::size_t>() <= most_lines(text));
    CHECK(diagnostic["column"].get<std::size_t>() >= 1);
  }
}

/// compile into two folders: nothing written on an error, the same files otherwise.
void check_compile(const fs::path& input, const fs::path& scratch) {
  std::map<std::string, std::string> trees[2];
  int codes[2] = {0, 0};
  for (int run = 0; run < 2; ++run) {
    const fs::path out = scratch / ("out-" + std::to_string(run));
    fs::remove_all(out);
    codes[run] = run_telc({"compile", "--format", "json", "-o", out.string(), input.string()}).code;
    CHECK((codes[run] == 0 || codes[run] == 1 || codes[run] == 2));
    if (fs::exists(out))
      for (const auto& entry : fs::recursive_directory_iterator(out))
        if (entry.is_regular_file()) trees[run][fs::relative(entry.path(), out).string()] = read_bytes(entry.path());
    if (codes[run] != 0) CHECK(trees[run].empty());
  }
  CHECK(codes[0] == codes[1]);
  CHECK(trees[0] == trees[1]);
}

void check_input(const fs::path& path, const std::string& text, const std::vector<std::string>& command) {
  std::vector<std::string> args = command;
  args.insert(args.end(), {"--format", "json", path.string()});
  check_json_run(args, text);
}

}  // namespace

TEST_CASE("the CLI contract holds on every testdata input and its mutants") {
  const fs::path scratch = fs::temp_directory_path() / "telc-contract-test";
  fs::remove_all(scratch);
  fs::create_directories(scratch);
  const std::vector<std::pair<std::string, std::vector<std::vector<std::string>>>> suites = {
      {"validate", {{"validate"}, {"lint"}}},
      {"lint", {{"lint"}}},
      {"collector-check", {{"collector", "check"}}},
  };
  std::size_t runs = 0;
  unsigned seed = 0;
  for (const auto& [folder, commands] : suites)
    for (const fs::path& input : inputs(folder)) {
      const std::string text = read_bytes(input);
      std::vector<std::pair<fs::path, std::string>> cases{{input, text}};
      for (std::string& mutant : mutants(text, ++seed)) {
        const fs::path file = scratch / ("mutant-" + std::to_string(cases.size()) + ".yaml");
        telc::test::write_text(file, mutant);
        cases.emplace_back(file, std::move(mutant));
      }
      for (const auto& [path, content] : cases) {
        for (const auto& command : commands) check_input(path, content, command), ++runs;
        if (folder == "validate") check_compile(path, scratch), ++runs;
      }
    }
  CHECK(runs > 1000);
}
