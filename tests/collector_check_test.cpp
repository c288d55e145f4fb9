// The collector config checker: goldens under testdata/collector-check/<case>/ (input.yaml, an
// optional `options` file with version=/distribution= lines, expected.diag) and its small parsers.
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "diag/render.hpp"
#include "driver/collector_check.hpp"
#include "golden.hpp"
#include "otelcol/component_table.hpp"
#include "otelcol/duration.hpp"
#include "otelcol/env_refs.hpp"
#include "otelcol/ids.hpp"
#include "otelcol/secrets.hpp"

namespace fs = std::filesystem;
namespace col = telc::otelcol;

namespace {

col::CheckOptions read_options(const fs::path& dir) {
  col::CheckOptions options;
  if (!fs::exists(dir / "options")) return options;
  std::istringstream in(telc::test::read_text(dir / "options"));
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("version=", 0) == 0) options.version = line.substr(8);
    if (line.rfind("distribution=", 0) == 0) options.distribution = line.substr(13);
  }
  return options;
}

std::string run_case(const fs::path& dir) {
  telc::diag::SourceManager sources;
  telc::diag::Sink sink;
  const auto result = telc::driver::check_collector_configs(
      {(dir / "input.yaml").string()}, read_options(dir), [](std::size_t) { return std::string(); }, sources, sink);
  CHECK(!result.io_failed);
  sink.sort();
  return telc::diag::render_compact(sink.all(), sources);
}

}  // namespace

TEST_CASE("collector check goldens") {
  telc::test::check_diag_cases(fs::path(TESTDATA_DIR) / "collector-check", 30, run_case);
}

TEST_CASE("Go durations parse as time.ParseDuration does") {
  CHECK(col::parse_go_duration("0") == 0.0);
  CHECK(col::parse_go_duration("1s") == 1e9);
  CHECK(col::parse_go_duration("1h30m") == 5400e9);
  CHECK(col::parse_go_duration("250ms") == 250e6);
  CHECK(col::parse_go_duration("1.5s") == 1.5e9);
  CHECK(col::parse_go_duration("-2m") == -120e9);
  CHECK(col::parse_go_duration("10us") == 10e3);
  CHECK(col::parse_go_duration("10\xC2\xB5s") == 10e3);
  CHECK(!col::parse_go_duration(""));
  CHECK(!col::parse_go_duration("7d"));
  CHECK(!col::parse_go_duration("1w"));
  CHECK(!col::parse_go_duration("5"));
  CHECK(!col::parse_go_duration("s"));
  CHECK(!col::parse_go_duration(".s"));
  CHECK(!col::parse_go_duration("1 s"));
  CHECK(col::go_spelling("7d") == "168h");
  CHECK(col::go_spelling("2w") == "336h");
  CHECK(col::go_spelling("5x").empty());
}

TEST_CASE("Prometheus durations parse as prometheus/common model.ParseDuration does") {
  CHECK(col::parse_prom_duration("0") == 0.0);
  CHECK(col::parse_prom_duration("1d") == 86400e9);
  CHECK(col::parse_prom_duration("1w2d") == 9 * 86400e9);
  CHECK(col::parse_prom_duration("1m30s") == 90e9);
  CHECK(col::parse_prom_duration("500ms") == 0.5e9);
  CHECK(col::parse_prom_duration("1y") == 365 * 86400e9);
  CHECK(!col::parse_prom_duration(""));
  CHECK(!col::parse_prom_duration("1.5m"));
  CHECK(!col::parse_prom_duration("30s1m"));
  CHECK(!col::parse_prom_duration("1m1m"));
  CHECK(!col::parse_prom_duration("5"));
  CHECK(!col::parse_prom_duration("1us"));
}

