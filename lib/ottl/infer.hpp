#pragma once
// Context inference as pkg/ottl/context_inferrer.go does it for a ParserCollection: the context
// prefixes of a group's paths propose candidates, the most specific one (log, datapoint, metric,
// spanevent, span, resource, scope) wins, and it must offer every function and enum symbol the
// group uses, or else one of the contexts below it is taken.
#include <optional>
#include <span>

#include "diag/sink.hpp"
#include "ottl/check.hpp"
#include "ottl/parse.hpp"

namespace telc::ottl {

struct Parsed {
  const Text* text = nullptr;
  const Tree* tree = nullptr;
};

/// The inferred context, or nullopt after reporting why there is none. Reports every path that
/// lacks a context prefix (ottl/unprefixed-path, ottl/unknown-context); `ok` turns false then.
[[nodiscard]] std::optional<Context> infer_context(std::span<const Parsed> group, const Options& options,
                                                   diag::Sink& sink, bool& ok);

}  // namespace telc::ottl
