// Context names, hierarchy and reachability, read from pkg/ottl/contexts/ottl*/README.md and
// context_inferrer.go (defaultContextInferPriority) of opentelemetry-collector-contrib.
#include "ottl/contexts.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include <fmt/format.h>

namespace telc::ottl {
namespace {

constexpr std::array<std::string_view, kContextCount> kNames = {"resource", "scope", "metric",    "datapoint",
                                                                "log",      "span",  "spanevent", "profile"};

constexpr Context kTracesContexts[] = {Context::resource, Context::scope, Context::span, Context::spanevent};
constexpr Context kMetricsContexts[] = {Context::resource, Context::scope, Context::metric, Context::datapoint};
constexpr Context kLogsContexts[] = {Context::resource, Context::scope, Context::log};
constexpr Context kProfiles[] = {Context::resource, Context::scope, Context::profile};

char lower(char ch) { return (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch; }

bool iequals(std::string_view left, std::string_view right) {
  return left.size() == right.size() &&
         std::equal(left.begin(), left.end(), right.begin(), [](char lhs, char rhs) { return lower(lhs) == rhs; });
}

}  // namespace

std::optional<Context> parse_context(std::string_view name) {
  for (std::size_t i = 0; i < kNames.size(); ++i) {
    if (iequals(name, kNames[i])) return static_cast<Context>(i);
  }
  if (iequals(name, "instrumentation_scope")) return Context::scope;
  return std::nullopt;
}

std::optional<Context> prefix_context(std::string_view word) {
  for (std::size_t i = 0; i < kNames.size(); ++i) {
    if (word == kNames[i]) return static_cast<Context>(i);
  }
  if (word == "instrumentation_scope") return Context::scope;
  return std::nullopt;
}

std::string_view context_name(Context context) { return kNames[static_cast<std::size_t>(context)]; }

std::span<const Context> contexts_of(Signal signal) {
  switch (signal) {
    case Signal::traces: return kTracesContexts;
    case Signal::metrics: return kMetricsContexts;
    case Signal::logs: return kLogsContexts;
    case Signal::profiles: return kProfiles;
  }
  return {};
}

std::string_view signal_name(Signal signal) {
  switch (signal) {
    case Signal::traces: return "traces";
    case Signal::metrics: return "metrics";
    case Signal::logs: return "logs";
    case Signal::profiles: return "profiles";
  }
  return "";
}

std::string contexts_list(ContextMask mask) {
  std::string out;
  for (std::size_t i = 0; i < kContextCount; ++i) {
    if ((mask & bit(static_cast<Context>(i))) == 0) continue;
    if (!out.empty()) out += ", ";
    out += context_name(static_cast<Context>(i));
  }
  return out;
}

std::string no_context_message(const Options& options, Context context) {
  Options whole_signal;
  whole_signal.signal = options.signal;
  if ((allowed_mask(whole_signal) & bit(context)) == 0)
    return fmt::format("the {} signal has no {} context", signal_name(options.signal), context_name(context));
  return fmt::format("the {} context is not available here", context_name(context));
}

std::span<const Context> allowed_contexts(const Options& options) {
  return options.contexts.empty() ? contexts_of(options.signal) : options.contexts;
}

ContextMask allowed_mask(const Options& options) {
  ContextMask m = 0;
  for (Context c : allowed_contexts(options)) m |= bit(c);
  return m;
}

ContextMask reachable_from(Context from) {
  const ContextMask top = bit(Context::resource) | bit(Context::scope);
  switch (from) {
    case Context::resource: return bit(Context::resource);
    case Context::scope: return top;
    case Context::datapoint: return top | bit(Context::metric) | bit(Context::datapoint);
    case Context::spanevent: return top | bit(Context::span) | bit(Context::spanevent);
    default: return top | bit(from);
  }
}

int inference_priority(Context context) {
  switch (context) {
    case Context::log: return 0;
    case Context::datapoint: return 1;
    case Context::metric: return 2;
    case Context::spanevent: return 3;
    case Context::span: return 4;
    case Context::resource: return 5;
    case Context::scope: return 6;
    case Context::profile: return 7;  // not in the inferrer's list: chosen only when nothing else is
  }
  return 8;
}

std::vector<Context> lower_contexts(Context context, const Options& options) {
  std::vector<Context> out;
  for (Context c : allowed_contexts(options)) {
    if (c != context && (reachable_from(c) & bit(context)) != 0) out.push_back(c);
  }
  std::sort(out.begin(), out.end(),
            [](Context left, Context right) { return inference_priority(left) < inference_priority(right); });
  return out;
}

}  // namespace telc::ottl
