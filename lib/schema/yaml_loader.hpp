#pragma once
// Stage 2: YAML text → JSON documents with a location table.
#include <vector>

#include "diag/sink.hpp"
#include "diag/source_manager.hpp"
#include "schema/document.hpp"
#include "schema/yaml_builder.hpp"

namespace telc::schema {

struct LoadLimits {
  std::size_t max_file_bytes = 64u << 20;  // larger inputs are refused, not parsed
  std::size_t max_nodes = 1'000'000;       // per document, after alias expansion (alias bombs)
  std::size_t max_depth = 1000;            // nesting
};

/// The pieces of a file that each hold at most one document: a line starting with `---` begins
/// one (`...` ends one). Markers at column 0 cannot be content in any scalar style, so splitting
/// on them is exact, and a syntax error in one document does not hide the others.
[[nodiscard]] std::vector<Chunk> split_documents(const diag::SourceFile& file);

/// Splits a file into documents and converts each; reports `yaml/*` diagnostics and keeps going
/// with the next document after an error. Empty (null) documents are left out, so an empty file
/// or one of comments only gives none: whether that is an error is the caller's decision.
[[nodiscard]] std::vector<Document> load_yaml(const diag::SourceManager& sources, diag::FileId file, diag::Sink& sink,
                                              const LoadLimits& limits = {});

}  // namespace telc::schema
