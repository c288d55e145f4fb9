// The fast paths of schema::map_scalar (a scalar written as its value; a literal block whose lines
// are the file's lines) against the byte matcher they shortcut: on every string of testdata/ and
// examples/ and on generated block layouts, each value byte maps to the same file position.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "golden.hpp"
#include "schema/document.hpp"
#include "schema/scalar_text.hpp"
#include "schema/yaml_loader.hpp"

namespace fs = std::filesystem;
using telc::diag::SourcePos;

namespace {

struct Tally {
  std::size_t strings = 0, blocks = 0, differ = 0;
};

std::string show(SourcePos pos) { return std::to_string(pos.line) + ":" + std::to_string(pos.column); }

/// Every string scalar of `doc`: the fast map and the byte matcher's agree at every offset.
void compare_strings(const telc::diag::SourceManager& sources, const telc::schema::Document& doc,
                     const nlohmann::json& value, const std::string& pointer, Tally& tally) {
  if (value.is_object())
    for (const auto& [key, child] : value.items())
      compare_strings(sources, doc, child, telc::schema::child_pointer(pointer, key), tally);
  if (value.is_array())
    for (std::size_t i = 0; i < value.size(); ++i)
      compare_strings(sources, doc, value[i], telc::schema::child_pointer(pointer, i), tally);
  const telc::schema::NodeOffsets* at = doc.locations.find(pointer);
  if (!value.is_string() || at == nullptr || at->value.line == 0) return;
  const std::string& text = value.get_ref<const std::string&>();
  const std::size_t begin = sources.offset(doc.file, at->value);
  const auto fast = telc::schema::map_scalar(sources, doc.file, begin, text);
  const auto bytewise = telc::schema::map_scalar_bytewise(sources, doc.file, begin, text);
  ++tally.strings;
  tally.blocks += at->style == '|' ? 1 : 0;
  for (std::size_t k = 0; k <= text.size(); ++k)
    if (fast.at(k) != bytewise.at(k)) {
      ++tally.differ;
      UNSCOPED_INFO(sources.file(doc.file).path << " " << pointer << " byte " << k << ": " << show(fast.at(k))
                                                << " against " << show(bytewise.at(k)));
      return;
    }
}

void compare_text(const std::string& path, const std::string& text, Tally& tally) {
  telc::diag::SourceManager sources;
  telc::diag::Sink sink;
  const auto file = sources.add(path, text);
  for (const auto& doc : telc::schema::load_yaml(sources, file, sink))
    compare_strings(sources, doc, doc.value, "", tally);
}

}  // namespace

TEST_CASE("scalar text: the fast paths map every string of the corpus as the byte matcher does") {
  Tally tally;
  for (const char* dir : {TESTDATA_DIR, EXAMPLES_DIR})
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
      const auto ext = entry.path().extension();
      if (entry.is_regular_file() && (ext == ".yaml" || ext == ".yml") && entry.file_size() <= 200'000)
        compare_text(entry.path().string(), telc::test::read_text(entry.path()), tally);
    }
  INFO(tally.strings << " strings, " << tally.blocks << " block scalars");
  CHECK(tally.differ == 0);
  CHECK(tally.strings > 10'000);
  CHECK(tally.blocks >= 20);
}

TEST_CASE("scalar text: literal blocks of every layout map as the byte matcher does") {
  const std::vector<std::string> headers = {"|", "|-", "|+", "|2", ">", ">-"};
  const std::vector<std::string> bodies = {
      "a\n",
      "a\nb\n",
      "a\n\nb\n",
      "a\n \nb\n",
      "a\n      \nb\n",
      "a\n  b\n",
      "tab\there\n",
      "caf\xC3\xA9 {x\n",
      "a\r\nb\r\n",
      "trailing \n",
      "a\n\n\n",
      "\n\na\n",
      "a # not a comment\n",
      "x{y=\"z\"}[5m]\n",
      "a\n b\n  c\n",
  };
  Tally tally;
  for (const std::string& header : headers)
    for (const std::string& body : bodies)
      for (const std::size_t indent : {2, 4, 7}) {
        std::string yaml = "q: " + header + "\n";
        std::size_t at = 0;
        while (at < body.size()) {  // indent every non-empty line of the body
          const std::size_t end = body.find('\n', at);
          const std::string line = body.substr(at, end - at + 1);
          yaml += (line == "\n" || line == "\r\n" ? "" : std::string(indent, ' ')) + line;
          at = end + 1;
        }
        compare_text("block.yaml", yaml + "next: 1\n", tally);
      }
  INFO(tally.strings << " strings, " << tally.blocks << " block scalars");
  CHECK(tally.differ == 0);
  CHECK(tally.strings == headers.size() * bodies.size() * 3);
  CHECK(tally.blocks >= 150);  // the `|` headers; `>` goes to the matcher
}
