#pragma once
// Byte-level checks before YAML parsing: size, NUL bytes, UTF-8. yaml-cpp would otherwise report
// these vaguely or at the wrong place.
#include <optional>

#include "diag/sink.hpp"
#include "diag/source_manager.hpp"

namespace telc::schema {

/// Reports and returns false when the file must not be parsed.
[[nodiscard]] bool precheck(const diag::SourceManager& sources, diag::FileId file,
                            std::size_t max_bytes, diag::Sink& sink);

/// A tab in the indentation of the line holding `at` (or the line before), for parse errors.
[[nodiscard]] std::optional<std::size_t> tab_near(std::string_view text, std::size_t floor,
                                                  std::size_t at);

/// The last flow bracket ('[' or '{') in text[begin, end) that is never closed, skipping quoted
/// scalars and comments; parse errors for unclosed flows point there instead of at the end.
[[nodiscard]] std::optional<std::size_t> unclosed_flow(std::string_view text, std::size_t begin,
                                                       std::size_t end);

}  // namespace telc::schema
