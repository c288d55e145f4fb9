// Checker: each ottl/* code at its exact column, in explicit contexts; valid statements of every
// signal check clean.
#include <catch2/catch.hpp>

#include <string>

#include "ottl/codes.hpp"
#include "ottl_test_util.hpp"

using namespace telc::ottl;
using telc::ottl::test::diagnose;
using telc::ottl::test::in;

TEST_CASE("valid groups check clean", "[ottl][checker]") {
  CHECK(diagnose({R"(set(attributes["tier"], "gold") where metric.name == "queue_depth")",
                  R"(set(attributes["n"], Int(attributes["n"]) * 2))"},
                 {}, in(Signal::metrics, Context::datapoint)) == "");
  CHECK(diagnose({R"(convert_sum_to_gauge() where name == "x")", R"(scale_metric(0.001, "s"))"}, {},
                 in(Signal::metrics, Context::metric)) == "");
  CHECK(diagnose({R"(set(status.code, STATUS_CODE_ERROR) where attributes["http.status_code"] >= 500)",
                  R"(replace_pattern(name, "/[0-9]+", "/{id}", SHA256, "id-%s"))"},
                 {}, in(Signal::traces, Context::span)) == "");
  CHECK(diagnose({R"(merge_maps(attributes, ParseJSON(body), "upsert") where IsMatch(body, "^\\{"))",
                  R"(set(severity_number, SEVERITY_NUMBER_WARN) where severity_text == "warning")"},
                 {}, in(Signal::logs, Context::log)) == "");
  CHECK(diagnose({}, {R"(HasAttrOnDatapoint("env", "dev"))"},
                 in(Signal::metrics, Context::metric, Processor::filter, 130)) == "");
  CHECK(diagnose({R"(flatten(attributes, depth = 2, prefix = "app"))"}, {}, in(Signal::logs, Context::log)) == "");
}

TEST_CASE("the checker reports each code at the offending column", "[ottl][checker]") {
  const Options dp = in(Signal::metrics, Context::datapoint);
  const Options span = in(Signal::traces, Context::span);
  CHECK(diagnose({R"(set(attributes["a"], Uppercase(name)))"}, {}, span) ==
        "22-30 ottl/unknown-function: unknown converter 'Uppercase' | did you mean 'ToUpperCase'?\n");
  CHECK(diagnose({R"(sett(attributes["a"], 1))"}, {}, span) ==
        "1-4 ottl/unknown-function: unknown editor 'sett' | did you mean 'set'?\n");
  CHECK(diagnose({}, {R"(set(attributes["a"], 1))"}, span) ==
        "1-3 ottl/function-kind: editor 'set' cannot be used as a value or condition | only converters (uppercase "
        "names) return values; editors start a statement\n");
  CHECK(diagnose({R"(IsRootSpan())"}, {}, span) ==
        "1-10 ottl/function-kind: converter 'IsRootSpan' cannot be a statement | a statement starts with an editor "
        "(lowercase), such as set(...); converters go inside its arguments\n");
  CHECK(diagnose({R"(set(attributes["a"]))"}, {}, span) ==
        "1-20 ottl/arity: set needs 2 arguments; 'value' is missing | the parameters are (target, value)\n");
  CHECK(diagnose({R"(delete_key(attributes, "a", "b"))"}, {}, span) ==
        "29-31 ottl/arity: delete_key takes at most 2 arguments, got 3 | remove the extra arguments\n");
  CHECK(diagnose({R"(limit(attributes, "10", []))"}, {}, span) ==
        "19-22 ottl/argument: argument 'limit' of limit must be an int literal, found a string\n");
  CHECK(diagnose({R"(set("name", 1))"}, {}, span) ==
        "5-10 ottl/argument: argument 'target' of set must be a path, found a string\n");
  CHECK(diagnose({R"(set(attributes["k"], Substring(name, "0", 3)))"}, {}, span) ==
        "38-40 ottl/argument: argument 'start' of Substring must be an int value, found a string\n");
  CHECK(diagnose({R"(set(attributes["k"], ToUpperCase(SPAN_KIND_SERVER)))"}, {}, span) ==
        "34-49 ottl/argument: argument 'target' of ToUpperCase must be a string value, found an enum\n");
  CHECK(diagnose({R"(delete_key(attributes, name))"}, {}, span) ==
        "24-27 ottl/argument: argument 'key' of delete_key must be a string literal, found a path | this parameter "
        "is read when the statement is parsed; write a quoted string\n");
  CHECK(diagnose({R"(flatten(attributes, dpth = 2))"}, {}, span) ==
        "21-24 ottl/argument: flatten has no parameter 'dpth' | did you mean 'depth'?\n");
  CHECK(diagnose({R"(set(attributes["a"], nme))"}, {}, span) ==
        "22-24 ottl/unknown-path: unknown path 'nme' in the span context | did you mean 'name'?\n");
  CHECK(
      diagnose({R"(set(attributes["a"], status.cod))"}, {}, span) ==
      "29-31 ottl/unknown-path: path 'status' of the span context has no field 'cod' | did you mean 'status.code'?\n");
  CHECK(diagnose({R"(set(attributes["a"], 1) where metric.name == "x")"}, {}, span) ==
        "31-36 ottl/context: the traces signal has no metric context | the contexts here are resource, scope, span, "
        "spanevent\n");
  CHECK(diagnose({R"(set(attributes["a"], 1) where metric.name == "x")"}, {}, in(Signal::metrics, Context::resource)) ==
        "31-36 ottl/context: the resource context cannot reach metric paths | from resource only resource paths are "
        "reachable\n");
  CHECK(diagnose({R"(set(attributes["a"], 1) where kind == SPAN_KIND_SRVER)"}, {}, span) ==
        "39-53 ottl/unknown-enum: unknown enum 'SPAN_KIND_SRVER' | did you mean 'SPAN_KIND_SERVER'?\n");
  CHECK(diagnose({R"(set(attributes["a"], 1) where metric.type == SPAN_KIND_SERVER)"}, {}, dp) ==
        "46-61 ottl/unknown-enum: enum 'SPAN_KIND_SERVER' is not defined in the datapoint context | it belongs to the "
        "span, spanevent context\n");
  CHECK(diagnose({R"(convert_sum_to_gauge())"}, {}, dp) ==
        "1-20 ottl/unknown-function: function 'convert_sum_to_gauge' is not available in the datapoint context | it "
        "is available in the metric context\n");
}

TEST_CASE("the filter processor has no editors and its own converters", "[ottl][checker]") {
  const Options filter = in(Signal::metrics, Context::metric, Processor::filter);
  CHECK(diagnose({}, {R"(HasAttrKeyOnDatapoint("env"))"}, filter) == "");
  CHECK(diagnose({}, {R"(HasAttrKeyOnDatapoint("env"))"}, in(Signal::metrics, Context::metric)) ==
        "1-21 ottl/unknown-function: function 'HasAttrKeyOnDatapoint' is not available in the metric context | it "
        "belongs to the filter processor\n");
}

TEST_CASE("every code the checker can report is in the table", "[ottl][checker]") { CHECK(codes().size() == 12); }

TEST_CASE("newer signatures: optional utf8 flags, id converters from hex strings, emptiness", "[ottl][checker]") {
  const Options log = in(Signal::logs, Context::log);
  CHECK(diagnose({R"(truncate_all(attributes, 64, true, "..."))",
                  R"(truncate_all(resource.attributes, 8, truncation_marker = "~"))",
                  R"(stringify_all(attributes) where IsEmpty(attributes["note"]) == false)",
                  R"(set(attributes["head"], Substring(body, 2, 5, true)))",
                  R"(set(attributes["t"], TraceID("00ff00ff00ff00ff00ff00ff00ff00ff")))",
                  R"(set(attributes["s"], SpanID(attributes["raw_span"])))"},
                 {}, log) == "");
  CHECK(diagnose({R"(truncate_all(attributes, 64, "yes"))"}, {}, log) ==
        "30-34 ottl/argument: argument 'utf8_safe' of truncate_all must be a bool literal, found a string\n");
  CHECK(diagnose({R"(stringify_all(attributes, 1))"}, {}, log) ==
        "27-27 ottl/arity: stringify_all takes at most 1 argument, got 2 | remove the extra arguments\n");
}

TEST_CASE("named arguments match their parameter as pkg/ottl's ToCamel lookup does", "[ottl][checker]") {
  const Options log = in(Signal::logs, Context::log);
  CHECK(diagnose({R"(truncate_all(attributes, 10, utf8_safe = true))"}, {}, log) == "");
  CHECK(diagnose({R"(truncate_all(attributes, 10, utf8Safe = true))"}, {}, log) == "");
  CHECK(diagnose({R"(truncate_all(attributes, 10, utf_safe = true))"}, {}, log) ==
        "30-37 ottl/argument: truncate_all has no parameter 'utf_safe' | did you mean 'utf8_safe'?\n");
}
