#pragma once
// The Telemetry Manager release the kyma target reproduces, and the collector its configs run on
// (the manager's .env ENV_OTEL_COLLECTOR_IMAGE: kyma-otel-collector 0.157.0-1.69.0).
#include <string_view>

namespace telc::backends::kyma {

inline constexpr std::string_view kManagerRelease = "1.69.0";
inline constexpr std::string_view kCollectorVersion = "0.157.0";
inline constexpr std::string_view kCollectorDistribution = "otelcol-kyma";

}  // namespace telc::backends::kyma
