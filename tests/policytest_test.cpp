// `telc test` through the CLI (exit codes, every format, the bundled example) and the controller's
// value and label conversions it evaluates with.
#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "metricsql/go_strconv.hpp"
#include "policytest/coerce.hpp"
#include "run_cli.hpp"

namespace fs = std::filesystem;
using telc::test::run_telc;

namespace {

const std::string kExample = std::string(EXAMPLES_DIR) + "/metrics/httproute-policies.test.yaml";
const std::string kMismatches = std::string(TESTDATA_DIR) + "/test/mismatches/input.test.yaml";
const std::string kEvalErrors = std::string(TESTDATA_DIR) + "/test/eval-errors/input.test.yaml";

}  // namespace

TEST_CASE("go_parse_float accepts what Go's strconv.ParseFloat accepts, and nothing else") {
  using telc::metricsql::go_parse_float;
  const auto [text, expected] = GENERATE(table<std::string, double>({
      {"0", 0.0},
      {"1", 1.0},
      {"-1.5", -1.5},
      {"+2", 2.0},
      {".5", 0.5},
      {"5.", 5.0},
      {"1e3", 1000.0},
      {"1E-2", 0.01},
      {"1.5e+3", 1500.0},
      {"0x1p-2", 0.25},
      {"0X1.8P1", 3.0},
      {"0x_1p0", 1.0},
      {"1e-400", 0.0},
      {"007", 7.0},
  }));
  CAPTURE(text);
  const auto parsed = go_parse_float(text);
  REQUIRE(parsed.has_value());
  CHECK(*parsed == expected);
}

TEST_CASE("go_parse_float: infinities and NaN as Go spells them") {
  using telc::metricsql::go_parse_float;
  for (const char* text : {"inf", "Inf", "+INF", "infinity", "-Infinity"}) {
    CAPTURE(text);
    const auto parsed = go_parse_float(text);
    REQUIRE(parsed.has_value());
    CHECK(std::isinf(*parsed));
    CHECK((*parsed < 0) == (text[0] == '-'));
  }
  REQUIRE(go_parse_float("NaN").has_value());
  CHECK(std::isnan(*go_parse_float("nan")));
}

TEST_CASE("go_parse_float rejects what Go rejects") {
  using telc::metricsql::go_parse_float;
  for (const char* text : {"",   " 1",   "1 ",    "True",  "_1",         "1_",  "1_.5",  "0x10", "0x1p",  "e5",  ".",
                           "1e", "+nan", "infin", "1e400", "0x1.0p2000", "--1", "1.2.3", "0x",   "0x_p1", "1__0"}) {
    CAPTURE(text);
    CHECK_FALSE(go_parse_float(text).has_value());
  }
}

TEST_CASE(
    "go_parse_float (string values of the controller) agrees with Go's strconv.ParseFloat on every stored input") {
  // testdata/parse-float: 6,000 inputs and Go's answers (tools/parse_float_oracle.sh makes both).
  std::ifstream inputs(std::string(TESTDATA_DIR) + "/parse-float/inputs.txt");
  std::ifstream answers(std::string(TESTDATA_DIR) + "/parse-float/go-answers.txt");
  std::size_t checked = 0;
  std::size_t disagree = 0;
  for (std::string text, go; std::getline(inputs, text) && std::getline(answers, go); ++checked) {
    const auto ours = telc::metricsql::go_parse_float(text);
    bool same = false;
    if (go == "ERR") {
      same = !ours.has_value();
    } else if (ours) {
      const double want = go == "NaN" ? std::nan("") : std::strtod(go.c_str(), nullptr);
      same = std::isnan(want) ? std::isnan(*ours) : *ours == want;
    }
    if (!same && ++disagree <= 10)
      FAIL_CHECK("'" << text << "': Go " << go << ", telc " << (ours ? std::to_string(*ours) : "ERR"));
  }
  CHECK(checked >= 6000);
  CHECK(disagree == 0);
}

