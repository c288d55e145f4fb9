// The generated metric outputs, checked by the tools that consume them: every golden rule file by
// `promtool check rules` and `vmalert -dryRun`, every catalogue page by `tidy -errors`, and one
// page rendered by headless Chromium. The goldens equal what compile writes (compile_golden_test),
// so checking them checks the compiler. A missing tool is a WARN (tools/deps.sh installs them all).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "golden.hpp"

namespace fs = std::filesystem;

namespace {

bool have(const std::string& tool) { return std::system(("command -v " + tool + " >/dev/null 2>&1").c_str()) == 0; }

/// Runs `command`, its output into a log that is shown when it fails.
int run(const std::string& command, std::string& log) {
  const fs::path out = fs::temp_directory_path() / "telc-tool.log";
  const int rc = std::system((command + " >" + out.string() + " 2>&1").c_str());
  log = telc::test::read_text(out);
  return rc;
}

std::vector<fs::path> generated(const std::string& folder, const std::string& extension) {
  std::vector<fs::path> out;
  for (const auto& c : fs::directory_iterator(fs::path(TESTDATA_DIR) / "compile")) {
    const fs::path dir = c.path() / "expected" / folder;
    if (!fs::is_directory(dir)) continue;
    for (const auto& f : fs::directory_iterator(dir))
      if (f.path().extension() == extension) out.push_back(f.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

void check_each(const std::vector<fs::path>& files, const std::string& tool, const std::string& command) {
  if (!telc::test::available(have(tool), tool + " (tools/deps.sh installs it)")) return;
  for (const fs::path& f : files) {
    std::string log;
    const int rc = run(command + " '" + f.string() + "'", log);
    INFO(command << " " << f.string() << "\n" << log);
    CHECK(rc == 0);
  }
}

}  // namespace

TEST_CASE("generated rule files pass promtool and vmalert") {
  const auto files = generated("prometheus-rules", ".yaml");
  REQUIRE(files.size() >= 2);
  check_each(files, "promtool", "promtool check rules");
  if (!telc::test::available(have("vmalert"), "vmalert (tools/deps.sh installs it)")) return;
  for (const fs::path& f : files) {  // vmalert takes -rule=FILE
    std::string log;
    const int rc = run("vmalert -dryRun -rule='" + f.string() + "'", log);
    INFO("vmalert -dryRun " << f.string() << "\n" << log);
    CHECK(rc == 0);
  }
}

TEST_CASE("generated catalogue pages pass tidy") {
  const auto files = generated("docs", ".html");
  REQUIRE(files.size() >= 2);
  check_each(files, "tidy", "tidy -errors -q");
}

TEST_CASE("the catalogue renders in headless Chromium") {
  if (!telc::test::available(have("chromium"), "chromium (tools/deps.sh installs it)")) return;
  const fs::path page = fs::path(TESTDATA_DIR) / "compile/metrics-examples/expected/docs/metrics.html";
  const fs::path png = fs::temp_directory_path() / "telc-metrics-catalogue.png";
  fs::remove(png);
  std::string log;
  run("chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --screenshot='" + png.string() +
          "' --window-size=1280,900 'file://" + fs::absolute(page).string() + "'",
      log);
  INFO(log);
  REQUIRE(fs::exists(png));
  const std::string bytes = telc::test::read_text(png);
  CHECK(bytes.substr(0, 8) == std::string("\x89PNG\r\n\x1a\n", 8));
  CHECK(bytes.size() > 20'000);  // a blank 1280x900 page compresses to a few KiB; text and tables do not
}
