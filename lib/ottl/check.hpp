#pragma once
// The OTTL checker's public face: one group of statements and conditions, checked against the
// contexts, paths, functions and enums of a target collector version, with the context either
// given (`context:` of a transform group, the filter's legacy `metrics.datapoint:` lists) or
// inferred from the paths' prefixes as pkg/ottl's ParserCollection does.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "diag/embedded_text.hpp"
#include "diag/sink.hpp"

namespace telc::ottl {

enum class Context : std::uint8_t { resource, scope, metric, datapoint, log, span, spanevent, profile };
enum class Signal : std::uint8_t { traces, metrics, logs, profiles };
// Which function set applies: the routing connector has the standard converters and one editor, route().
enum class Processor : std::uint8_t { transform, filter, routing };

inline constexpr std::size_t kContextCount = 8;

/// Case-insensitive, as the processors read `context:`; "instrumentation_scope" is scope.
[[nodiscard]] std::optional<Context> parse_context(std::string_view name);
[[nodiscard]] std::string_view context_name(Context context);
/// The contexts a signal's processors accept, from the top of the hierarchy down.
[[nodiscard]] std::span<const Context> contexts_of(Signal signal);

struct Options {
  unsigned minor = 159;  // target collector 0.<minor>
  Signal signal = Signal::metrics;
  Processor processor = Processor::transform;
  std::optional<Context> context;  // explicit context; nullopt = infer (every path needs a prefix)
  // false where the target version's legacy field cannot parse prefixes; the library also turns
  // it off by itself for the filter processor before 0.122.
  bool prefixed_paths_in_explicit_context = true;
  // The contexts the caller's parser collection has, when fewer than the signal's (the Kyma
  // webhook's trace filter has no spanevent parser); empty = contexts_of(signal).
  std::span<const Context> contexts{};
};

/// One statement or condition and where its bytes sit in the file.
struct Text {
  std::string_view text;
  const diag::EmbeddedText* where = nullptr;  // nullptr: report at no location (for emitters)
};

struct GroupResult {
  bool ok = true;
  std::optional<Context> context;  // explicit or inferred
};

/// Parses and checks one group: statements (editor invocations) and conditions (boolean
/// expressions; for filter: the conditions themselves, for transform: the `conditions:` guards).
/// Reports ottl/* diagnostics. Never throws.
GroupResult check_group(std::span<const Text> statements, std::span<const Text> conditions, const Options& options,
                        diag::Sink& sink);

/// For code that writes OTTL: the first problem of one statement or condition, "" if none.
[[nodiscard]] std::string first_error(std::string_view text, bool is_condition, const Options& options);

}  // namespace telc::ottl
