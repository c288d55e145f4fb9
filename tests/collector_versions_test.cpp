// Every collector config telc generates, for every supported collector minor (0.120 … 0.159):
// each compile-golden case and the examples are compiled with collector.version set to that
// minor, in both source modes and both secret modes (alone and --merge'd), and every generated
// collector config must pass the in-process checker for that version with no error.
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include <fmt/format.h>
#include <unistd.h>

#include "diag/render.hpp"
#include "driver/compile.hpp"
#include "golden.hpp"
#include "otelcol/check.hpp"
#include "schema/yaml_loader.hpp"

namespace fs = std::filesystem;

namespace {

constexpr int kOldestMinor = 120, kNewestMinor = 159;

/// The project's own settings without its collector and secrets blocks (top-level keys whose
/// lines are indented below them), which each variant writes itself.
std::string other_settings(const std::string& text) {
  std::istringstream in(text);
  std::string out;
  bool skipping = false;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != ' ' && line[0] != '#')
      skipping = line.rfind("collector:", 0) == 0 || line.rfind("secrets:", 0) == 0;
    if (!skipping) out += line + "\n";
  }
  return out;
}

struct Variant {
  int minor;
  std::string source_mode, secrets_mode;
  bool merge;
};

std::string settings(const std::string& base, const Variant& variant) {
  return fmt::format("{}collector:\n  version: 0.{}.0\n  sourceMode: {}\nsecrets:\n  mode: {}\n", other_settings(base),
                     variant.minor, variant.source_mode, variant.secrets_mode);
}

struct Outcome {
  telc::backends::OutputTree files;
  std::string errors;  // rendered, empty when none
};

std::string rendered_errors(const telc::diag::Sink& sink, const telc::diag::SourceManager& sources) {
  std::vector<telc::diag::Diagnostic> errors;
  for (const auto& d : sink.all())
    if (d.severity == telc::diag::Severity::error) errors.push_back(d);
  return telc::diag::render_compact(errors, sources);
}

Outcome compile(const fs::path& input, const fs::path& config, bool merge) {
  telc::driver::CompileOptions options{{{input.string()}, 1, config.string(), false}, {}, merge, {}};
  telc::diag::SourceManager sources;
  telc::diag::Sink sink;
  auto result = telc::driver::compile(
      options, [](std::size_t) { return std::string(); }, sources, sink);
  sink.sort();
  return {std::move(result.files), rendered_errors(sink, sources)};
}

/// The checker run on each generated collector config directly, whatever the driver did.
std::string check(const telc::backends::OutputTree& files, const std::string& version) {
  telc::diag::SourceManager sources;
  telc::diag::Sink sink;
  for (const auto& [path, content] : files) {
    if (path.rfind("collector/", 0) != 0) continue;
    const auto id = sources.add(path, content);
    for (const auto& doc : telc::schema::load_yaml(sources, id, sink))
      telc::otelcol::check_config(telc::schema::Locator(sources, doc), {version, "otelcol-contrib"}, sink);
  }
  sink.sort();
  return rendered_errors(sink, sources);
}

/// What the upstream sources say each minor rejects, whatever today's checker knows: keys and
/// condition forms a release cannot read. Returns the first violation, or "".
std::string upstream_violation(const telc::backends::OutputTree& files, int minor) {
  for (const auto& [path, text] : files) {
    if (path.rfind("collector/", 0) != 0) continue;
    // contrib basicauthextension: username_file / password_file from 0.147.0
    if (minor < 147 && text.find("username_file") != std::string::npos) return path + ": username_file";
    // contrib filterprocessor: metric_conditions from 0.146.0
    if (minor < 146 && text.find("metric_conditions") != std::string::npos) return path + ": metric_conditions";
    // the legacy datapoint field reads no `datapoint.` segment before 0.122.0
    if (minor < 146 && text.find("datapoint.attributes") != std::string::npos) return path + ": datapoint. prefix";
    // context inference needs a path in every condition
    for (const char* constant : {"- not true", "- not false", "- 'true'", "- 'false'", "- true\n", "- false\n"})
      if (text.find(constant) != std::string::npos) return path + ": condition without a path";
    // core exporter type names: otlp_http from 0.144.0
    if (minor < 144 && text.find("otlp_http") != std::string::npos) return path + ": otlp_http";
  }
  return "";
}

struct Project {
  fs::path input;
  std::string base_settings;
};

std::vector<Project> projects() {
  std::vector<Project> out;
  for (const fs::path& dir : telc::test::case_dirs(fs::path(TESTDATA_DIR) / "compile")) {
    const fs::path own = dir / "input" / ".telc.yaml";
    out.push_back(
        {dir / "input", telc::test::read_text(fs::exists(own) ? own : fs::path(TESTDATA_DIR) / ".telc.yaml")});
  }
  out.push_back({fs::path(EXAMPLES_DIR), telc::test::read_text(fs::path(EXAMPLES_DIR) / ".telc.yaml")});
  return out;
}

}  // namespace

/// Each minor in both source modes and both secret modes; which mode pairs with which alternates
/// by minor, which keeps the test fast.
std::vector<Variant> variants(int minor) {
  const bool even = minor % 2 == 0;
  return {{minor, even ? "federate" : "otlp-stream", "file", false},
          {minor, even ? "otlp-stream" : "federate", "env", true}};
}

TEST_CASE("every generated collector config passes the checker for every supported minor") {
  const fs::path scratch = fs::temp_directory_path() / fmt::format("telc-collector-versions-{}", ::getpid());
  fs::create_directories(scratch);
  const fs::path config = scratch / ".telc.yaml";
  std::size_t checked = 0;
  for (const Project& p : projects())
    for (const std::string mode : {"federate", "otlp-stream"}) {
      // Inputs rejected whatever the version (not expressible in this source mode, …) say nothing here.
      telc::test::write_text(config, settings(p.base_settings, {kNewestMinor, mode, "file", false}));
      if (!compile(p.input, config, false).errors.empty()) continue;
      for (int minor = kOldestMinor; minor <= kNewestMinor; ++minor)
        for (const Variant& v : variants(minor)) {
          if (v.source_mode != mode) continue;
          INFO(p.input.string() << " collector 0." << minor << " " << mode << " secrets " << v.secrets_mode
                                << (v.merge ? " --merge" : ""));
          telc::test::write_text(config, settings(p.base_settings, v));
          const Outcome out = compile(p.input, config, v.merge);
          CHECK(out.errors == "");
          CHECK(check(out.files, fmt::format("0.{}.0", minor)) == "");
          CHECK(upstream_violation(out.files, minor) == "");
          for (const auto& [path, text] : out.files) checked += path.rfind("collector/", 0) == 0 ? 1 : 0;
        }
    }
  fs::remove_all(scratch);
  CHECK(checked > 0);
}
