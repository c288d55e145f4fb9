#pragma once
// Byte-level checks before YAML parsing: size, NUL bytes, UTF-8. the parser would otherwise report
// these vaguely or at the wrong place.
#include <optional>

#include "diag/sink.hpp"
#include "diag/source_manager.hpp"

namespace telc::schema {

/// Reports and returns false when the file must not be parsed.
[[nodiscard]] bool precheck(const diag::SourceManager& sources, diag::FileId file, std::size_t max_bytes,
                            diag::Sink& sink);

}  // namespace telc::schema