TEST_CASE("fields carry the minors they exist in") {
  constexpr col::Field always{"a"};
  constexpr col::Field since146{"b", col::ValueKind::any, nullptr, {}, 146};
  constexpr col::Field until129{"c", col::ValueKind::any, nullptr, {}, 0, 129};
  CHECK(col::field_exists(always, 120));
  CHECK(!col::field_exists(since146, 145));
  CHECK(col::field_exists(since146, 146));
  CHECK(col::field_exists(until129, 128));
  CHECK(!col::field_exists(until129, 129));
  CHECK(col::find_component(col::Kind::processor, "k8sattributes")->replacement == "k8s_attributes");
  CHECK(col::find_component(col::Kind::receiver, "file_log")->since == "0.149.0");
}

TEST_CASE("${...} references follow confmap's rules") {
  CHECK(col::reference_problem("env:TOKEN").message.empty());
  CHECK(col::reference_problem("TOKEN").message.empty());
  CHECK(col::reference_problem("env:PORT:-4317").message.empty());
  CHECK(col::reference_problem("file:/etc/token").message.empty());
  CHECK(!col::reference_problem("").message.empty());
  CHECK(!col::reference_problem("env:1ABC").message.empty());
  CHECK(!col::reference_problem("PORT:-4317").message.empty());
  CHECK(!col::reference_problem("vault:secret").message.empty());
  CHECK(!col::reference_problem("env:A:-${B").message.empty());
  CHECK(col::is_secret_reference("${env:TOKEN}"));
  CHECK(col::is_secret_reference("${TOKEN}"));
  CHECK(col::is_secret_reference("${file:/run/secrets/token}"));
  CHECK(!col::is_secret_reference("Bearer ${env:TOKEN}"));
  CHECK(!col::is_secret_reference("${http://example/token}"));
  CHECK(!col::is_secret_reference("abc123"));
}

TEST_CASE("component and pipeline IDs follow component/identifiable.go") {
  const auto s = col::split_id("otlp_http/vm/eu");
  CHECK(s.type == "otlp_http");
  CHECK(s.name == "vm/eu");
  CHECK(col::type_error("otlp_http").empty());
  CHECK(!col::type_error("1otlp").empty());
  CHECK(!col::type_error("otlp-http").empty());
  CHECK(!col::type_error(std::string(64, 'a')).empty());
  CHECK(col::name_error("vm-eu.1:a").empty());
  CHECK(!col::name_error("").empty());
  CHECK(!col::name_error("a b").empty());
  CHECK(!col::name_error("a+b").empty());
}

TEST_CASE("component tables answer look-ups") {
  using col::Kind;
  REQUIRE(col::find_component(Kind::exporter, "otlp_grpc") != nullptr);
  CHECK(col::find_component(Kind::exporter, "otlp")->replacement == "otlp_grpc");
  CHECK(col::find_component(Kind::exporter, "prometheusremotewrite")->signals == col::kMetrics);
  CHECK(col::find_component(Kind::processor, "transform")->distributions == (col::kContrib | col::kK8s | col::kKyma));
  CHECK(col::find_component(Kind::processor, "service_enrichment")->distributions == col::kKyma);
  CHECK(col::find_component(Kind::receiver, "batch") == nullptr);
  const auto* otlp_http = col::find_component(Kind::exporter, "otlp_http");
  REQUIRE(otlp_http->shape != nullptr);
  CHECK(col::find_field(*otlp_http->shape, "tls") != nullptr);               // from confighttp, squashed
  CHECK(col::find_field(*otlp_http->shape, "metrics_endpoint") != nullptr);  // its own
  CHECK(col::find_field(*otlp_http->shape, "insecure") == nullptr);
  CHECK(col::parse_version("0.144.0") < col::parse_version("v0.159.0"));
  CHECK(!col::parse_version("0.144"));
  CHECK(col::find_distribution("otelcol-k8s") != nullptr);
  CHECK(col::is_credential_header("Authorization"));
  CHECK(col::is_credential_header("X-API-Key"));
  CHECK(!col::is_credential_header("X-Scope-OrgID"));
}
