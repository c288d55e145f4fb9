#pragma once
// `telc test`: the tests of one PolicyTest run on its inputs, lowered.
#include <span>
#include <string>
#include <vector>

#include "diag/sink.hpp"
#include "ir/ir.hpp"
#include "model/model.hpp"

namespace telc::policytest {

struct CaseResult {
  std::string name;
  diag::SourceSpan extent;  // the test in its file: its findings are those inside it
  bool passed = false;
};

/// The policies of a suite's inputs: MetricPolicies lowered, ResourceMetricsPolicies as modelled.
struct Policies {
  const ir::Program& program;
  std::span<const model::ResourceMetricsPolicy> resource_metrics;
};

/// Runs every test of `suite`: each test's policies (those it names, else all) on its objects and
/// samples, compared with what it expects.
[[nodiscard]] std::vector<CaseResult> run(const model::PolicyTest& suite, const Policies& policies, diag::Sink& sink);

}  // namespace telc::policytest
