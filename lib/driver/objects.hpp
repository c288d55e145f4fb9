#pragma once
// Kubernetes objects read from files: `compile --resources` and a PolicyTest's `objectFiles`.
#include <optional>
#include <string>
#include <vector>

#include "diag/sink.hpp"
#include "diag/source_manager.hpp"
#include "model/inputs.hpp"
#include "model/resources.hpp"

namespace telc::driver {

/// The objects of `paths` (files or folders: a `kubectl get … -o yaml` dump, a `kind: List`, plain
/// documents); nullopt when a path could not be read (reported as for an input).
[[nodiscard]] std::optional<std::vector<model::ResourceObject>> load_objects(const std::vector<std::string>& paths,
                                                                             const model::ReadStdin& read_stdin,
                                                                             diag::SourceManager& sources,
                                                                             diag::Sink& sink);

}  // namespace telc::driver
