// Static checks of the grammar and unit checks of the public API.
#include <catch2/catch.hpp>
#include <tao/pegtl/contrib/analyze.hpp>

#include "diag/embedded_text.hpp"
#include "diag/sink.hpp"
#include "metricsql/grammar.hpp"
#include "metricsql/parse.hpp"

using namespace telc;

TEST_CASE("metricsql grammar has no PEG problems", "[metricsql]") {
  CHECK(tao::pegtl::analyze<metricsql::grammar::query>(-1) == 0);
}

TEST_CASE("metricsql as_plain_selector", "[metricsql]") {
  SECTION("a selector with or-groups") {
    const auto r = metricsql::parse(R"(up{job="a",x=~"b.*" or job="c"})");
    REQUIRE(r.ok());
    const auto sel = metricsql::as_plain_selector(*r.root());
    REQUIRE(sel.has_value());
    CHECK(sel->metric_name == "up");
    REQUIRE(sel->or_groups.size() == 2);
    CHECK(sel->or_groups[0][0].label == "__name__");
    CHECK(sel->or_groups[0][2].op == "=~");
    CHECK(sel->or_groups[0][2].value == "b.*");
    CHECK(sel->or_groups[1][1].label == "job");
  }
  SECTION("anything else is not a plain selector") {
    for (const char* q : {"rate(up[5m])", "up offset 5m", "up + 1", "sum(up)", "up[5m]"}) {
      const auto r = metricsql::parse(q);
      REQUIRE(r.ok());
      CHECK_FALSE(metricsql::as_plain_selector(*r.root()).has_value());
    }
  }
}

TEST_CASE("metricsql node ranges point at the source", "[metricsql]") {
  const std::string q = "sum(rate(http_requests_total[5m])) by (job)";
  const auto r = metricsql::parse(q);
  REQUIRE(r.ok());
  const auto& sum = metricsql::as<metricsql::AggrExpr>(*r.root());
  const auto& rate = metricsql::as<metricsql::FuncExpr>(*sum.args[0]);
  CHECK(q.substr(rate.begin, rate.end - rate.begin + 1) == "rate(http_requests_total[5m])");
}

TEST_CASE("metricsql errors map into the embedding file", "[metricsql]") {
  const std::string q = "rate(x{a=\"b\"}[5m) ";
  const auto r = metricsql::parse(q);
  REQUIRE_FALSE(r.ok());
  // The query sits at line 7, column 12 of some YAML file, on one line.
  diag::EmbeddedText where(3);
  for (std::uint32_t i = 0; i <= q.size(); ++i) where.push({7, 12 + i});
  diag::Sink sink;
  metricsql::report(*r.error(), where, sink);
  REQUIRE(sink.all().size() == 1);
  const auto& d = sink.all().front();
  CHECK(d.code == "metricsql/syntax");
  CHECK(d.span.begin.line == 7);
  CHECK(d.span.begin.column == 12 + 16);
  CHECK(d.message == "expected ']'");
}

TEST_CASE("metricsql limits give errors, not crashes", "[metricsql]") {
  const auto deep = metricsql::parse(std::string(10000, '(') + "1" + std::string(10000, ')'));
  REQUIRE_FALSE(deep.ok());
  CHECK(deep.error()->message.find("nests deeper") != std::string::npos);
  std::string chain = "a";
  for (int i = 0; i < 5000; ++i) {
    chain += " + a";
  }
  CHECK_FALSE(metricsql::parse(chain).ok());
  const auto templates = metricsql::parse(
      "with (a = x + x, b = a + a, c = b + b, d = c + c, e = d + d, f = e + e, g = f + f, h = g + g, "
      "i = h + h, j = i + i, k = j + j, l = k + k, m = l + l, n = m + m, o = n + n, p = o + o, "
      "q = p + p, r = q + q, s = r + r, t = s + s, u = t + t) u");
  CHECK_FALSE(templates.ok());
}
