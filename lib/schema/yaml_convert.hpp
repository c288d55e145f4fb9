#pragma once
#include <yaml-cpp/node/node.h>

#include "diag/sink.hpp"
#include "diag/source_manager.hpp"
#include "schema/document.hpp"

namespace telc::schema {

/// Converts a yaml-cpp tree to JSON (YAML 1.2 core schema), recording every node's offsets.
/// `base` is the byte offset of the document's text in the file. Reports duplicate keys, non-scalar
/// keys and alias expansion past `max_nodes`; returns false if the document is unusable.
[[nodiscard]] bool convert_document(const diag::SourceManager& sources, const YAML::Node& root,
                                    std::size_t base, std::size_t max_nodes, Document& doc,
                                    diag::Sink& sink);

/// The JSON value of a plain (untagged, unquoted) YAML scalar under the YAML 1.2 core schema.
[[nodiscard]] nlohmann::json resolve_plain_scalar(const std::string& text);

}  // namespace telc::schema
