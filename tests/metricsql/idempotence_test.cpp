// Printing the parse of a canonical form gives the same canonical form, except for the
// constructs where the reference itself is not idempotent (listed in the corpus README).
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "golden.hpp"
#include "metricsql/parse.hpp"

namespace fs = std::filesystem;
using telc::metricsql::parse;
using telc::metricsql::to_canonical;

namespace {

// The reference's known fixpoint failures: `+Inf` re-reads as `Inf`, a folded negative number
// left of `^`, an or-group holding only the metric name (the ` or ` separator is lost), an empty
// quoted label name, a string followed by `+ name` (re-read as string concatenation) and a
// metric named `bool` right of an operator (re-read as the modifier).
bool reference_not_idempotent(const std::string& canonical) {
  static const std::regex kQuirks(R"(\+Inf| \^ |\{=|,=|__name__=|="[^"]*"[A-Za-z_]|" \+ | bool(\[| |$))");
  return std::regex_search(canonical, kQuirks);
}

}  // namespace

TEST_CASE("metricsql canonical form is a fixpoint", "[metricsql][corpus]") {
  const fs::path corpus = fs::path(SHARED_DIR) / "metricsql-corpus";
  if (!telc::test::available(fs::exists(corpus), "the corpus " + corpus.string())) return;
  std::size_t checked = 0;
  std::size_t exempt = 0;
  for (const fs::path& file : {corpus / "oracle-output/v0.87.0/parse_ok.jsonl",
                               corpus / "oracle-output/v0.87.0/probes.jsonl", corpus / "mutants-v0.87.jsonl"}) {
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
      const auto record = nlohmann::json::parse(line);
      if (!record.at("ok").get<bool>()) {
        continue;
      }
      const std::string canonical = record.at("canonical");
      const auto again = parse(canonical);
      const bool same = again.ok() && to_canonical(*again.root()) == canonical;
      if (!same && reference_not_idempotent(canonical)) {
        ++exempt;
        continue;
      }
      INFO("canonical: " << canonical);
      CHECK(same);
      ++checked;
    }
  }
  WARN("idempotence: " << checked << " canonical forms checked, " << exempt << " exempt (reference quirks)");
  CHECK(checked > 1000);
}
