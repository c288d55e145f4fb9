// check() and report(): positions, the order of errors, positions inside a YAML file, the
// function table, and the bounds that keep hostile input from exhausting the stack.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "diag/embedded_text.hpp"
#include "diag/sink.hpp"
#include "gotemplate/check.hpp"
#include "gotemplate/codes.hpp"
#include "gotemplate/functions.hpp"
#include "template_test_util.hpp"

using telc::gotemplate::check;
using telc::gotemplate::Error;

TEST_CASE("an error covers the offending bytes and names its code", "[gotemplate]") {
  const std::vector<Error> errors = check("{{ $lables.instance }} is down");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].begin == 3);
  CHECK(errors[0].end == 9);
  CHECK(errors[0].code == "template/undefined-variable");
  CHECK(errors[0].message == "undefined variable $lables");
  CHECK(errors[0].hint == "did you mean $labels?");
}

TEST_CASE("name errors do not stop the parse; the first syntax error does", "[gotemplate]") {
  const std::vector<Error> errors = check("{{ $a }}{{ f }}{{ if }}{{ $b }}");
  REQUIRE(errors.size() == 3);
  CHECK(errors[0].code == "template/undefined-variable");
  CHECK(errors[1].code == "template/unknown-function");
  CHECK(errors[2].code == "template/syntax");
  CHECK(errors[2].message == "missing value for {{if}}");
}

TEST_CASE("a missing {{end}} is reported at the keyword that needs it", "[gotemplate]") {
  const std::vector<Error> errors = check("x {{ range $labels }}{{ if . }}y{{ end }}");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].message == "{{range}} has no matching {{end}}");
  CHECK(errors[0].begin == 5);
  CHECK(errors[0].end == 9);
}

TEST_CASE("an unclosed action is reported at its '{{'", "[gotemplate]") {
  const std::vector<Error> errors = check("ok {{ $value");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].begin == 3);
  CHECK(errors[0].end == 4);
  CHECK(errors[0].message == "unclosed action: no '}}' closes this '{{'");
}

TEST_CASE("errors inside a YAML string are reported at file positions", "[gotemplate]") {
  // summary: "{{ humanise $value }} on {{ $labels.instance }}"   (line 12, the text from column 19)
  const std::string text = "{{ humanise $value }} on {{ $labels.instance }}";
  telc::diag::EmbeddedText where(7);
  for (std::size_t i = 0; i <= text.size(); ++i) where.push({12, static_cast<std::uint32_t>(19 + i)});
  telc::diag::Sink sink;
  report(check(text), where, sink);
  REQUIRE(sink.all().size() == 1);
  const telc::diag::Diagnostic& d = sink.all()[0];
  CHECK(d.severity == telc::diag::Severity::error);
  CHECK(d.code == "template/unknown-function");
  CHECK(d.span.file == 7);
  CHECK(d.span.begin == telc::diag::SourcePos{12, 22});
  CHECK(d.span.end == telc::diag::SourcePos{12, 29});
  CHECK(d.hint == "did you mean humanize?");
}

TEST_CASE("the function table is Go's builtins and Prometheus's alert-template functions", "[gotemplate]") {
  const auto names = telc::gotemplate::function_names();
  CHECK(std::is_sorted(names.begin(), names.end()));
  CHECK(std::adjacent_find(names.begin(), names.end()) == names.end());
  for (const char* name : {"and",
                           "or",
                           "not",
                           "len",
                           "index",
                           "slice",
                           "print",
                           "printf",
                           "println",
                           "html",
                           "js",
                           "urlquery",
                           "eq",
                           "ne",
                           "lt",
                           "le",
                           "gt",
                           "ge",
                           "call",
                           "query",
                           "first",
                           "label",
                           "value",
                           "strvalue",
                           "args",
                           "reReplaceAll",
                           "safeHtml",
                           "match",
                           "title",
                           "toUpper",
                           "toLower",
                           "graphLink",
                           "tableLink",
                           "sortByLabel",
                           "stripPort",
                           "stripDomain",
                           "humanize",
                           "humanize1024",
                           "humanizeDuration",
                           "humanizePercentage",
                           "humanizeTimestamp",
                           "toTime",
                           "toDuration",
                           "now",
                           "pathPrefix",
                           "externalURL",
                           "parseDuration",
                           "urlQueryEscape"}) {
    INFO(name);
    CHECK(telc::gotemplate::is_function(name));
  }
  CHECK(names.size() == 48);
  CHECK_FALSE(telc::gotemplate::is_function("tmpl"));  // console templates only
  CHECK_FALSE(telc::gotemplate::is_function("Humanize"));
}

