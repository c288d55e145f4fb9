// The metrics catalogue (docs/metrics.md and docs/metrics.html) from the MetricDefinitions and
// the policies that produce them.
#include "backends/backend.hpp"
#include "backends/docs/catalogue.hpp"

namespace telc::backends {
namespace {

class DocsBackend final : public Backend {
 public:
  const BackendInfo& info() const override { return kInfo; }

  void emit(const ir::Program& program, const EmitOptions&, OutputTree& out, diag::Sink&) const override {
    if (program.metrics.empty()) return;
    const docs::Catalogue catalogue = docs::group(program);
    out["docs/metrics.md"] = docs::render_markdown(program, catalogue);
    out["docs/metrics.html"] = docs::render_html(program, catalogue);
  }

 private:
  static constexpr BackendInfo kInfo{"docs", "a metrics catalogue in Markdown and self-contained HTML"};
};

}  // namespace

std::unique_ptr<Backend> make_docs_backend() { return std::make_unique<DocsBackend>(); }

}  // namespace telc::backends
