#pragma once
// The context hierarchy of pkg/ottl/contexts: which contexts a context reaches by prefix
// (ctxdatapoint reaches metric, scope and resource), which lie below it (the candidates
// context_inferrer.go falls back to), and the inferrer's priority order.
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "ottl/check.hpp"
#include "ottl/tables.hpp"

namespace telc::ottl {

/// Contexts whose paths `from` can name by prefix, itself included.
[[nodiscard]] ContextMask reachable_from(Context from);
/// The signal's contexts as a mask.
[[nodiscard]] ContextMask signal_mask(Signal signal);
/// Contexts below `context` in `signal`, in inference priority order.
[[nodiscard]] std::vector<Context> lower_contexts(Context context, Signal signal);
/// Lower is preferred: log, datapoint, metric, spanevent, span, resource, scope; profile last.
[[nodiscard]] int inference_priority(Context context);
/// A path prefix as the parsers read it: context names and "instrumentation_scope", lowercase.
[[nodiscard]] std::optional<Context> prefix_context(std::string_view word);
[[nodiscard]] std::string_view signal_name(Signal signal);

}  // namespace telc::ottl
