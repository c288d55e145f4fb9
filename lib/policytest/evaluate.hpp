#pragma once
// Policies run offline on given objects and samples.
// - A MetricPolicy's ResourceFields run as their ResourceMetricsPolicy translation runs in the
//   resource-metrics controller: per object dropIf, the seriesFrom list, then per item the labels
//   and the value; a failing expression skips that series and nothing else.
// - A MetricPolicy's DataPlane runs per sample: the selector's metric and temporality,
//   attributeFilters, then attributeSelectors bind the sample to each object whose evaluated
//   valueFrom equals the sample's attribute, and the transform computes the value and labels; a
//   label that fails is left unset, as the generated OTTL `set` leaves it.
// - A ResourceMetricsPolicy runs as the controller runs it (internal/metrics/builder.go): per
//   object of each generator's resource, per family and metric, the forEach list (or the object
//   alone), then labels and value (1 when absent); the series is `<prefix>_<family>`.
#include <cstddef>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "cel/eval.hpp"
#include "ir/ir.hpp"
#include "model/model.hpp"

namespace telc::policytest {

/// One data point of a source metric.
struct Sample {
  std::string metric;
  ir::Temporality temporality = ir::Temporality::unspecified;  // unspecified: any policy reads it
  cel::Value attributes;                                       // a map: what `attributes` reads
  double value = 0;
  diag::SourceSpan span;
};

/// What produced a series: a MetricPolicy, or one `metrics` entry of a ResourceMetricsPolicy
/// family. Its expressions' spans are where a difference is shown.
struct Producer {
  std::string kind;  // "MetricPolicy" or "ResourceMetricsPolicy"
  std::string name;
  std::string metric;  // the series' name
  diag::SourceSpan provenance;
  std::optional<diag::SourceSpan> value;                         // the value expression, if any
  std::vector<std::pair<std::string, diag::SourceSpan>> labels;  // label → its expression
};

/// A series a policy produced.
struct Series {
  std::string metric;
  std::vector<std::pair<std::string, std::string>> labels;  // sorted by key
  double value = 0;
  std::size_t producer = 0;  // index into Evaluation::producers
  diag::SourceSpan from;     // the object or sample it was computed from
  std::string source;        // "HTTPRoute shop/web"
};

/// An expression that failed: the series it was part of is not produced.
struct Failure {
  std::size_t producer = 0;
  std::string expr;  // its text
  diag::SourceSpan expr_span;
  std::string why;
  diag::SourceSpan from;
  std::string source;
  bool label_unset = false;  // a DataPlane label: the series is kept without it
};

struct Evaluation {
  std::vector<Producer> producers;
  std::vector<Series> series;
  std::vector<Failure> failures;
};

/// Runs `program.metric_policies[policy]` and appends what it produces and what failed. Objects
/// are matched to the policy's subject by group and kind.
void evaluate(const ir::Program& program, std::size_t policy, std::span<const model::ResourceObject> objects,
              std::span<const Sample> samples, Evaluation& out);

/// Runs a ResourceMetricsPolicy. Objects are matched to a generator's resource by group and plural
/// (the kind's plural as the API server forms it). Without `metricNamePrefix` the controller's
/// own default prefix applies, which a test cannot know: the family name is then the series name.
void evaluate(const model::ResourceMetricsPolicy& policy, std::span<const model::ResourceObject> objects,
              Evaluation& out);

/// "sample envoy.cluster.upstream_rq_time", for messages.
[[nodiscard]] std::string describe(const Sample& sample);

}  // namespace telc::policytest
