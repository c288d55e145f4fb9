// Context inference, explicit-context prefixes, and versions.
#include <catch2/catch.hpp>

#include <array>
#include <string>

#include "ottl_test_util.hpp"

using namespace telc::ottl;
using telc::ottl::test::diagnose;
using telc::ottl::test::in;

TEST_CASE("the lowest context named by a prefix is inferred", "[ottl][infer]") {
  GroupResult r;
  CHECK(diagnose({R"(set(resource.attributes["env"], "prod"))"}, {}, in(Signal::metrics, std::nullopt), &r) == "");
  CHECK(r.context == Context::resource);
  CHECK(diagnose({R"(set(datapoint.attributes["env"], resource.attributes["env"]) where metric.name == "up")"}, {},
                 in(Signal::metrics, std::nullopt), &r) == "");
  CHECK(r.context == Context::datapoint);
  CHECK(diagnose({R"(set(resource.attributes["a"], "b"))", R"(set(span.name, "x"))"},
                 {R"(spanevent.name == "exception")"}, in(Signal::traces, std::nullopt), &r) == "");
  CHECK(r.context == Context::spanevent);
  CHECK(diagnose({R"(set(scope.name, "x"))", R"(set(instrumentation_scope.version, "1"))"}, {},
                 in(Signal::logs, std::nullopt), &r) == "");
  CHECK(r.context == Context::scope);
}

TEST_CASE("a function bound to a higher context moves the inference up", "[ottl][infer]") {
  GroupResult r;
  // resource paths alone would infer resource; convert_sum_to_gauge needs the metric context below it.
  CHECK(diagnose({R"(convert_sum_to_gauge() where resource.attributes["env"] == "dev")"}, {},
                 in(Signal::metrics, std::nullopt), &r) == "");
  CHECK(r.context == Context::metric);
}

TEST_CASE("inference failures are located", "[ottl][infer]") {
  CHECK(diagnose({}, {"not true"}, in(Signal::metrics, std::nullopt, Processor::filter, 146)) ==
        "1-8 ottl/infer: cannot infer the context: no path in the group has a context prefix | name a prefixed path "
        "(e.g. 'resource.attributes[\"k\"]') or give the group an explicit context\n");
  CHECK(diagnose({R"(set(attributes["k"], "v"))"}, {}, in(Signal::metrics, std::nullopt)) ==
        "5-14 ottl/unprefixed-path: path 'attributes' has no context prefix, which an inferred context needs | write "
        "'datapoint.attributes', or give the group an explicit context\n");
  CHECK(diagnose({R"(set(datapoints.attributes["k"], "v"))"}, {}, in(Signal::metrics, std::nullopt)) ==
        "5-14 ottl/unknown-context: unknown context 'datapoints' | did you mean 'datapoint'?\n");
  CHECK(diagnose({R"(convert_summary_sum_val_to_sum("delta", true) where metric.name == "x")"}, {},
                 in(Signal::metrics, std::nullopt)) == "");
  CHECK(diagnose({R"(convert_sum_to_gauge() where datapoint.attributes["a"] == "b")"}, {},
                 in(Signal::metrics, std::nullopt)) ==
        "1-20 ottl/infer: cannot infer the context: 'convert_sum_to_gauge' is not available in the datapoint context "
        "or below it | give the group an explicit context, or name a path of the context that offers it\n");
}

TEST_CASE("the filter processor infers contexts from 0.146", "[ottl][infer][version]") {
  CHECK(diagnose({}, {R"(metric.name == "up")"}, in(Signal::metrics, std::nullopt, Processor::filter, 145)) ==
        "1-19 ottl/infer: the filter processor infers contexts from collector 0.146; the target is 0.145 | use the "
        "per-context condition lists (e.g. metrics.datapoint) for this version\n");
  CHECK(diagnose({}, {R"(metric.name == "up")"}, in(Signal::metrics, std::nullopt, Processor::filter, 146)) == "");
}

TEST_CASE("explicit contexts take unprefixed paths and reachable prefixes", "[ottl][infer][version]") {
  const auto dp = [](Processor proc, unsigned minor) { return in(Signal::metrics, Context::datapoint, proc, minor); };
  CHECK(diagnose({}, {R"(attributes["k"] == "v" and metric.name == "up")"}, dp(Processor::filter, 120)) == "");
  CHECK(diagnose({}, {R"(datapoint.attributes["k"] == "v")"}, dp(Processor::filter, 121)) ==
        "1-9 ottl/context: the target collector cannot parse the prefix 'datapoint.' in an explicit datapoint context "
        "| remove the prefix: 'attributes'\n");
  CHECK(diagnose({}, {R"(datapoint.attributes["k"] == "v")"}, dp(Processor::filter, 122)) == "");
  CHECK(diagnose({}, {R"(datapoint.attributes["k"] == "v")"}, dp(Processor::transform, 120)) == "");
  Options caller_says_no = dp(Processor::transform, 150);
  caller_says_no.prefixed_paths_in_explicit_context = false;
  CHECK(diagnose({}, {R"(datapoint.attributes["k"] == "v")"}, caller_says_no) ==
        "1-9 ottl/context: the target collector cannot parse the prefix 'datapoint.' in an explicit datapoint context "
        "| remove the prefix: 'attributes'\n");
  CHECK(diagnose({}, {R"(span.name == "x")"}, in(Signal::traces, Context::spanevent)) == "");
  CHECK(diagnose({}, {R"(spanevent.name == "x")"}, in(Signal::traces, Context::span)) ==
        "1-9 ottl/context: the span context cannot reach spanevent paths | from span only resource, scope, span paths "
        "are reachable\n");
}

