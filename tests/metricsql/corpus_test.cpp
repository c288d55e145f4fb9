// Conformance with the reference parser (metricsql v0.87.0) over the shared corpus, read in
// place from ../shared/metricsql-corpus: same verdict, and the same canonical form when ok.
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "golden.hpp"
#include "metricsql/parse.hpp"

namespace fs = std::filesystem;
using telc::metricsql::parse;
using telc::metricsql::to_canonical;

namespace {

const fs::path kCorpus = fs::path(SHARED_DIR) / "metricsql-corpus";

struct Record {
  std::string q;
  bool ok = false;
  std::string canonical;
};

std::vector<Record> read_records(const fs::path& file) {
  std::vector<Record> out;
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) {
      continue;
    }
    const auto j = nlohmann::json::parse(line);
    out.push_back({j.at("q").get<std::string>(), j.at("ok").get<bool>(), j.value("canonical", "")});
  }
  return out;
}

std::string describe(const Record& r, const telc::metricsql::ParseResult& got) {
  std::string s = "q=" + nlohmann::json(r.q).dump() + " expected ";
  s += r.ok ? "ok " + nlohmann::json(r.canonical).dump() : "error";
  s += " got ";
  s += got.ok() ? "ok " + nlohmann::json(to_canonical(*got.root())).dump() : "error: " + got.error()->message;
  return s;
}

// Checks one corpus file; prints its pass rate and the first disagreements.
void check_file(const fs::path& file) {
  const auto records = read_records(file);
  std::size_t passed = 0;
  std::vector<std::string> failures;
  for (const Record& r : records) {
    const auto got = parse(r.q);
    const bool same = got.ok() == r.ok && (!r.ok || to_canonical(*got.root()) == r.canonical);
    if (same) {
      ++passed;
    } else if (failures.size() < 30) {
      failures.push_back(describe(r, got));
    }
  }
  WARN(file.filename().string() << ": " << passed << "/" << records.size() << " agree with v0.87.0");
  for (const auto& f : failures) {
    UNSCOPED_INFO(f);
  }
  CHECK(passed == records.size());
}

}  // namespace

TEST_CASE("metricsql conformance with v0.87.0 oracle output", "[metricsql][corpus]") {
  if (!telc::test::available(fs::exists(kCorpus), "the corpus " + kCorpus.string())) return;
  for (const char* name : {"parse_ok.jsonl", "parse_error.jsonl", "probes.jsonl"}) {
    SECTION(name) { check_file(kCorpus / "oracle-output" / "v0.87.0" / name); }
  }
  SECTION("mutants-v0.87.jsonl") { check_file(kCorpus / "mutants-v0.87.jsonl"); }
}

TEST_CASE("metricsql trees of many queries in one arena outlive the caller's handle", "[metricsql][corpus]") {
  if (!telc::test::available(fs::exists(kCorpus), "the corpus " + kCorpus.string())) return;
  const auto records = read_records(kCorpus / "oracle-output" / "v0.87.0" / "parse_ok.jsonl");
  REQUIRE(records.size() > 100);
  std::vector<telc::metricsql::ParseResult> results;
  {
    auto arena = std::make_shared<telc::metricsql::Arena>();
    // Rejected queries leave their partial trees in the arena; the trees after them are intact.
    for (const Record& r : records) {
      results.push_back(parse(r.q, arena));
      results.push_back(parse("sum(" + r.q, arena));
    }
  }  // only the results hold the arena now
  for (std::size_t i = 0; i < records.size(); ++i) {
    const auto& got = results[2 * i];
    INFO(describe(records[i], got));
    CHECK(got.ok() == records[i].ok);
    if (got.ok() && records[i].ok) CHECK(to_canonical(*got.root()) == records[i].canonical);
    CHECK_FALSE(results[2 * i + 1].ok());
  }
}
