#pragma once
// Helpers for the OTTL tests: an EmbeddedText for a text that is a whole one-line "file", and
// the compact one-line rendering of diagnostics.
#include <string>
#include <string_view>
#include <vector>

#include "diag/embedded_text.hpp"
#include "diag/sink.hpp"
#include "ottl/check.hpp"

namespace telc::ottl::test {

/// Byte i of `text` maps to line 1, column i+1 (the tests' texts are ASCII).
[[nodiscard]] diag::EmbeddedText embedded(std::string_view text);

/// "col-end_col code: message" per diagnostic, then " | hint" when there is one; one per line.
[[nodiscard]] std::string render(const diag::Sink& sink);

/// Checks one group; every text is its own line-1 "file".
[[nodiscard]] std::string diagnose(const std::vector<std::string>& statements,
                                   const std::vector<std::string>& conditions, const Options& options,
                                   GroupResult* result = nullptr);

/// Options for a signal with an explicit context (or none: inferred).
[[nodiscard]] Options in(Signal signal, std::optional<Context> context, Processor processor = Processor::transform,
                         unsigned minor = 159);

}  // namespace telc::ottl::test
