#pragma once
// Recovers where each character of a YAML scalar's value sits in the file: the parser gives the
// token's start and end, but a value may be unescaped (quoted styles) or folded (multi-line and
// block styles).
#include <cstddef>
#include <string_view>

#include "diag/embedded_text.hpp"
#include "diag/source_manager.hpp"

namespace telc::schema {

/// Maps every byte of `value` (the loaded scalar starting at `begin`) to its file position.
/// Falls back to mapping every byte to `begin` when the layout cannot be matched exactly.
[[nodiscard]] diag::EmbeddedText map_scalar(const diag::SourceManager& sources, diag::FileId file, std::size_t begin,
                                            std::string_view value);

/// The same map from the byte matcher alone, without the fast paths for the common layouts: the
/// reference those paths are tested against.
[[nodiscard]] diag::EmbeddedText map_scalar_bytewise(const diag::SourceManager& sources, diag::FileId file,
                                                     std::size_t begin, std::string_view value);

}  // namespace telc::schema
