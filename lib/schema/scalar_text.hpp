#pragma once
// Recovers where a YAML scalar's characters sit in the file: yaml-cpp only gives a start mark, and
// a value may be unescaped (quoted styles) or folded (multi-line and block styles).
#include <cstddef>
#include <string_view>

#include "diag/embedded_text.hpp"
#include "diag/source_manager.hpp"

namespace telc::schema {

/// Inclusive end offset of the token starting at `begin` (a scalar, or one collection bracket).
/// `value` is the scalar's loaded value when known (a plain string), which makes plain ends exact.
[[nodiscard]] std::size_t scalar_end(std::string_view text, std::size_t begin,
                                     const std::string* value = nullptr);

/// Maps every byte of `value` (the loaded scalar starting at `begin`) to its file position.
/// Falls back to mapping every byte to `begin` when the layout cannot be matched exactly.
[[nodiscard]] diag::EmbeddedText map_scalar(const diag::SourceManager& sources, diag::FileId file,
                                            std::size_t begin, std::string_view value);

}  // namespace telc::schema
