// Positions and the text renderer against what a hostile or odd file holds: stray bytes, line
// breaks other than LF, no final line break, control characters in keys, values and file names.
#include <catch2/catch.hpp>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "diag/render.hpp"
#include "diag/source_manager.hpp"
#include "golden.hpp"
#include "run_cli.hpp"

namespace fs = std::filesystem;
using telc::diag::SourcePos;
using telc::test::run_telc;

namespace {

fs::path scratch(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / "telc-source-text-test";
  fs::create_directories(dir);
  return dir / name;
}

std::string case_input(const std::string& name) {
  return std::string(TESTDATA_DIR) + "/validate/" + name + "/input.yaml";
}

bool has_byte(const std::string& text, char byte) { return text.find(byte) != std::string::npos; }

}  // namespace

TEST_CASE("a stray continuation byte is at column 1, and the text renderer shows it") {
  telc::diag::SourceManager sources;
  const auto id = sources.add("x.yaml", "\xBF\na\xBF");
  CHECK(sources.position(id, 0) == SourcePos{1, 1});
  CHECK(sources.position(id, 3) == SourcePos{2, 2});  // its own column, not the 'a' before it
  const std::string input = case_input("yaml-stray-continuation-byte");
  auto r = run_telc({"validate", input});
  INFO(r.err);
  CHECK(r.code == 1);
  CHECK(r.err.find("input.yaml:1:1: error: invalid UTF-8 byte 0xBF") != std::string::npos);
  CHECK(r.err.find(" 1 | \xEF\xBF\xBD\n   | ^\n") != std::string::npos);  // shown as U+FFFD
}

TEST_CASE("the text renderer never fails, whatever the position") {
  telc::diag::SourceManager sources;
  const auto id = sources.add("x.yaml", "ab\xBF\xE2\x80\x9C\n\tc\r\n\n" + std::string(300, 'x') + "\xC2\x9B");
  const std::uint32_t values[] = {0, 1, 2, 3, 4, 5, 6, 100, 150, 300, 301, 302, 0xFFFFFFFFu};
  for (std::uint32_t line : values)
    for (std::uint32_t column : values)
      for (std::uint32_t end_column : {0u, 1u, 4u, 160u, 301u, 0xFFFFFFFFu}) {
        const telc::diag::SourceSpan span{id, {line, column}, {line, end_column}};
        const telc::diag::Diagnostic d{telc::diag::Severity::error, "x/y", "m", span, std::nullopt, {{span, "n"}}};
        CHECK_NOTHROW(render_text({d}, sources, {}));
        CHECK_NOTHROW(render_compact({d}, sources));
      }
}

TEST_CASE("lone CR, NEL, LS and PS break lines as in libyaml, CR LF once") {
  telc::diag::SourceManager sources;
  const std::string text =
      "a\rb\r\nc\xC2\x85"
      "d\xE2\x80\xA8"
      "e\xE2\x80\xA9"
      "f\n";
  const auto id = sources.add("x.yaml", text);
  REQUIRE(sources.file(id).line_starts.size() == 7);
  for (std::uint32_t line = 1; line <= 6; ++line) {
    CHECK(sources.line_text(id, line) == std::string(1, static_cast<char>('a' + line - 1)));
    CHECK(sources.position(id, text.find(static_cast<char>('a' + line - 1))) == SourcePos{line, 1});
  }
  CHECK(sources.position(id, 6) == SourcePos{3, 2});  // the NEL ends line 3
  CHECK(sources.offset(id, {4, 2}) == 9);             // the end of line 4 is its LS
  // Through the CLI: the line numbers, and the line each excerpt prints, are the parser's.
  auto r = run_telc({"validate", case_input("yaml-line-breaks-cr-nel-ls-ps")});
  INFO(r.err);
  CHECK(r.code == 1);
  CHECK(r.err.find("input.yaml:4:3: error: duplicate key 'name' [yaml/duplicate-key]\n 4 |   name: b\n") !=
        std::string::npos);
  CHECK(r.err.find("input.yaml:2:3: note: first defined here\n 2 | - name: a\n") != std::string::npos);
  CHECK(r.err.find(" 5 | - {name: c, rules: [], bad: 1}\n   |                        ^~~\n") != std::string::npos);
  CHECK(r.err.find("input.yaml:7:9: error: '[' is never closed [yaml/syntax]\n 7 | groups: [x\n") != std::string::npos);
}

TEST_CASE("the end of a file without a final line break is on its last line") {
  auto r = run_telc({"validate", case_input("yaml-syntax-no-final-newline")});
  INFO(r.err);
  CHECK(r.code == 1);
  CHECK(r.err.find("input.yaml:1:10: note: the document ends here\n 1 | groups: [\n   |          ^\n") !=
        std::string::npos);
}

TEST_CASE("control characters from keys, values and file names never reach the terminal") {
  // A key with ESC sequences and a C1 CSI, written as YAML escapes; the file name holds an OSC.
  const fs::path file = scratch("osc\x1b]0;owned\x07.yaml");
  telc::test::write_text(file,
                         "apiVersion: telemetry.miloapis.com/v1alpha1\nkind: ExportPolicy\n"
                         "metadata: {name: x}\nspec: {\"\\e[31mred\\x9b\\x7f\": 1}\n");
  auto r = run_telc({"validate", file.string()});
  INFO(r.err);
  CHECK(r.code == 1);
  CHECK_FALSE(has_byte(r.err, '\x1b'));
  CHECK_FALSE(has_byte(r.err, '\x07'));
  CHECK_FALSE(has_byte(r.err, '\x7f'));
  CHECK(r.err.find("\xC2\x9B") == std::string::npos);
  CHECK(r.err.find("osc\\x1b]0;owned\\x07.yaml:4:") != std::string::npos);
  CHECK(r.err.find("unknown field '\\x1b[31mred\\u009b\\x7f' in 'spec'") != std::string::npos);
  SECTION("json and sarif stay valid JSON and carry the text itself") {
    auto j = run_telc({"validate", "--format", "json", file.string()});
    const auto doc = nlohmann::json::parse(j.out);
    const auto& unknown = doc["diagnostics"].back();
    CHECK(unknown["file"] == file.generic_string());
    CHECK(unknown["message"] == "unknown field '\x1b[31mred\xC2\x9B\x7F' in 'spec'");
    auto s = run_telc({"validate", "--format", "sarif", file.string()});
    CHECK_NOTHROW(nlohmann::json::parse(s.out));
  }
  SECTION("--verbose lists a skipped document's kind escaped") {
    const fs::path other = scratch("other.yaml");
    telc::test::write_text(other, "apiVersion: \"apps/v1\\e[2J\"\nkind: \"Deploy\\e]0;x\\a\"\n");
    auto v = run_telc({"validate", "-v", other.string()});
    INFO(v.err);
    CHECK(v.code == 0);
    CHECK_FALSE(has_byte(v.err, '\x1b'));
    CHECK(v.err.find("skipped: apiVersion 'apps/v1\\x1b[2J', kind 'Deploy\\x1b]0;x\\x07'") != std::string::npos);
  }
  SECTION("a raw control character is located, and its line shown with a control picture") {
    auto raw = run_telc({"validate", case_input("yaml-control-character")});
    INFO(raw.err);
    CHECK(raw.code == 1);
    CHECK_FALSE(has_byte(raw.err, '\x1b'));
    CHECK(raw.err.find("input.yaml:2:13: error: a control character cannot appear in YAML text") != std::string::npos);
    CHECK(raw.err.find(" 2 |   - name: \"a\xE2\x90\x9B[31m\"\n") != std::string::npos);
  }
}
