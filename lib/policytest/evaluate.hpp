#pragma once
// A MetricPolicy run offline on given objects and samples. ResourceFields run as their
// ResourceMetricsPolicy translation runs in the resource-metrics controller (per object: dropIf,
// the seriesFrom list, then per item the labels and the value; a failing expression skips that
// series and nothing else). DataPlane runs per sample: the selector's metric and temporality,
// attributeFilters, then attributeSelectors bind the sample to each object whose evaluated
// valueFrom equals the sample's attribute, and the transform computes the value and labels.
#include <cstddef>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "cel/eval.hpp"
#include "ir/ir.hpp"
#include "model/resources.hpp"

namespace telc::policytest {

/// One data point of a source metric.
struct Sample {
  std::string metric;
  ir::Temporality temporality = ir::Temporality::unspecified;  // unspecified: any policy reads it
  cel::Value attributes;                                       // a map: what `attributes` reads
  double value = 0;
  diag::SourceSpan span;
};

/// A series a policy produced.
struct Series {
  std::string metric;                                       // the policy's target metric
  std::vector<std::pair<std::string, std::string>> labels;  // sorted by key
  double value = 0;
  std::size_t policy = 0;  // index into Program::metric_policies
  diag::SourceSpan from;   // the object or sample it was computed from
  std::string source;      // "HTTPRoute shop/web"
};

/// An expression that failed: the series it was part of is not produced.
struct Failure {
  std::size_t policy = 0;
  const ir::Cel* expr = nullptr;
  std::string why;
  diag::SourceSpan from;
  std::string source;
};

struct Evaluation {
  std::vector<Series> series;
  std::vector<Failure> failures;
};

/// Runs `program.metric_policies[policy]` and appends what it produces and what failed. Objects
/// are matched to the policy's subject by group and kind.
void evaluate(const ir::Program& program, std::size_t policy, std::span<const model::ResourceObject> objects,
              std::span<const Sample> samples, Evaluation& out);

/// "sample envoy.cluster.upstream_rq_time" or "HTTPRoute shop/web", for messages.
[[nodiscard]] std::string describe(const Sample& sample);

}  // namespace telc::policytest
