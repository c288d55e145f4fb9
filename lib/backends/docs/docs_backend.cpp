// The metrics catalogue (docs/metrics.md and docs/metrics.html) from the MetricDefinitions and
// the policies that produce them, and the registry's pages (docs/registry/, docs/registry.html).
#include "backends/backend.hpp"
#include "backends/docs/catalogue.hpp"
#include "backends/docs/registry_docs.hpp"

namespace telc::backends {
namespace {

class DocsBackend final : public Backend {
 public:
  const BackendInfo& info() const override { return kInfo; }

  void emit(const ir::Program& program, const EmitOptions&, OutputTree& out, diag::Sink&) const override {
    if (!program.metrics.empty()) {
      const docs::Catalogue catalogue = docs::group(program);
      out["docs/metrics.md"] = docs::render_markdown(program, catalogue);
      out["docs/metrics.html"] = docs::render_html(program, catalogue);
    }
    if (program.semconv.namespaces.empty()) return;
    const docs::AttributeHomes homes = docs::attribute_homes(program.semconv);
    out["docs/registry/README.md"] = docs::render_registry_index(program.semconv);
    for (const ir::SemconvNamespace& ns : program.semconv.namespaces)
      out["docs/registry/" + docs::namespace_file(ns.name)] = docs::render_namespace_markdown(ns, homes);
    out["docs/registry.html"] = docs::render_registry_html(program.semconv);
  }

 private:
  static constexpr std::string_view kKinds[] = {"MetricDefinition", "MetricPolicy", "Registry", "RegistryManifest"};
  static constexpr BackendInfo kInfo{
      "docs", "a metrics catalogue and the semantic-convention registry, in Markdown and self-contained HTML", kKinds};
};

}  // namespace

std::unique_ptr<Backend> make_docs_backend() { return std::make_unique<DocsBackend>(); }

}  // namespace telc::backends
