// Hostile inputs that once crashed telc or took seconds: each case is the minimized reproducer of
// a defect, through the CLI where it was found there.
#include <catch2/catch.hpp>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "diag/parallel.hpp"
#include "diag/sink.hpp"
#include "diag/spelling.hpp"
#include "diag/utf8.hpp"
#include "golden.hpp"
#include "run_cli.hpp"

namespace fs = std::filesystem;
using telc::test::run_telc;

namespace {

fs::path scratch(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / "telc-reliability-test";
  fs::create_directories(dir);
  return dir / name;
}

}  // namespace

TEST_CASE("an exception in a worker reaches the caller instead of terminating the process") {
  for (unsigned jobs : {1U, 2U, 4U}) {
    INFO("jobs " << jobs);
    std::vector<int> done(64, 0);
    CHECK_THROWS_WITH(telc::diag::parallel_for(done.size(), jobs,
                                               [&](std::size_t index) {
                                                 if (index == 17) throw std::runtime_error("worker 17 failed");
                                                 done[index] = 1;
                                               }),
                      "worker 17 failed");
  }
}

TEST_CASE("did-you-mean is bounded: a multi-megabyte value gets no suggestion and a one-line message") {
  const std::vector<std::string> candidates{"seconds", "bytes", "1"};
  CHECK_FALSE(telc::diag::closest(std::string(telc::diag::kLongestSuggested + 1, 'x'), candidates));
  CHECK(telc::diag::closest("secnds", candidates) == "seconds");

  const fs::path file = scratch("huge-unit.yaml");
  telc::test::write_text(file,
                         "apiVersion: telemetry.miloapis.com/v1alpha1\nkind: MetricDefinition\n"
                         "metadata: {name: x}\nspec:\n  resource: {group: g, kind: K}\n  metric:\n"
                         "    name: a.b.c\n    description: d\n    instrument: {type: gauge, unit: \"" +
                             std::string(5U << 20U, 'x') + "\"}\n");
  const auto run = run_telc({"validate", "--format", "json", file.string()});
  CHECK(run.code == 1);
  CHECK(run.out.find("unknown unit 'xxx") != std::string::npos);
  CHECK(run.out.size() < 4096);  // the message is cut, not 5 MiB long
}

TEST_CASE("messages and hints are cut to one readable line, never inside a character") {
  telc::diag::Sink sink;
  // The cut falls inside the second 'é' (two bytes each).
  std::string message = std::string(telc::diag::kMaxMessageBytes - 3, 'a') + "\xC3\xA9\xC3\xA9\xC3\xA9";
  sink.report({telc::diag::Severity::error, "test/code", message, {}, std::string(1000, 'h'), {}});
  const std::string& reported = sink.all().front().message;
  CHECK(reported.size() <= telc::diag::kMaxMessageBytes + 3);
  CHECK(reported.ends_with("..."));
  CHECK(telc::diag::first_invalid(reported) == std::string::npos);  // still valid UTF-8
  CHECK(sink.all().front().hint->size() == telc::diag::kMaxMessageBytes + 3);
}

TEST_CASE("metricsql fmt never prints what it cannot parse again: chained operators count as nesting") {
  for (int terms = 190; terms <= 210; ++terms) {
    std::string query = "x";
    for (int i = 1; i < terms; ++i) query += " + x";
    INFO(terms << " terms");
    const auto first = run_telc({"metricsql", "fmt", "-"}, query + "\n");
    if (first.code != 0) {
      CHECK(first.code == 1);
      CHECK(first.err.find("nests deeper than 200 levels") != std::string::npos);
      continue;
    }
    const auto second = run_telc({"metricsql", "fmt", "-"}, first.out);
    CHECK(second.code == 0);
    CHECK(second.out == first.out);
  }
}

TEST_CASE("metricsql fmt --jsonl writes valid UTF-8 JSON whatever the input bytes") {
  const std::string input =
      "{\"q\":\"x{a=\\\"\\ud800\\\"}\"}\n"       // an escaped lone surrogate
      "{\"q\":\"x{a=\\\"\xff\xfe\\\"}\"}\n"      // raw invalid bytes
      "{\"q\": \"up\", \"extra\": \"\xc3\"}\n";  // invalid bytes on the slow path
  const auto run = run_telc({"metricsql", "fmt", "--jsonl", "-"}, input);
  CHECK(run.code == 0);
  std::size_t lines = 0;
  for (std::size_t at = 0; at < run.out.size(); ++lines) {
    const std::size_t end = run.out.find('\n', at);
    const std::string line = run.out.substr(at, end - at);
    INFO(line);
    CHECK(telc::diag::first_invalid(line) == std::string::npos);
    CHECK_NOTHROW(nlohmann::json::parse(line));  // strict: throws on invalid UTF-8
    at = end + 1;
  }
  CHECK(lines == 3);
  CHECK(run.out.find("x{a=\\\"\xef\xbf\xbd\xef\xbf\xbd\\\"}") != std::string::npos);  // two U+FFFD, as Go reads them
}

TEST_CASE("a password in a URL is not repeated in any output format") {
  const fs::path file = scratch("credentials.yaml");
  telc::test::write_text(file,
                         "apiVersion: telemetry.miloapis.com/v1alpha1\nkind: ExportPolicy\nmetadata: {name: x}\n"
                         "spec:\n  sources:\n  - name: s\n    metrics: {metricsql: \"up\"}\n  sinks:\n  - name: k\n"
                         "    sources: [s]\n    target:\n      prometheusRemoteWrite:\n"
                         "        endpoint: \"https://bob:hunter2@prom.example.com/api/v1/write\"\n");
  for (const char* format : {"json", "sarif", "github"}) {
    INFO(format);
    const auto run = run_telc({"lint", "--format", format, file.string()});
    CHECK(run.code == 1);
    CHECK(run.out.find("bob:****@prom.example.com") != std::string::npos);
    CHECK(run.out.find("hunter2") == std::string::npos);
  }
}
