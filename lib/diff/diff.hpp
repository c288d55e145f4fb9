#pragma once
// `telc diff`: what changed between a baseline and the current inputs, for the things other
// telemetry depends on — semantic-convention registries (v1 and v2), MetricDefinitions and the
// MetricPolicies that produce them — and
// what each change breaks. Stage 5′: it reads two validated models; the driver turns changes into
// diagnostics (severity by the element's stability, `.telc.yaml` may tighten it) and adds, to every
// change, notes at the places in the current inputs that still depend on the old shape.
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "model/model.hpp"
#include "model/naming.hpp"

namespace telc::diff {

/// One change. `code` says what kind: diff/removed, diff/renamed, diff/type-changed,
/// diff/unit-changed, diff/instrument-changed, diff/temporality-changed, diff/member-removed,
/// diff/member-changed, diff/attribute-dropped, diff/attribute-added, diff/made-required,
/// diff/stability-downgraded, diff/identity-changed, diff/span-kind-changed (lib/diff/codes.cpp
/// lists them with their meaning).
struct Change {
  std::string code;
  std::string element;           // attribute | metric | event | span | entity | attribute_group | member | label
  std::string name;              // the element's name in the baseline (a member: "<attribute>/<member id>")
  std::string stability;         // the element's stability in the baseline, as written ("" when not declared)
  std::string message;           // one line, naming the element and the change ("was 's', now 'ms'")
  std::string hint;              // how to make the change compatible (deprecate first, keep the old name…)
  diag::SourceSpan at;           // in the current inputs: the changed field or element; unknown when removed
  diag::SourceSpan baseline_at;  // in the baseline: the element (or field) as it was
  /// What queries see: the metric names (as declared, and as Prometheus stores them in the
  /// configured naming mode) whose series this change breaks, and the label or attribute key
  /// concerned ("" for the whole metric). Empty for changes no query can see.
  std::vector<std::string> metrics;
  std::string label;
  /// For a rename, or a unit / instrument change that changes the Prometheus name: the new names.
  std::string renamed_to;
  std::string new_prometheus_name;
};

/// Every change from `baseline` to `current`, sorted by (element kind, name, code). Never throws.
[[nodiscard]] std::vector<Change> compare(const model::Model& baseline, const model::Model& current,
                                          model::PrometheusNaming mode);

}  // namespace telc::diff
