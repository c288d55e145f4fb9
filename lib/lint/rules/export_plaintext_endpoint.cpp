// Telemetry and its bearer tokens must not cross the network in plain text, so an `http://` sink
// endpoint is reported (a warning by default).
#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "lint/rule.hpp"

namespace telc::lint {
namespace {

class PlaintextEndpoint final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"export/plaintext-endpoint", "a sink endpoint uses http://", diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }
  void check(const Context& context, Reporter& out) const override {
    for (const model::ExportPolicy& p : context.model.export_policies)
      for (const model::ExportSink& s : p.sinks)
        if (s.endpoint.value.starts_with("http://"))
          out.report(s.endpoint.span, fmt::format("sink '{}' sends telemetry in plain text", s.name.value))
              .hint("use https:// so metrics and credentials are encrypted in transit");
  }
};

}  // namespace

std::unique_ptr<Rule> make_export_plaintext_endpoint() { return std::make_unique<PlaintextEndpoint>(); }

}  // namespace telc::lint
