#pragma once
// telc's schema keywords, which plain JSON Schema expresses badly: unknown fields with "did you
// mean", exactly-one / at-most-one / at-least-one / together, unique item names, and formats.
#include <string>
#include <vector>

#include "diag/sink.hpp"
#include "schema/document.hpp"
#include "schema/schema_store.hpp"

namespace telc::schema {

/// Reports into `sink`; adds to `invalid` the pointer of each node an error makes unusable, and to
/// `errors` the pointer of every node an error is reported at (see schema::Validated).
void check_keywords(const CompiledSchema& schema, const Document& doc, const Locator& where, diag::Sink& sink,
                    std::vector<std::string>& invalid, std::vector<std::string>& errors);

}  // namespace telc::schema
