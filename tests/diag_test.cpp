#include <catch2/catch.hpp>
#include <initializer_list>
#include <string>

#include "diag/embedded_text.hpp"
#include "diag/render.hpp"
#include "diag/sink.hpp"
#include "diag/source_manager.hpp"
#include "diag/spelling.hpp"
#include "diag/utf8.hpp"

using namespace telc::diag;

TEST_CASE("positions count code points and are 1-based") {
  SourceManager sm;
  const FileId id = sm.add("a.yaml", "a: 1\nb: “x”\n");
  CHECK(sm.position(id, 0) == SourcePos{1, 1});
  CHECK(sm.position(id, 5) == SourcePos{2, 1});
  CHECK(sm.position(id, 11) == SourcePos{2, 5});  // after the 3-byte typographic quote
  CHECK(sm.offset(id, {2, 5}) == 11);
  CHECK(sm.line_text(id, 2) == "b: “x”");
}

TEST_CASE("text rendering has the GCC shape with a caret run") {
  SourceManager sm;
  const FileId id = sm.add("p.yaml", "kind: Foo\n");
  Sink sink;
  sink.report({Severity::error, "schema/enum", "unknown kind 'Foo'", sm.span(id, 6, 8), "use 'Bar'", {}});
  const std::string text = render_text(sink.all(), sm, {});
  CHECK(text ==
        "p.yaml:1:7: error: unknown kind 'Foo' [schema/enum]\n"
        " 1 | kind: Foo\n"
        "   |       ^~~\n"
        "   = hint: use 'Bar'\n");
}

TEST_CASE("github and json renderers carry file, line and column") {
  SourceManager sm;
  const FileId id = sm.add("d/p.yaml", "x: 1\n");
  Sink sink;
  sink.report({Severity::warning, "a/b", "bad, really: 100%", sm.span(id, 3, 3), std::nullopt, {}});
  CHECK(render_github(sink.all(), sm) ==
        "::warning file=d/p.yaml,line=1,col=4,endLine=1,endColumn=4,title=a/b::bad, really: 100%25\n");
  CHECK(render_json(sink.all(), sm).find("\"column\": 4") != std::string::npos);
}

TEST_CASE("did-you-mean picks the closest key") {
  const std::vector<std::string> keys{"sources", "sinks", "metadata"};
  CHECK(closest("sourcse", keys) == "sources");
  CHECK(closest("zzzzzzzz", keys) == std::nullopt);
  CHECK(edit_distance("kitten", "sitting") == 3);
}

TEST_CASE("embedded text maps offsets through runs") {
  EmbeddedText t(1);
  for (std::uint32_t c = 5; c < 9; ++c) t.push({2, c});  // "abcd" on line 2 from column 5
  t.push({3, 3});                                        // a folded line break
  t.push({3, 4});
  t.push({3, 5});  // end
  CHECK(t.at(0) == SourcePos{2, 5});
  CHECK(t.at(3) == SourcePos{2, 8});
  CHECK(t.at(4) == SourcePos{3, 3});
  CHECK(t.at(5) == SourcePos{3, 4});
  CHECK(t.at(99) == SourcePos{3, 5});
  CHECK(t.span(1, 4).end == SourcePos{3, 3});
  CHECK(EmbeddedText::uniform(1, {4, 2}, 10).at(7) == SourcePos{4, 2});
}

namespace {

/// decode() of raw bytes, for sequences that are clearer as numbers than as string escapes.
Decoded decode_bytes(std::initializer_list<unsigned char> bytes) {
  const std::string text(bytes.begin(), bytes.end());
  return decode(text);
}

bool same(const Decoded& got, char32_t code_point, std::size_t length, bool valid) {
  return got.code_point == code_point && got.length == length && got.valid == valid;
}

std::string encoded(char32_t code_point) {
  std::string out;
  append_utf8(out, code_point);
  return out;
}

}  // namespace

TEST_CASE("utf8 decode reads each sequence length and its boundaries") {
  CHECK(same(decode_bytes({0x00}), 0x00, 1, true));
  CHECK(same(decode_bytes({0x7F}), 0x7F, 1, true));
  CHECK(same(decode_bytes({0xC2, 0x80}), 0x80, 2, true));
  CHECK(same(decode_bytes({0xDF, 0xBF}), 0x7FF, 2, true));
  CHECK(same(decode_bytes({0xE0, 0xA0, 0x80}), 0x800, 3, true));
  CHECK(same(decode_bytes({0xEF, 0xBF, 0xBF}), 0xFFFF, 3, true));
  CHECK(same(decode_bytes({0xF0, 0x90, 0x80, 0x80}), 0x10000, 4, true));
  CHECK(same(decode_bytes({0xF4, 0x8F, 0xBF, 0xBF}), 0x10FFFF, 4, true));
  CHECK(same(decode("\xE2\x80\x9Cx"), 0x201C, 3, true));  // only the first code point
  // An encoded U+FFFD is valid; only `valid` tells it from an error.
  CHECK(same(decode_bytes({0xEF, 0xBF, 0xBD}), kReplacementCharacter, 3, true));
}