TEST_CASE("each engine has its own functions and preamble; a plain rule file gets either's", "[gotemplate]") {
  using telc::gotemplate::Engine;
  const std::string vmalert_only = "{{ $alertID }} {{ .Expr | queryEscape }} {{ $activeAt | formatTime }}";
  const std::string prometheus_only = "{{ graphLink \"up\" }} {{ \"a b\" | urlQueryEscape }}";
  CHECK(check(vmalert_only, Engine::prometheus).size() == 4);
  CHECK(check(vmalert_only, Engine::vmalert).empty());
  CHECK(check(prometheus_only, Engine::vmalert).size() == 2);
  CHECK(check(prometheus_only, Engine::prometheus).empty());
  CHECK(check(vmalert_only + prometheus_only, Engine::either).empty());
  CHECK(check("{{ humanise 1 }}", Engine::either).size() == 1);
  CHECK(telc::gotemplate::function_names(Engine::vmalert).size() == 19 + 33);
  CHECK(telc::gotemplate::preamble(Engine::vmalert).size() == 13);
  CHECK(telc::gotemplate::preamble(Engine::prometheus).size() == 5);
}

TEST_CASE("the code table lists every code check() reports", "[gotemplate]") {
  std::vector<std::string> codes;
  for (const auto& info : telc::gotemplate::codes()) codes.emplace_back(info.code);
  for (const char* text : {"{{ if }}", "{{ f }}", "{{ $x }}", "{{ template \"t\" }}"}) {
    for (const Error& error : check(text)) {
      INFO(text);
      CHECK(std::find(codes.begin(), codes.end(), error.code) != codes.end());
    }
  }
}

TEST_CASE("nesting is bounded: deep input gets an error, not a stack overflow", "[gotemplate][limits]") {
  const auto parens = [](std::size_t depth) {
    return "{{ " + std::string(depth, '(') + "1" + std::string(depth, ')') + " }}";
  };
  const auto ifs = [](std::size_t depth) {
    std::string text;
    for (std::size_t i = 0; i < depth; ++i) text += "{{ if 1 }}";
    for (std::size_t i = 0; i < depth; ++i) text += "{{ end }}";
    return text;
  };
  CHECK(telc::gotemplate::test::accepts(parens(telc::gotemplate::kMaxNesting)));
  CHECK(telc::gotemplate::test::accepts(ifs(telc::gotemplate::kMaxNesting)));
  for (const std::string& text : {parens(telc::gotemplate::kMaxNesting + 1), parens(100'000), ifs(100'000),
                                  std::string(100'000, '(') + "{{" + std::string(100'000, '(')}) {
    const std::vector<Error> errors = check(text);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].code == "template/syntax");
  }
  CHECK(check(parens(100'000))[0].message == "the template nests too deeply (more than 100 levels)");
}

TEST_CASE("long flat templates and pipelines parse without recursion", "[gotemplate][limits]") {
  std::string actions;
  for (int i = 0; i < 5'000; ++i) actions += "{{ $labels.instance }} ";
  CHECK(telc::gotemplate::test::accepts(actions));
  std::string pipeline = "{{ $value";
  for (int i = 0; i < 5'000; ++i) pipeline += " | printf \"%v\"";
  CHECK(telc::gotemplate::test::accepts(pipeline + " }}"));
  std::string chain = "{{ if 1 }}";
  for (int i = 0; i < 5'000; ++i) chain += "{{ else if 1 }}";
  CHECK(telc::gotemplate::test::accepts(chain + "{{ end }}"));
}

TEST_CASE("input size and encoding are checked first", "[gotemplate][limits]") {
  const std::vector<Error> long_text = check(std::string(telc::gotemplate::kMaxBytes + 1, 'x'));
  REQUIRE(long_text.size() == 1);
  CHECK(long_text[0].message == "the template is 1048577 bytes long; at most 1048576 are accepted");
  const std::vector<Error> bad_utf8 = check("ok {{ \"\xff\" }}");
  REQUIRE(bad_utf8.size() == 1);
  CHECK(bad_utf8[0].begin == 7);
  CHECK(bad_utf8[0].message == "invalid UTF-8 byte 0xff");
}
