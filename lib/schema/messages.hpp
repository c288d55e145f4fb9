#pragma once
// Turns valijson's terse errors into telc diagnostics, phrased from the schema node that failed.
#include <optional>
#include <string>

#include "diag/diagnostic.hpp"
#include "schema/document.hpp"
#include "schema/schema_store.hpp"

namespace telc::schema {

/// valijson's context path (["<root>", "[spec]", "[0]"]) as a JSON Pointer.
[[nodiscard]] std::string context_pointer(const std::vector<std::string>& context);

/// The diagnostic for one valijson error, or nullopt for errors that only wrap a deeper one or
/// that telc's keyword walker reports better (unknown fields).
[[nodiscard]] std::optional<diag::Diagnostic> describe(const CompiledSchema& schema, const Locator& where,
                                                       const std::string& pointer, const std::string& description);

}  // namespace telc::schema