TEST_CASE("metric_value and label_value convert as the resource-metrics controller does") {
  using telc::cel::Value;
  using telc::policytest::label_value;
  using telc::policytest::metric_value;
  CHECK(std::get<double>(metric_value(Value::boolean(true))) == 1.0);
  CHECK(std::get<double>(metric_value(Value::uinteger(7))) == 7.0);
  CHECK(std::get<double>(metric_value(Value::string("2.5"))) == 2.5);
  CHECK(std::get<std::string>(metric_value(Value::string("True"))) == "\"True\" is a string that is not a number");
  CHECK(std::get<std::string>(metric_value(Value::null())) == "'null' is not a number");
  CHECK(std::get<std::string>(metric_value(Value::error("no such key: 'x'"))) == "no such key: 'x'");

  CHECK(std::get<std::string>(label_value(Value::null())).empty());
  CHECK(std::get<std::string>(label_value(Value::string("a\x01"
                                                        "b\x7f"))) == "a b ");
  CHECK(std::get<std::string>(label_value(Value::dbl(0.5))) == "0.5");
  // 1,024 bytes at most, cut before a character rather than inside it.
  const std::string long_text = std::string(1023, 'a') + "\xc3\xa9";  // 1,025 bytes
  CHECK(std::get<std::string>(label_value(Value::string(long_text))) == std::string(1023, 'a'));
  CHECK(std::holds_alternative<telc::cel::Error>(label_value(Value::list({}))));
}

TEST_CASE("telc test: the bundled example passes, one verdict line per test") {
  auto r = run_telc({"test", kExample});
  INFO(r.err);
  CHECK(r.code == 0);
  CHECK(r.err.empty());
  CHECK(r.out.find("pass  httproute-policies: one series per condition") != std::string::npos);
  CHECK(r.out.find("4 of 4 tests passed\n") != std::string::npos);
  CHECK(r.out.find("FAIL") == std::string::npos);
}

TEST_CASE("telc test: a failing test exits 1 and says which") {
  auto r = run_telc({"test", kMismatches});
  CHECK(r.code == 1);
  CHECK(r.out.find("FAIL  mismatches: every kind of difference") != std::string::npos);
  CHECK(r.out.find("0 of 2 tests passed") != std::string::npos);
  CHECK(r.err.find("input.test.yaml:23:18: error: the series' value is 1, expected 0 [test/value]") !=
        std::string::npos);
}

TEST_CASE("telc test: evaluation failures are warnings, and fail the run only with --fail-on warning") {
  // Every expected series of this case fails or is produced; drop the one that fails to see the rule.
  const fs::path dir = telc::test::fresh_dir("policytest", "warnings");
  fs::copy(fs::path(TESTDATA_DIR) / "test/eval-errors", dir, fs::copy_options::recursive);
  auto r = run_telc({"test", kEvalErrors});
  CHECK(r.code == 1);  // the Accepted condition's series is expected but fails
  CHECK(r.err.find("warning: MetricPolicy 'status-as-value': 'item.status' fails on HTTPRoute strings") !=
        std::string::npos);
  auto json = run_telc({"test", "--format", "json", kEvalErrors});
  const auto doc = nlohmann::json::parse(json.out);
  std::size_t warnings = 0;
  for (const auto& d : doc["diagnostics"]) warnings += d["severity"] == "warning" ? 1 : 0;
  CHECK(warnings == 5);
}

TEST_CASE("telc test: json, sarif and github carry the mismatches; junit has a test case per test") {
  auto json = run_telc({"test", "--format", "json", kMismatches});
  CHECK(json.code == 1);
  CHECK(nlohmann::json::parse(json.out)["diagnostics"].size() == 5);
  CHECK(json.err.empty());

  auto sarif = run_telc({"test", "--format", "sarif", kMismatches});
  const auto log = nlohmann::json::parse(sarif.out);
  CHECK(log["runs"][0]["results"].size() == 5);

  auto github = run_telc({"test", "--format", "github", kMismatches});
  CHECK(github.out.find("::error file=") != std::string::npos);
  CHECK(github.out.find("title=test/value") != std::string::npos);

  auto junit = run_telc({"test", "--format", "junit", kMismatches, kExample});
  CHECK(junit.code == 1);
  CHECK(junit.out.find(R"(<testsuite name="mismatches" tests="2" failures="2")") != std::string::npos);
  CHECK(junit.out.find(R"(<testsuite name="httproute-policies" tests="4" failures="0")") != std::string::npos);
  CHECK(junit.out.find(R"(<testcase name="every kind of difference" classname="mismatches")") != std::string::npos);
  CHECK(junit.out.find("the series&apos; value is 1, expected 0") != std::string::npos);
}

TEST_CASE("telc test: a missing file is exit 2; a file without tests is an error") {
  CHECK(run_telc({"test", "no-such.test.yaml"}).code == 2);
  auto r = run_telc({"test", std::string(EXAMPLES_DIR) + "/metrics/httproute-policies.yaml"});
  CHECK(r.code == 1);
  CHECK(r.err.find("holds no PolicyTest [test/no-tests]") != std::string::npos);
}

TEST_CASE("telc validate accepts PolicyTest files") {
  auto r = run_telc({"validate", kExample});
  INFO(r.err);
  CHECK(r.code == 0);
}
