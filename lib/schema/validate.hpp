#pragma once
// Stage 3: a document against a JSON Schema, plus telc's own keywords.
#include "diag/sink.hpp"
#include "schema/document.hpp"
#include "schema/schema_store.hpp"

namespace telc::schema {

struct Validated {
  const CompiledSchema* schema = nullptr;  // nullptr when no schema applies (reported)
  bool ok = false;                         // no error was reported for this document
};

/// Checks a document against `schema` (which input kind a document is, and so its schema, is the
/// model's decision: model/kinds.hpp). A schema marked `x-telc-deprecated` also warns.
[[nodiscard]] Validated validate_with(const CompiledSchema& schema, const Document& doc,
                                      const diag::SourceManager& sources, diag::Sink& sink);

}  // namespace telc::schema
