#pragma once
// One YAML document's text to JSON (YAML 1.2 core schema), recording where every node and key
// is: the common subset by yaml_fast's reader, everything else by libyaml.
#include <nlohmann/json.hpp>

#include "diag/sink.hpp"
#include "diag/source_manager.hpp"
#include "schema/document.hpp"
#include "schema/yaml_builder.hpp"

namespace telc::schema {

/// Parses and converts the document in `chunk`. Returns false, having reported why, when the
/// chunk holds no usable document; an empty chunk (comments only) returns false silently.
[[nodiscard]] bool convert_chunk(const diag::SourceManager& sources, diag::FileId file, Chunk chunk,
                                 const ConvertLimits& limits, Document& doc, diag::Sink& sink);

/// The one adapter for libyaml: reads the document in `text` (a chunk's) into `builder`,
/// reporting parse errors into the builder's diagnostics. False when there is no usable document.
[[nodiscard]] bool read_with_libyaml(const diag::SourceManager& sources, diag::FileId file, Chunk chunk,
                                     DocumentBuilder& builder);

}  // namespace telc::schema
