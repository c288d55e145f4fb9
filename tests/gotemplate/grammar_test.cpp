// The grammar has no rule that can loop without consuming input.
#include <catch2/catch.hpp>

#include <tao/pegtl/contrib/analyze.hpp>

#include "gotemplate/grammar.hpp"

TEST_CASE("analyze<grammar>() finds no problems", "[gotemplate][grammar]") {
  CHECK(tao::pegtl::analyze<telc::gotemplate::grammar::grammar>() == 0);
}
