// Keeps the rule registry, the documentation pages and the testdata in step: every rule has a
// page with the fixed headings and at least one case that triggers it and one that does not, and
// nothing exists for a rule that is not registered.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <set>

#include "golden.hpp"
#include "lint/registry.hpp"
#include "lint/rule_docs.hpp"

namespace fs = std::filesystem;
using telc::lint::all_rules;

namespace {

std::set<std::string> registered() {
  std::set<std::string> out;
  for (const auto& r : all_rules()) out.emplace(r->info().code);
  return out;
}

/// "<group>/<name>" for every directory two levels below `root`.
std::set<std::string> codes_below(const fs::path& root) {
  std::set<std::string> out;
  for (const auto& group : fs::directory_iterator(root))
    if (group.is_directory())
      for (const auto& name : fs::directory_iterator(group.path()))
        if (name.is_directory()) out.insert(group.path().filename().string() + "/" + name.path().filename().string());
  return out;
}

}  // namespace

TEST_CASE("the rule registry is sorted, unique and well-formed") {
  const auto rules = all_rules();
  REQUIRE(rules.size() >= 10);
  const std::regex shape("[a-z]+/[a-z0-9-]+");
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const auto& info = rules[i]->info();
    INFO(info.code);
    CHECK(std::regex_match(std::string(info.code), shape));
    CHECK(!info.summary.empty());
    if (i > 0) CHECK(rules[i - 1]->info().code < info.code);
  }
}

TEST_CASE("every rule has a documentation page with the fixed headings, and every page a rule") {
  const auto rules = registered();
  const std::vector<std::string> headings{"## What it checks", "## Why",           "## Examples",      "### Bad",
                                          "### Good",          "## Configuration", "## How to disable"};
  std::set<std::string> pages;
  for (const auto& doc : telc::lint::rule_docs()) {
    const std::string code(doc.code);
    pages.insert(code);
    INFO("docs/rules/" << code << ".md");
    CHECK(rules.count(code) == 1);
    CHECK(doc.text.rfind("# " + code + "\n", 0) == 0);
    std::size_t at = 0;
    for (const std::string& h : headings) {
      const std::size_t found = doc.text.find("\n" + h + "\n", at);
      CHECK(found != std::string_view::npos);
      if (found != std::string_view::npos) at = found;
    }
  }
  for (const std::string& code : rules) {
    INFO(code);
    CHECK(pages.count(code) == 1);
  }
}

TEST_CASE("every rule has a bad and a good testdata case, and every case a rule") {
  const fs::path root = fs::path(TESTDATA_DIR) / "lint";
  const auto rules = registered();
  const auto dirs = codes_below(root);
  for (const std::string& code : dirs) {
    INFO("testdata/lint/" << code);
    CHECK((rules.count(code) == 1 || code.rfind("engine/", 0) == 0));
  }
  for (const std::string& code : rules) {
    INFO(code);
    bool bad = false, good = false;
    if (fs::is_directory(root / code))
      for (const auto& c : fs::directory_iterator(root / code)) {
        const std::string name = c.path().filename().string();
        const std::string expected = telc::test::read_text(c.path() / "expected.diag");
        const bool reports = expected.find(" " + code + ":") != std::string::npos;
        if (name.rfind("bad-", 0) == 0) {
          bad = true;
          CHECK(reports);
        }
        if (name.rfind("good-", 0) == 0) {
          good = true;
          CHECK(!reports);
        }
      }
    CHECK(bad);
    CHECK(good);
  }
}
