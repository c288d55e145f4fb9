// The reader of the common YAML subset against libyaml: wherever it reads a document, the JSON
// value, every location-table entry and every diagnostic equal what libyaml's events give; on
// the corpus (testdata/, examples/), on mutants of it and on hand-written layouts.
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "golden.hpp"
#include "schema/yaml_convert.hpp"
#include "schema/yaml_fast.hpp"
#include "schema/yaml_loader.hpp"

namespace fs = std::filesystem;
using telc::diag::SourceManager;
using telc::schema::Chunk;
using telc::schema::Document;
using telc::schema::DocumentBuilder;

namespace {

struct Tally {
  std::size_t chunks = 0, read = 0, differ = 0;
};

std::string show(const telc::diag::Sink& sink) {
  std::ostringstream out;
  for (const auto& d : sink.all()) {
    out << d.code << " " << d.message << " " << d.span.begin.line << ":" << d.span.begin.column << "-"
        << d.span.end.line << ":" << d.span.end.column << " " << d.hint.value_or("");
    for (const auto& n : d.notes) out << " | " << n.message << " " << n.span.begin.line << ":" << n.span.begin.column;
    out << "\n";
  }
  return out.str();
}

/// Reads every chunk of `text` both ways; returns whether the subset reader read them all.
bool compare_text(const std::string& name, const std::string& text, Tally& tally) {
  SourceManager sources;
  const auto file = sources.add(name, text);
  const telc::schema::ConvertLimits limits{1'000'000, 1000};
  bool all = true;
  for (const Chunk& chunk : telc::schema::split_documents(sources.file(file))) {
    ++tally.chunks;
    Document fast{file, 0, {}, {}}, slow{file, 0, {}, {}};
    DocumentBuilder fast_builder(sources, file, chunk, limits, fast);
    DocumentBuilder slow_builder(sources, file, chunk, limits, slow);
    const std::string_view piece = std::string_view(text).substr(chunk.begin, chunk.end - chunk.begin);
    const bool fast_ok = telc::schema::read_common_yaml(piece, fast_builder);
    const bool slow_ok = telc::schema::read_with_libyaml(sources, file, chunk, slow_builder);
    if (!fast_ok) {  // declined; an empty piece (comments only) is declined and has no document
      all = all && !slow_ok && slow_builder.diagnostics().all().empty();
      continue;
    }
    ++tally.read;
    const bool same = slow_ok && fast.value == slow.value && fast.locations == slow.locations &&
                      show(fast_builder.diagnostics()) == show(slow_builder.diagnostics());
    if (!same) {
      ++tally.differ;
      UNSCOPED_INFO(name << ": the subset reader and libyaml differ on\n"
                         << piece << "\n--- libyaml " << (slow_ok ? "read it" : "failed") << ": " << slow.value.dump()
                         << "\n"
                         << show(slow_builder.diagnostics()) << "--- subset: " << fast.value.dump() << "\n"
                         << show(fast_builder.diagnostics()));
    }
  }
  return all;
}

std::vector<std::pair<std::string, std::string>> corpus() {
  std::vector<std::pair<std::string, std::string>> files;
  for (const char* dir : {TESTDATA_DIR, EXAMPLES_DIR})
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
      const auto ext = entry.path().extension();
      if (entry.is_regular_file() && (ext == ".yaml" || ext == ".yml") && entry.file_size() <= 200'000)
        files.emplace_back(entry.path().string(), telc::test::read_text(entry.path()));
    }
  std::sort(files.begin(), files.end());
  return files;
}

/// Deterministic edits that make near-misses of real files: a character inserted, deleted or
/// replaced, a line indented, dedented, doubled or cut short.
std::vector<std::string> mutants(const std::string& text, std::size_t count, std::uint64_t seed) {
  static const std::string kInsert = " :-#\"'\n|>[]{},&*!?x\\\t%@`.0";
  std::vector<std::string> out;
  std::uint64_t state = seed * 6364136223846793005ULL + 1442695040888963407ULL;
  auto next = [&](std::size_t bound) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return bound == 0 ? 0 : static_cast<std::size_t>((state >> 33) % bound);
  };
  for (std::size_t k = 0; k < count && !text.empty(); ++k) {
    std::string m = text;
    const std::size_t at = next(m.size());
    const std::size_t line = m.rfind('\n', at == 0 ? 0 : at - 1) == std::string::npos ? 0 : m.rfind('\n', at - 1) + 1;
    switch (next(8)) {
      case 0: m.insert(at, 1, kInsert[next(kInsert.size())]); break;
      case 1: m.erase(at, 1); break;
      case 2: m[at] = kInsert[next(kInsert.size())]; break;
      case 3: m.insert(line, next(2) == 0 ? " " : "  "); break;
      case 4:
        if (m.compare(line, 1, " ") == 0) m.erase(line, 1);
        break;
      case 5: m.insert(line, m.substr(line, m.find('\n', line) - line + 1)); break;
      case 6: m.resize(at); break;
      default: m.insert(at, next(2) == 0 ? ": " : " #"); break;
    }
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace

TEST_CASE("yaml fast: every document of the corpus it reads, it reads as libyaml does") {
  Tally tally;
  for (const auto& [name, text] : corpus()) compare_text(name, text, tally);
  INFO(tally.read << " of " << tally.chunks << " documents read by the subset reader");
  CHECK(tally.differ == 0);
  CHECK(tally.read * 10 >= tally.chunks * 8);  // most real documents are in the subset
}

TEST_CASE("yaml fast: mutants of the corpus are read as libyaml does, or left to it") {
  Tally tally;
  std::uint64_t seed = 1;
  for (const auto& [name, text] : corpus())
    for (const std::string& m : mutants(text, 12, seed++)) compare_text(name, m, tally);
  INFO(tally.read << " of " << tally.chunks << " mutant documents read by the subset reader");
  CHECK(tally.differ == 0);
  CHECK(tally.read * 10 >= tally.chunks * 3);
}

TEST_CASE("yaml fast: the layouts of the subset") {
  const std::vector<std::string> read = {
      "a: 1\n",
      "a: 1",
      "a: 1   ",
      "a: 1 # c",
      "a: 1\n# c",
      "a:\n  b: 1\n ",
      "a:\n  b:\n    c: 1\n  ",
      "a:\n  b: 1\n# end\n",
      "---\na: 1\n",
      "--- # c\na: 1\n",
      "# lead\n\n---\na: 1\n",
      "a:\nb: 2\n",
      "a:\n",
      "a:",
      "a: # c\n  b: 1\n",
      "a:\n- 1\n- 2\nb: 3\n",
      "a:\n- 1\n- 2",
      "a:\n  - 1\n  - x: 1\n    y: 2\n  - [1, 2]\nb: {}\n",
      "- a\n- b: 1\n  c: 2\n- - x\n  - y\n",
      "- a: 1\n  b:\n  - x\n- c\n",
      "a: 'it''s'\nb: \"q\\\"\\n\\t\\x41\\u00e9\\U0001F600\"\nc: \"\"\nd: ''\n",
      "\"a b\": 1\n'c': 2\nd e : 3\n",
      "a: http://x:80/y\nb: x#y\nc: -1\nd: -x\ne: a{b=\"c\"}[5m] > 0\n",
      "a: [a, 'b', \"c\", [d], {e: f}]\nb: {x: 1, 'y': [2], z: {w: v}}\nc: [ ]\nd: { }\n",
      "a: caf\xC3\xA9\nb: \xE2\x9C\x93 ok\n\xC3\xA9: x\nc: [\xC3\xA9, b]\n",
      "a: {\xC3\xA9: caf\xC3\xA9 , b: [\xC3\xA9 , 'x\xC3\xA9' ]}  \n\xC3\xA9 \xC3\xA9 : \xC3\xA9 \xC3\xA9  # "
      "\xC3\xA9\n",
      "a: |\n  x\n  y\nb: 1\n",
      "a: |-\n  x\n\n  y\n\n\nb: 1\n",
      "a: |+\n  x\n\n\nb: 1\n",
      "a: >\n  x\n  y\n\n  z\n   w\n  v\nb: >-\n  p\n  q\n",
      "a: |\n    x\n   \n      y\nb: 1\n",
      "a: |\n  x",
      "a: |\n  x\n  ",
      "a: |\n\n  \n  x\n",
      "a: | # c\n  x\n",
      "- |\n  x\n- >\n  y\n",
      "a: |\nb: 1\n",
      "a: 1\na: 2\n",
      "a:\n  b: 1\n  b:\n    c: 2\n",
      "a: 1.5\nb: true\nc: ~\nd: 0x1F\ne: 1e3\nf: .5\ng: '1'\nh: null\n",
      "a:\n    b: 1\n    c:\n      - d\n      - e: |\n          x\n        f: 2\ng: 3\n",
  };
  Tally tally;
  for (const std::string& text : read) {
    INFO(text);
    CHECK(compare_text("layout.yaml", text, tally));
  }
  CHECK(tally.differ == 0);

  const std::vector<std::string> declined = {
      "a: &x 1\nb: *x\n",
      "a: !!str 1\n",
      "a: b\n  c\n",
      "a: \"b\n  c\"\n",
      "a:\tb\n",
      "a: 1\r\n",
      "? a\n: b\n",
      "a: [b,\n  c]\n",
      "a: b: c\n",
      "a: |2\n  x\n",
      "%YAML 1.2\n---\na: 1\n",
      "a:\n-\n- b\n",
      "a: {b}\n",
      "a: [b, ]\n",
      "a: [b: c]\n",
      "\xEF\xBB\xBF"
      "a: 1\n",
      "a: 1\n  b: 2\n",
      "- a\nb: 1\n",
      "a: \"\\q\"\n",
  };
  for (const std::string& text : declined) {
    INFO(text);
    CHECK_FALSE(compare_text("declined.yaml", text, tally));
  }
  CHECK(tally.differ == 0);
}
