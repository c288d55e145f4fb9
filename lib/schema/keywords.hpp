#pragma once
// telc's schema keywords, which plain JSON Schema expresses badly: unknown fields with "did you
// mean", exactly-one / at-most-one / at-least-one / together, unique item names, and formats.
#include "diag/sink.hpp"
#include "schema/document.hpp"
#include "schema/schema_store.hpp"

namespace telc::schema {

void check_keywords(const CompiledSchema& schema, const Document& doc, const Locator& where, diag::Sink& sink);

}  // namespace telc::schema
