#include "policytest/run.hpp"

#include <fmt/format.h>

#include "diag/spelling.hpp"
#include "policytest/compare.hpp"
#include "policytest/evaluate.hpp"

namespace telc::policytest {
namespace {

ir::Temporality temporality(const std::optional<model::Str>& text) {
  if (!text) return ir::Temporality::unspecified;
  return text->value == "delta" ? ir::Temporality::delta : ir::Temporality::cumulative;
}

std::vector<Sample> samples(const model::PolicyTestCase& test) {
  std::vector<Sample> out;
  for (const model::TestSample& s : test.samples) {
    cel::ValueMap attributes;
    for (const auto& [key, value] : s.attributes)
      attributes.emplace_back(cel::Value::string(key.value), model::to_cel(value));
    out.push_back({s.metric.value, temporality(s.temporality), cel::Value::map(std::move(attributes)), s.value.value,
                   s.metric.span});
  }
  return out;
}

/// The policies a test runs (indexes into Program::metric_policies); nullopt after an error
/// for a name that is not among them.
std::optional<std::vector<std::size_t>> policies(const model::PolicyTestCase& test, const ir::Program& program,
                                                 diag::Sink& sink) {
  std::vector<std::size_t> out;
  if (test.policies.empty()) {
    for (std::size_t i = 0; i < program.metric_policies.size(); ++i) out.push_back(i);
    return out;
  }
  std::vector<std::string> names;
  for (const ir::MetricPolicy& p : program.metric_policies) names.push_back(p.name);
  bool ok = true;
  for (const model::Str& name : test.policies) {
    const auto it = std::find(names.begin(), names.end(), name.value);
    if (it != names.end()) {
      out.push_back(static_cast<std::size_t>(it - names.begin()));
      continue;
    }
    const auto similar = diag::closest(name.value, names);
    sink.report({diag::Severity::error,
                 "test/unknown-policy",
                 fmt::format("the inputs hold no MetricPolicy '{}'", name.value),
                 name.span,
                 similar ? fmt::format("did you mean '{}'?", *similar)
                         : std::string("name a MetricPolicy of the inputs (its metadata.name)"),
                 {}});
    ok = false;
  }
  if (!ok) return std::nullopt;
  return out;
}

}  // namespace

std::vector<CaseResult> run(const model::PolicyTest& suite, const ir::Program& program, diag::Sink& sink) {
  std::vector<CaseResult> out;
  for (const model::PolicyTestCase& test : suite.tests) {
    CaseResult result{test.name.value, test.extent, false};
    if (const auto chosen = policies(test, program, sink)) {
      const std::vector<Sample> inputs = samples(test);
      Evaluation got;
      for (const std::size_t policy : *chosen) evaluate(program, policy, test.objects, inputs, got);
      result.passed = compare(test, program, got, sink);
    }
    out.push_back(std::move(result));
  }
  return out;
}

}  // namespace telc::policytest