TEST_CASE("utf8 decode rejects malformed sequences as Go's DecodeRune does") {
  CHECK(same(decode(""), kReplacementCharacter, 0, false));
  CHECK(same(decode_bytes({0x80}), kReplacementCharacter, 1, false));  // stray continuation
  CHECK(same(decode_bytes({0xBF, 0x41}), kReplacementCharacter, 1, false));
  CHECK(same(decode_bytes({0xF8, 0x88, 0x80, 0x80, 0x80}), kReplacementCharacter, 1, false));
  CHECK(same(decode_bytes({0xFF}), kReplacementCharacter, 1, false));
  SECTION("overlong forms") {
    CHECK(same(decode_bytes({0xC0, 0x80}), kReplacementCharacter, 1, false));
    CHECK(same(decode_bytes({0xC1, 0xBF}), kReplacementCharacter, 1, false));
    CHECK(same(decode_bytes({0xE0, 0x80, 0x80}), kReplacementCharacter, 1, false));
    CHECK(same(decode_bytes({0xE0, 0x9F, 0xBF}), kReplacementCharacter, 1, false));
    CHECK(same(decode_bytes({0xF0, 0x80, 0x80, 0x80}), kReplacementCharacter, 1, false));
    CHECK(same(decode_bytes({0xF0, 0x8F, 0xBF, 0xBF}), kReplacementCharacter, 1, false));
  }
  SECTION("surrogates") {
    CHECK(same(decode_bytes({0xED, 0xA0, 0x80}), kReplacementCharacter, 1, false));  // U+D800
    CHECK(same(decode_bytes({0xED, 0xBF, 0xBF}), kReplacementCharacter, 1, false));  // U+DFFF
    CHECK(same(decode_bytes({0xED, 0x9F, 0xBF}), 0xD7FF, 3, true));
    CHECK(same(decode_bytes({0xEE, 0x80, 0x80}), 0xE000, 3, true));
  }
  SECTION("above U+10FFFF") {
    CHECK(same(decode_bytes({0xF4, 0x90, 0x80, 0x80}), kReplacementCharacter, 1, false));
    CHECK(same(decode_bytes({0xF5, 0x80, 0x80, 0x80}), kReplacementCharacter, 1, false));
    CHECK(same(decode_bytes({0xF7, 0xBF, 0xBF, 0xBF}), kReplacementCharacter, 1, false));
  }
  SECTION("truncated and interrupted sequences") {
    CHECK(same(decode_bytes({0xC2}), kReplacementCharacter, 1, false));
    CHECK(same(decode_bytes({0xE2, 0x80}), kReplacementCharacter, 1, false));
    CHECK(same(decode_bytes({0xF0, 0x9F, 0x98}), kReplacementCharacter, 1, false));
    CHECK(same(decode_bytes({0xE2, 0x41, 0x9C}), kReplacementCharacter, 1, false));
    CHECK(same(decode_bytes({0xF0, 0x9F, 0x98, 0x41}), kReplacementCharacter, 1, false));
  }
}

TEST_CASE("utf8 first_invalid finds the first malformed sequence") {
  CHECK(first_invalid("") == std::string_view::npos);
  CHECK(first_invalid("plain ascii") == std::string_view::npos);
  CHECK(first_invalid("b: \xE2\x80\x9Cx\xE2\x80\x9D \xF0\x9F\x98\x80") == std::string_view::npos);
  CHECK(first_invalid("ab\xC0\x80") == 2);                // overlong
  CHECK(first_invalid("\xE2\x80\x9C\xED\xA0\x80") == 3);  // surrogate after a valid 3-byte sequence
  CHECK(first_invalid("x\xF4\x90\x80\x80") == 1);         // above U+10FFFF
  CHECK(first_invalid("abc\xF0\x9F\x98") == 3);           // truncated at the end
  CHECK(first_invalid("\x80") == 0);
}

TEST_CASE("utf8 continuation bytes and code point counts") {
  CHECK(is_continuation(0x80));
  CHECK(is_continuation(0xBF));
  CHECK_FALSE(is_continuation(0x7F));
  CHECK_FALSE(is_continuation(0xC2));
  CHECK(code_points("") == 0);
  CHECK(code_points("b: \xE2\x80\x9Cx\xE2\x80\x9D") == 6);
  CHECK(code_points("\xF0\x9F\x98\x80") == 1);
  CHECK(code_points("a\x80") == 1);  // a stray continuation byte adds no column
}

TEST_CASE("utf8 append_utf8 encodes every length and replaces what cannot be encoded") {
  CHECK(encoded(0x41) == "A");
  CHECK(encoded(0x7F) == "\x7F");
  CHECK(encoded(0x80) == "\xC2\x80");
  CHECK(encoded(0x7FF) == "\xDF\xBF");
  CHECK(encoded(0x800) == "\xE0\xA0\x80");
  CHECK(encoded(0xFFFF) == "\xEF\xBF\xBF");
  CHECK(encoded(0x10000) == "\xF0\x90\x80\x80");
  CHECK(encoded(0x10FFFF) == "\xF4\x8F\xBF\xBF");
  const std::string replacement = "\xEF\xBF\xBD";
  CHECK(encoded(0xD800) == replacement);
  CHECK(encoded(0xDFFF) == replacement);
  CHECK(encoded(0x110000) == replacement);
  CHECK(encoded(0xFFFFFFFF) == replacement);
  for (const char32_t code_point : {0x0u, 0x7FFu, 0xD7FFu, 0xE000u, 0x1F600u, 0x10FFFFu}) {
    const std::string bytes = encoded(code_point);
    CHECK(same(decode(bytes), code_point, bytes.size(), true));
  }
}
