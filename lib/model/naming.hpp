#pragma once
// Names of OTel metrics in the Prometheus world, shared by lint and the rule generators so both
// always agree. The default is what the Prometheus translator stores, UnderscoreEscapingWithSuffixes
// (unit word suffix, `_total` on monotonic counters, `_ratio` on unit-`1` gauges); `.telc.yaml`
// can choose no suffixes, or dotted names as VictoriaMetrics' OTLP ingestion keeps them.
#include <string>
#include <string_view>

namespace telc::model {

enum class PrometheusNaming {
  underscore_suffixes,  // Prometheus' and the collector's default translation
  no_suffixes,          // UnderscoreEscapingWithoutSuffixes
  dotted,               // VictoriaMetrics' default OTLP ingestion: names stored as-is
};

/// The Prometheus name of a metric. `instrument` is counter | updowncounter | gauge | histogram
/// (any case); `unit` is a spelled-out or UCUM unit.
[[nodiscard]] std::string prometheus_name(std::string_view otel_name, std::string_view instrument,
                                          std::string_view unit, PrometheusNaming mode);

/// A label key as Prometheus stores it (characters outside [a-zA-Z0-9_] become `_`).
[[nodiscard]] std::string prometheus_label(std::string_view key, PrometheusNaming mode);

/// The Prometheus unit suffix of a unit ("seconds", "bytes_per_second"; "" for none).
[[nodiscard]] std::string unit_suffix(std::string_view unit);

}  // namespace telc::model
