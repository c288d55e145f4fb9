// libFuzzer target for lib/cel: parse never throws or crashes; a parsed expression prints to a
// canonical form that parses again and prints identically; the checker runs in every context;
// the evaluator runs under a small cost limit, returns (never throws), and gives the canonical
// form the same result.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "cel/check.hpp"
#include "cel/eval.hpp"
#include "cel/parse.hpp"

namespace {

void require(bool ok) {
  if (!ok) std::abort();
}

void check_everywhere(const telc::cel::Expr& expr, std::string_view text) {
  using namespace telc::cel;
  const auto where = telc::diag::EmbeddedText::uniform(0, {1, 1}, text.size());
  telc::diag::Sink sink;
  check(expr, data_plane_transform_env(), Expectation::value, where, sink);
  check(expr, series_from_env(), Expectation::label, where, sink);
  check(expr, resource_env(), Expectation::list, where, sink);
}

/// Bindings of every MetricPolicy variable, small enough that any expression stays cheap.
const telc::cel::Activation& fuzz_activation() {
  using telc::cel::Value;
  static const telc::cel::Activation kActivation = [] {
    telc::cel::ValueMap labels{{Value::string("app"), Value::string("web")}};
    telc::cel::ValueMap metadata{{Value::string("name"), Value::string("web-1")},
                                 {Value::string("labels"), Value::map(labels)}};
    telc::cel::ValueMap resource{{Value::string("metadata"), Value::map(metadata)},
                                 {Value::string("items"), Value::list({Value::integer(1), Value::dbl(2.5)})}};
    return telc::cel::Activation{{"resource", Value::map(resource)},
                                 {"item", Value::string("x")},
                                 {"value", Value::dbl(1.5)},
                                 {"attributes", Value::map(labels)}};
  }();
  return kActivation;
}

std::string evaluated(const telc::cel::Expr& expr) {
  const telc::cel::Value v = telc::cel::evaluate(expr, fuzz_activation(), telc::cel::EvalLimits{20'000});
  const telc::cel::Value label = telc::cel::to_label(v);
  require(label.is_error() || label.get<std::string>() != nullptr);
  return telc::cel::to_display(v);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const telc::cel::ParseResult r = telc::cel::parse(text);
  if (!r.ok()) {
    const auto& e = *r.error();
    require(e.begin <= e.end && e.end <= text.size() && !e.message.empty());
    return 0;
  }
  require(r.root()->begin <= r.root()->end && r.root()->end < text.size());
  const std::string printed = to_string(*r.root());
  const telc::cel::ParseResult again = telc::cel::parse(printed);
  // A canonical form longer than the input bound is the only reprint allowed to fail.
  require(again.ok() || printed.size() > telc::cel::kMaxBytes);
  if (again.ok()) require(to_string(*again.root()) == printed);
  check_everywhere(*r.root(), text);
  const std::string result = evaluated(*r.root());
  if (again.ok()) require(evaluated(*again.root()) == result);
  return 0;
}
