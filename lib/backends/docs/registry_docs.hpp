#pragma once
// The semantic-convention registry as documentation: an index and one Markdown page per root
// namespace (docs/registry/), and one self-contained HTML page with search (docs/registry.html).
#include <map>
#include <string>

#include "ir/semconv.hpp"

namespace telc::backends::docs {

/// Where each defined attribute is documented: key → its root namespace. Uses of attributes a
/// dependency defines are not linked.
using AttributeHomes = std::map<std::string, std::string, std::less<>>;

[[nodiscard]] AttributeHomes attribute_homes(const ir::SemconvRegistry& registry);

/// The namespace's Markdown file name under docs/registry/: its name, other characters than
/// [a-z0-9_-] made '_'.
[[nodiscard]] std::string namespace_file(const std::string& name);

/// "42 attributes, 7 metrics, 3 spans" (kinds with none left out).
[[nodiscard]] std::string counts_text(const ir::SemconvNamespace& ns);

/// "required", "conditionally required", "opt-in"…
[[nodiscard]] std::string requirement_text(const ir::SemconvAttributeUse& use);

/// Plural headings: "Metrics", "Spans", "Events", "Entities".
[[nodiscard]] std::string kind_heading(const std::string& kind);

/// The namespace's signals kind by kind (metrics, spans, events, entities): `heading(kind)` before
/// the first of each kind that has any, then `item(signal)` for each.
template <typename Heading, typename Item>
void for_each_signal(const ir::SemconvNamespace& ns, Heading heading, Item item) {
  for (const char* kind : ir::kSignalKinds) {
    bool first = true;
    for (const ir::SemconvSignal& signal : ns.signals) {
      if (signal.kind != kind) continue;
      if (first) heading(std::string(kind));
      first = false;
      item(signal);
    }
  }
}

[[nodiscard]] std::string render_registry_index(const ir::SemconvRegistry& registry);
[[nodiscard]] std::string render_namespace_markdown(const ir::SemconvNamespace& ns, const AttributeHomes& homes);
[[nodiscard]] std::string render_registry_html(const ir::SemconvRegistry& registry);

}  // namespace telc::backends::docs
