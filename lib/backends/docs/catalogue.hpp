#pragma once
// The metrics catalogue's structure, shared by its Markdown and HTML renderings: metrics grouped
// by service (the resource's API group) and resource kind, each with the facts a reader needs.
#include <map>
#include <string>
#include <vector>

#include "ir/ir.hpp"

namespace telc::backends::docs {

/// service → kind → indexes into Program::metrics (sorted by metric name).
using Catalogue = std::map<std::string, std::map<std::string, std::vector<std::size_t>>>;

[[nodiscard]] Catalogue group(const ir::Program& program);

/// "delta", "cumulative", or "—" for none (gauges, or not declared).
[[nodiscard]] std::string temporality_text(const ir::MetricDef& metric);

/// The policies producing `m`, as "namespace/name (DataPlane from envoy.x)" texts.
[[nodiscard]] std::vector<std::string> producers(const ir::Program& program, const ir::MetricDef& metric);

/// The label's bound, as text ("values: a, b", "at most 16 values", or "").
[[nodiscard]] std::string bound_text(const ir::MetricLabel& label);

[[nodiscard]] std::string render_markdown(const ir::Program& program, const Catalogue& catalogue);
[[nodiscard]] std::string render_html(const ir::Program& program, const Catalogue& catalogue);

}  // namespace telc::backends::docs
