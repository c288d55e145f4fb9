#pragma once
// What a change breaks: the places in the current inputs that still depend on the old shape of a
// metric — rule expressions (selectors, label matchers, by / without), ExportPolicy selectors (and
// so the collector filters generated from them), MetricPolicies producing it.
#include <vector>

#include "diag/diagnostic.hpp"
#include "diff/diff.hpp"
#include "model/model.hpp"

namespace telc::driver {

/// One note per dependent place, in input order; none for a change no query can see.
[[nodiscard]] std::vector<diag::Note> impact(const diff::Change& change, const model::Model& current);

}  // namespace telc::driver
