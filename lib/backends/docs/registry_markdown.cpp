// The registry as Markdown (GitHub flavour): docs/registry/README.md lists the namespaces; each
// namespace's page has its attributes as a table, then its signals by kind.
#include <fmt/format.h>

#include "backends/docs/registry_docs.hpp"

namespace telc::backends::docs {
namespace {

/// A table cell: pipes and line breaks would end it, and '<' would start HTML.
std::string cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|')
      out += "\\|";
    else if (c == '<')
      out += "&lt;";
    else
      out += c == '\n' ? ' ' : c;
  }
  return out.empty() ? "—" : out;
}

/// GitHub's heading anchors: lower case, punctuation other than '-' and '_' removed.
std::string anchor(std::string_view heading) {
  std::string out;
  for (char c : heading)
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_')
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    else if (c == ' ')
      out += '-';
  return out;
}

/// A link to an attribute's entry, on this page or its namespace's; plain when a dependency
/// defines it.
std::string attribute_link(const std::string& key, const std::string& here, const AttributeHomes& homes) {
  auto home = homes.find(key);
  if (home == homes.end()) return fmt::format("`{}`", key);
  const std::string page = home->second == here ? "" : namespace_file(home->second);
  return fmt::format("[`{}`]({}#{})", key, page, anchor(key));
}

std::string deprecation(const ir::SemconvDeprecation& what, const std::string& here, const AttributeHomes& homes) {
  std::string out = "**Deprecated**";
  if (!what.renamed_to.empty()) out += ": renamed to " + attribute_link(what.renamed_to, here, homes);
  if (!what.note.empty()) {
    out += what.renamed_to.empty() ? ": " : ". ";
    out += what.note;
  }
  return out + "\n\n";
}

std::string stability(const std::string& level) { return level.empty() ? "—" : level; }

void attribute_section(std::string& out, const ir::SemconvAttribute& attr, const std::string& here,
                       const AttributeHomes& homes) {
  out += fmt::format("### `{}`\n\n{}\n\n", attr.key, attr.brief.empty() ? "(no description)" : attr.brief);
  out += fmt::format("| Type | Stability | Examples |\n|---|---|---|\n| `{}` | {} | ",
                     attr.type.empty() ? "—" : attr.type, stability(attr.stability));
  std::string examples;
  for (const std::string& e : attr.examples) examples += fmt::format("{}`{}`", examples.empty() ? "" : ", ", cell(e));
  out += (examples.empty() ? "—" : examples) + " |\n\n";
  if (attr.deprecated) out += deprecation(*attr.deprecated, here, homes);
  if (attr.members.empty()) return;
  out += "| Value | Id | Stability | Description |\n|---|---|---|---|\n";
  for (const ir::SemconvMember& m : attr.members)
    out += fmt::format("| `{}` | `{}` | {} | {}{} |\n", cell(m.value), m.id, stability(m.stability),
                       m.deprecated ? "**Deprecated.** " : "", cell(m.brief));
  out += "\n";
}

void uses_table(std::string& out, const std::vector<ir::SemconvAttributeUse>& uses, const std::string& here,
                const AttributeHomes& homes) {
  if (uses.empty()) return void(out += "No attributes.\n\n");
  out += "| Attribute | Requirement | Stability |\n|---|---|---|\n";
  for (const ir::SemconvAttributeUse& u : uses) {
    std::string requirement = fmt::format("{}{}", u.identifying ? "identifying, " : "", requirement_text(u));
    if (!u.condition.empty()) requirement += fmt::format(": {}", u.condition);
    out += fmt::format("| {}{} | {} | {} |\n", attribute_link(u.key, here, homes), u.deprecated ? " (deprecated)" : "",
                       cell(requirement), stability(u.stability));
  }
  out += "\n";
}

void signal_section(std::string& out, const ir::SemconvSignal& signal, const std::string& here,
                    const AttributeHomes& homes) {
  out += fmt::format("### `{}`\n\n{}\n\n", signal.name, signal.brief.empty() ? "(no description)" : signal.brief);
  std::string facts = fmt::format("Stability: {}", stability(signal.stability));
  if (!signal.instrument.empty())
    facts += fmt::format(" · Instrument: {} · Unit: `{}`", signal.instrument, signal.unit);
  if (!signal.span_kind.empty()) facts += fmt::format(" · Span kind: {}", signal.span_kind);
  out += facts + "\n\n";
  if (signal.deprecated) out += deprecation(*signal.deprecated, here, homes);
  uses_table(out, signal.attributes, here, homes);
  if (!signal.entity_associations.empty()) {
    std::string entities;
    for (const std::string& e : signal.entity_associations)
      entities += fmt::format("{}`{}`", entities.empty() ? "" : ", ", e);
    out += "Associated entities: " + entities + "\n\n";
  }
  for (const ir::SemconvRefinement& r : signal.refinements) {
    out += fmt::format("#### Refinement `{}`\n\n", r.id);
    if (!r.brief.empty()) out += r.brief + "\n\n";
    uses_table(out, r.attributes, here, homes);
  }
}

}  // namespace

std::string render_registry_index(const ir::SemconvRegistry& registry) {
  std::string out = "<!-- Generated by telc from the semantic-convention registry. Do not edit. -->\n\n";
  out += "# Semantic-convention registry\n\n| Namespace | Contents |\n|---|---|\n";
  for (const ir::SemconvNamespace& ns : registry.namespaces)
    out += fmt::format("| [`{}`]({}) | {} |\n", ns.name, namespace_file(ns.name), counts_text(ns));
  if (!registry.imports.empty()) {
    out += "\nImported from dependencies:\n\n";
    for (const std::string& i : registry.imports) out += fmt::format("- `{}`\n", i);
  }
  return out;
}

std::string render_namespace_markdown(const ir::SemconvNamespace& ns, const AttributeHomes& homes) {
  std::string out = "<!-- Generated by telc from the semantic-convention registry. Do not edit. -->\n\n";
  out += fmt::format("# `{}`\n\n{}. [All namespaces](README.md)\n\n", ns.name, counts_text(ns));
  if (!ns.attributes.empty()) out += "## Attributes\n\n";
  for (const ir::SemconvAttribute& a : ns.attributes) attribute_section(out, a, ns.name, homes);
  for (const char* kind : ir::kSignalKinds) {
    bool first = true;
    for (const ir::SemconvSignal& s : ns.signals) {
      if (s.kind != kind) continue;
      if (first) out += fmt::format("## {}\n\n", kind_heading(kind));
      first = false;
      signal_section(out, s, ns.name, homes);
    }
  }
  return out;
}

}  // namespace telc::backends::docs
