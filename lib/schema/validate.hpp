#pragma once
// Stage 3: a document against a JSON Schema, plus telc's own keywords.
#include <string>
#include <vector>

#include "diag/sink.hpp"
#include "schema/document.hpp"
#include "schema/schema_store.hpp"

namespace telc::schema {

struct Validated {
  const CompiledSchema* schema = nullptr;  // nullptr when no schema applies (reported)
  bool ok = false;                         // no error was reported for this document
  /// The nodes an error made unusable (a value of the wrong type or form, an unknown field, an
  /// object with fields that exclude each other), sorted: the model reads what is below them as
  /// absent and builds the rest, so one error does not hide the document's other problems.
  std::vector<std::string> invalid;
  /// Every node an error was reported at (the unusable ones, and objects missing a required field
  /// or list lengths out of range), sorted: a node with none at or below it is complete.
  std::vector<std::string> errors;
};

/// Checks a document against `schema` (which input kind a document is, and so its schema, is the
/// model's decision: model/kinds.hpp). A schema marked `x-telc-deprecated` also warns.
[[nodiscard]] Validated validate_with(const CompiledSchema& schema, const Document& doc,
                                      const diag::SourceManager& sources, diag::Sink& sink);
/// The same, always through valijson and the keyword walker: what the compiled validator's
/// shortcut in validate_with is tested against.
[[nodiscard]] Validated validate_reference(const CompiledSchema& schema, const Document& doc,
                                           const diag::SourceManager& sources, diag::Sink& sink);

}  // namespace telc::schema
