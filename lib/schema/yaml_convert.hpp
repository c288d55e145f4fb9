#pragma once
// The one adapter for libyaml: parses one document's text and converts its events to JSON
// (YAML 1.2 core schema), recording where every node and key is.
#include <nlohmann/json.hpp>

#include "diag/sink.hpp"
#include "diag/source_manager.hpp"
#include "schema/document.hpp"

namespace telc::schema {

/// A piece of a file that holds at most one YAML document.
struct Chunk {
  std::size_t begin = 0;  // byte offsets in the file
  std::size_t end = 0;
  std::uint32_t first_line = 1;  // 1-based line of `begin`
};

struct ConvertLimits {
  std::size_t max_nodes;  // after alias expansion (alias bombs)
  std::size_t max_depth;  // nesting (the converter recurses)
};

/// Parses and converts the document in `chunk`. Returns false, having reported why, when the
/// chunk holds no usable document; an empty chunk (comments only) returns false silently.
[[nodiscard]] bool convert_chunk(const diag::SourceManager& sources, diag::FileId file, Chunk chunk,
                                 const ConvertLimits& limits, Document& doc, diag::Sink& sink);

/// The JSON value of a plain (untagged, unquoted) YAML scalar under the YAML 1.2 core schema.
[[nodiscard]] nlohmann::json resolve_plain_scalar(const std::string& text);

}  // namespace telc::schema