TEST_CASE("a function newer than the target collector is reported", "[ottl][version]") {
  const Options old = in(Signal::logs, Context::log, Processor::transform, 138);
  CHECK(diagnose({R"(set(attributes["p"], TrimPrefix(body, "x")))"}, {}, old) ==
        "22-31 ottl/too-new: function 'TrimPrefix' exists from collector 0.139; the target is 0.138 | raise the "
        "target collector version or rewrite without it\n");
  CHECK(diagnose({R"(set(attributes["p"], TrimPrefix(body, "x")))"}, {},
                 in(Signal::logs, Context::log, Processor::transform, 139)) == "");
}

TEST_CASE("dated functions are gated at the minor before their first release", "[ottl][version]") {
  const auto log = [](unsigned minor) { return in(Signal::logs, Context::log, Processor::transform, minor); };
  const std::string coalesce = R"(set(attributes["u"], Coalesce([attributes["a"], "x"])))";
  CHECK(diagnose({coalesce}, {}, log(147)) ==
        "22-29 ottl/too-new: function 'Coalesce' exists from collector 0.148; the target is 0.147 | raise the "
        "target collector version or rewrite without it\n");
  CHECK(diagnose({coalesce}, {}, log(148)) == "");
  CHECK(diagnose({R"(delete_index(attributes["l"], 0))"}, {}, log(144)) ==
        "1-12 ottl/too-new: function 'delete_index' exists from collector 0.145; the target is 0.144 | raise the "
        "target collector version or rewrite without it\n");
  CHECK(diagnose({R"(delete_index(attributes["l"], 0))"}, {}, log(145)) == "");
  CHECK(diagnose({"stringify_all(attributes)"}, {}, log(154)) ==
        "1-13 ottl/too-new: function 'stringify_all' exists from collector 0.155; the target is 0.154 | raise the "
        "target collector version or rewrite without it\n");
  CHECK(diagnose({"stringify_all(attributes)"}, {}, log(155)) == "");
  CHECK(diagnose({R"(set(attributes["t"], Trim(body)))"}, {}, log(120)) == "");
  CHECK(diagnose({}, {R"(HasPrefix(body, "x"))"}, log(125)) ==
        "1-9 ottl/too-new: function 'HasPrefix' exists from collector 0.126; the target is 0.125 | raise the "
        "target collector version or rewrite without it\n");
  CHECK(diagnose({}, {R"(HasPrefix(body, "x"))"}, log(126)) == "");
}

TEST_CASE("first_error names the first problem or nothing", "[ottl][api]") {
  Options o = in(Signal::metrics, Context::datapoint);
  CHECK(first_error(R"(set(attributes["a"], "b"))", false, o) == "");
  CHECK(first_error(R"(set(attributes["a"], "b")", false, o) ==
        "expected ',' or ')' in the argument list, found the end of the text");
  CHECK(first_error(R"(Len(attributes) > "3")", true, o) == "");
  CHECK(first_error(R"(set(attributes["a"], 1))", true, o) == "editor 'set' cannot be used as a value or condition");
  CHECK(parse_context("DataPoint") == Context::datapoint);
  CHECK(parse_context("instrumentation_scope") == Context::scope);
  CHECK_FALSE(parse_context("datapoints"));
  CHECK(context_name(Context::spanevent) == "spanevent");
  CHECK(contexts_of(Signal::logs).size() == 3);
}

TEST_CASE("a caller can offer fewer contexts than the signal has", "[ottl][infer]") {
  // The Kyma webhook's trace filter has no spanevent parser.
  static constexpr std::array kNoSpanEvent{Context::resource, Context::scope, Context::span};
  telc::ottl::Options options = in(Signal::traces, std::nullopt, Processor::filter, 158);
  options.contexts = kNoSpanEvent;
  CHECK(diagnose({}, {R"(spanevent.name == "exception")"}, options) ==
        "1-9 ottl/context: the spanevent context is not available here | the contexts here are resource, scope, "
        "span\n");
  CHECK(diagnose({}, {R"(span.name == "GET /")"}, options) == "");
}

TEST_CASE("the routing connector has route() and the standard converters", "[ottl][routing]") {
  telc::ottl::Options options = in(Signal::metrics, Context::resource, Processor::routing, 158);
  CHECK(diagnose({R"(route() where attributes["tenant"] == "a")"}, {}, options) == "");
  CHECK(diagnose({}, {R"(IsMatch(attributes["tenant"], "^a"))"}, options) == "");
  CHECK(diagnose({R"(set(attributes["tenant"], "b"))"}, {}, options) ==
        "1-3 ottl/unknown-function: function 'set' is not available in the routing connector | the routing "
        "connector offers route() and the standard converters only\n");
}
