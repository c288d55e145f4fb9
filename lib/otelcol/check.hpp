#pragma once
// Checks an OpenTelemetry Collector configuration the way `otelcol validate` does, and further:
// authenticator references, distribution membership, `$` escaping, literal secrets. Every finding
// is a located `collector/*` diagnostic; the checker keeps going after errors and never throws.
#include <string>

#include "diag/sink.hpp"
#include "schema/document.hpp"

namespace telc::otelcol {

struct CheckOptions {
  std::string version = "0.159.0";  // collector version the config targets
  std::string distribution =
      "otelcol-contrib";  // otelcol | otelcol-contrib | otelcol-k8s | otelcol-otlp | otelcol-kyma
};

/// Checks one collector config document. `options` must name a known distribution and a
/// parseable version (see `options_error`); otherwise the defaults are used.
void check_config(const schema::Locator& where, const CheckOptions& options, diag::Sink& sink);

/// Why `options` cannot be used ("" when they can): for a CLI to report a usage error.
[[nodiscard]] std::string options_error(const CheckOptions& options);

}  // namespace telc::otelcol
