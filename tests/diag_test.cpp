#include <catch2/catch.hpp>

#include "diag/embedded_text.hpp"
#include "diag/render.hpp"
#include "diag/sink.hpp"
#include "diag/source_manager.hpp"
#include "diag/spelling.hpp"

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
