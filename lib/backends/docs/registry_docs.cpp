// What the registry's Markdown and HTML renderings share.
#include "backends/docs/registry_docs.hpp"

#include <fmt/format.h>

namespace telc::backends::docs {

AttributeHomes attribute_homes(const ir::SemconvRegistry& registry) {
  AttributeHomes out;
  for (const ir::SemconvNamespace& ns : registry.namespaces)
    for (const ir::SemconvAttribute& a : ns.attributes) out.emplace(a.key, ns.name);
  return out;
}

std::string namespace_file(const std::string& name) {
  std::string out;
  for (char c : name) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    out += keep ? c : '_';
  }
  return (out.empty() ? std::string("_") : out) + ".md";
}

namespace {

std::string plural(const std::string& kind) { return kind == "entity" ? "entities" : kind + "s"; }

}  // namespace

std::string kind_heading(const std::string& kind) {
  std::string out = plural(kind);
  out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

std::string counts_text(const ir::SemconvNamespace& ns) {
  std::string out;
  auto add = [&out](std::size_t n, std::string_view one, std::string_view many) {
    if (n == 0) return;
    out += fmt::format("{}{} {}", out.empty() ? "" : ", ", n, n == 1 ? one : many);
  };
  add(ns.attributes.size(), "attribute", "attributes");
  for (const char* kind : ir::kSignalKinds) {
    std::size_t n = 0;
    for (const ir::SemconvSignal& s : ns.signals) n += s.kind == kind ? 1 : 0;
    add(n, kind, plural(kind));
  }
  return out;
}

std::string requirement_text(const ir::SemconvAttributeUse& use) {
  if (use.requirement == "conditionally_required") return "conditionally required";
  if (use.requirement == "opt_in") return "opt-in";
  return use.requirement;
}

}  // namespace telc::backends::docs
