#include "policytest/run.hpp"

#include <fmt/format.h>

#include "diag/spelling.hpp"
#include "policytest/compare.hpp"
#include "policytest/evaluate.hpp"

namespace telc::policytest {
namespace {

struct Chosen {
  std::vector<std::size_t> metric_policies;  // indexes into Program::metric_policies
  std::vector<const model::ResourceMetricsPolicy*> resource_metrics;
};

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

/// The policies a test runs: those it names, else all; nullopt after an error for a name that
/// none of them has.
std::optional<Chosen> chosen(const model::PolicyTestCase& test, const Policies& policies, diag::Sink& sink) {
  Chosen out;
  if (test.policies.empty()) {
    for (std::size_t i = 0; i < policies.program.metric_policies.size(); ++i) out.metric_policies.push_back(i);
    for (const model::ResourceMetricsPolicy& p : policies.resource_metrics) out.resource_metrics.push_back(&p);
    return out;
  }
  std::vector<std::string> names;
  for (const ir::MetricPolicy& p : policies.program.metric_policies) names.push_back(p.name);
  for (const model::ResourceMetricsPolicy& p : policies.resource_metrics) names.push_back(p.origin.name.value);
  const std::size_t metric_policies = policies.program.metric_policies.size();
  bool ok = true;
  for (const model::Str& name : test.policies) {
    const auto it = std::find(names.begin(), names.end(), name.value);
    const auto at = static_cast<std::size_t>(it - names.begin());
    if (it == names.end()) {
      const auto similar = diag::closest(name.value, names);
      sink.report({diag::Severity::error,
                   "test/unknown-policy",
                   fmt::format("the inputs hold no MetricPolicy or ResourceMetricsPolicy '{}'", name.value),
                   name.span,
                   similar ? fmt::format("did you mean '{}'?", *similar)
                           : std::string("name a policy of the inputs (its metadata.name)"),
                   {}});
      ok = false;
    } else if (at < metric_policies) {
      out.metric_policies.push_back(at);
    } else {
      out.resource_metrics.push_back(&policies.resource_metrics[at - metric_policies]);
    }
  }
  if (!ok) return std::nullopt;
  return out;
}

}  // namespace

std::vector<CaseResult> run(const model::PolicyTest& suite, const Policies& policies, diag::Sink& sink) {
  std::vector<CaseResult> out;
  for (const model::PolicyTestCase& test : suite.tests) {
    CaseResult result{test.name.value, test.extent, false};
    if (const auto which = chosen(test, policies, sink)) {
      const std::vector<Sample> inputs = samples(test);
      Evaluation got;
      for (const std::size_t policy : which->metric_policies)
        evaluate(policies.program, policy, test.objects, inputs, got);
      for (const model::ResourceMetricsPolicy* policy : which->resource_metrics) evaluate(*policy, test.objects, got);
      result.passed = compare(test, got, sink);
    }
    out.push_back(std::move(result));
  }
  return out;
}

}  // namespace telc::policytest
