#pragma once
// The context hierarchy of pkg/ottl/contexts: which contexts a context reaches by prefix
// (ctxdatapoint reaches metric, scope and resource), which lie below it (the candidates
// context_inferrer.go falls back to), and the inferrer's priority order.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ottl/check.hpp"
#include "ottl/tables.hpp"

namespace telc::ottl {

/// Contexts whose paths `from` can name by prefix, itself included.
[[nodiscard]] ContextMask reachable_from(Context from);
/// The contexts a group may use: `options.contexts`, or else the signal's.
[[nodiscard]] std::span<const Context> allowed_contexts(const Options& options);
/// allowed_contexts() as a mask.
[[nodiscard]] ContextMask allowed_mask(const Options& options);
/// Allowed contexts below `context`, in inference priority order.
[[nodiscard]] std::vector<Context> lower_contexts(Context context, const Options& options);
/// "resource, scope, metric": the contexts of a mask, in declaration order.
[[nodiscard]] std::string contexts_list(ContextMask mask);
/// Why `context` cannot be used under `options`: the signal lacks it, or the caller left it out.
[[nodiscard]] std::string no_context_message(const Options& options, Context context);
/// Lower is preferred: log, datapoint, metric, spanevent, span, resource, scope; profile last.
[[nodiscard]] int inference_priority(Context context);
/// A path prefix as the parsers read it: context names and "instrumentation_scope", lowercase.
[[nodiscard]] std::optional<Context> prefix_context(std::string_view word);
[[nodiscard]] std::string_view signal_name(Signal signal);

}  // namespace telc::ottl
