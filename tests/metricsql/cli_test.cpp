// `telc metricsql fmt --jsonl` and `check` in-process: the line contract scripts depend on.
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_cli.hpp"

using telc::test::run_telc;

TEST_CASE("metricsql fmt --jsonl prints one result object per input line", "[metricsql][cli]") {
  const auto r = run_telc({"metricsql", "fmt", "--jsonl"},
                          "{\"q\": \"SUM(x) BY (Job)\"}\n{\"q\":\"foo{\"}\n{\"id\": 7, \"q\": \"a\\n+b\"}\nnot json\n");
  CHECK(r.code == 0);
  std::istringstream lines(r.out);
  std::vector<nlohmann::json> results;
  for (std::string line; std::getline(lines, line);) {
    results.push_back(nlohmann::json::parse(line));
  }
  REQUIRE(results.size() == 4);
  CHECK(results[0] ==
        nlohmann::json{{"q", "SUM(x) BY (Job)"}, {"ok", true}, {"canonical", "sum(x) by(Job)"}, {"error", ""}});
  CHECK(results[1]["ok"] == false);
  CHECK(results[1]["canonical"] == "");
  CHECK(results[1]["error"] != "");
  CHECK(results[2]["canonical"] == "a + b");
  CHECK(results[3]["ok"] == false);
}

TEST_CASE("metricsql fmt and check report diagnostics with exit codes", "[metricsql][cli]") {
  const auto ok = run_telc({"metricsql", "fmt"}, "rate( x [5m] )\n");
  CHECK(ok.code == 0);
  CHECK(ok.out == "rate(x[5m])\n");
  const auto bad = run_telc({"metricsql", "fmt", "--format", "json"}, "rate(x[5m]");
  CHECK(bad.code == 1);
  const auto diagnostics = nlohmann::json::parse(bad.out)["diagnostics"];
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0]["code"] == "metricsql/syntax");
  CHECK(diagnostics[0]["column"] == 11);
  CHECK(run_telc({"metricsql", "check", "/nonexistent/q.mql"}, "").code == 2);
}
