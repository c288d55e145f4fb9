// The generated documentation pages, laid out by headless Chromium at a phone's width (420 px) and
// a desktop's: the page never gets wider than the window (wide tables scroll in their own box),
// names and units never break inside a word, and the search box filters. tests/docs/layout_check.js
// does the measuring inside the page; tests/docs/frame.html holds the page at the width, since
// headless Chromium's own window is at least 500 px wide. A missing Chromium is a WARN.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "golden.hpp"

namespace fs = std::filesystem;

namespace {

bool have_chromium() { return std::system("command -v chromium >/dev/null 2>&1") == 0; }

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

/// Lays `page` out at `width` px with `query` typed into its search box; what layout_check.js
/// measured.
nlohmann::json layout(const fs::path& page, int width, const std::string& query = "") {
  const fs::path dir = fs::temp_directory_path() / "telc-layout";
  fs::create_directories(dir);
  fs::copy_file(fs::path(TESTS_DIR) / "docs/frame.html", dir / "frame.html", fs::copy_options::overwrite_existing);
  std::string html = telc::test::read_text(page);
  const std::string script = telc::test::read_text(fs::path(TESTS_DIR) / "docs/layout_check.js");
  html = replace_all(html, "<body>", "<body data-query=\"" + query + "\">");
  html = replace_all(html, "</body>", "<script>\n" + script + "</script>\n</body>");
  std::ofstream(dir / "page.html") << html;
  const fs::path dump = dir / "dump.html";
  const std::string command =
      "chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,1000 "
      "--virtual-time-budget=10000 --dump-dom 'file://" +
      (dir / "frame.html").string() + "?width=" + std::to_string(width) + "&page=page.html' >" + dump.string() +
      " 2>/dev/null";
  REQUIRE(std::system(command.c_str()) == 0);
  const std::string dom = telc::test::read_text(dump);
  const std::size_t begin = dom.find("data-layout=\"");
  INFO(dom.substr(0, 400));
  REQUIRE(begin != std::string::npos);
  const std::size_t start = begin + 13;
  const std::string value = dom.substr(start, dom.find('"', start) - start);
  return nlohmann::json::parse(replace_all(value, "&quot;", "\""));
}

fs::path golden(const std::string& name) { return fs::path(TESTDATA_DIR) / "compile" / name; }

void check_readable(const fs::path& page) {
  for (int width : {420, 1280}) {
    const nlohmann::json found = layout(page, width);
    INFO(page.string() << " at " << width << " px: " << found.dump());
    CHECK(found["width"] == width);
    CHECK(found["scrollWidth"].get<int>() <= width);
    CHECK(found["midWordBreaks"].empty());
  }
}

}  // namespace

TEST_CASE("the documentation pages are readable at 420 px and on a desktop") {
  if (!telc::test::available(have_chromium(), "chromium (tools/deps.sh installs it)")) return;
  check_readable(golden("metrics-examples/expected/docs/metrics.html"));
  check_readable(golden("registry-docs/expected/docs/registry.html"));
}

TEST_CASE("the registry page's search filters names and descriptions") {
  if (!telc::test::available(have_chromium(), "chromium (tools/deps.sh installs it)")) return;
  const fs::path page = golden("registry-docs/expected/docs/registry.html");
  // "parcel": two metric and event names, the carrier attribute's and the depot entity's briefs.
  const nlohmann::json parcel = layout(page, 420, "parcel");
  INFO(parcel.dump());
  CHECK(parcel["items"] == 14);
  CHECK(parcel["itemsMatching"] == 4);
  CHECK(parcel["noMatchShown"] == false);
  const nlohmann::json none = layout(page, 420, "no such thing");
  CHECK(none["itemsMatching"] == 0);
  CHECK(none["noMatchShown"] == true);
}

TEST_CASE("the layout check finds a name broken inside a word and a page wider than the window") {
  if (!telc::test::available(have_chromium(), "chromium (tools/deps.sh installs it)")) return;
  const fs::path page = fs::temp_directory_path() / "telc-layout-broken.html";
  std::ofstream(page) << "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title></head><body>"
                         "<div style=\"width:90px\"><code class=\"name\" style=\"overflow-wrap:anywhere\">"
                         "checkout.order.duration_seconds_total</code></div>"
                         "<table><tr><td style=\"white-space:nowrap\">a row far wider than a phone's screen, "
                         "which pushes the whole page sideways</td></tr></table></body></html>\n";
  const nlohmann::json found = layout(page, 420);
  INFO(found.dump());
  CHECK(found["midWordBreaks"].size() == 1);
  CHECK(found["scrollWidth"].get<int>() > 420);
}
