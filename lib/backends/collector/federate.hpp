#pragma once
// Federate mode: a `prometheus` receiver scrapes the platform's federate endpoint with
// `match[]` = the source's selector (the real operator's model).
#include <optional>

#include <nlohmann/json.hpp>

#include "diag/sink.hpp"
#include "ir/ir.hpp"

namespace telc::backends::collector {

/// The receiver's config, or nullopt (reported) when the source cannot be expressed as a selector.
[[nodiscard]] std::optional<nlohmann::json> federate_receiver(const ir::Program& program,
                                                              const ir::ExportPipeline& policy,
                                                              const ir::Source& source, diag::Sink& sink);

}  // namespace telc::backends::collector
