#pragma once
// Look-ups shared by the event rules (events/*): the registry's event groups and the words of their
// names, judged against the pattern <prefix>.<entity>[.<thing>].<verb> of OpenTelemetry's event
// guides (an event name is a stable, type-like identifier; its last segment says what happened).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/model.hpp"

namespace telc::lint::events {

/// An event group of the registry and its name (v1 `name`, v2 `name`).
struct Event {
  const model::SemconvGroup* group;
  const model::Str* name;
};

[[nodiscard]] inline std::vector<Event> registry_events(const model::Model& model) {
  std::vector<Event> out;
  for (const model::Registry& r : model.registries)
    for (const model::SemconvGroup& g : r.groups)
      if (g.type.value == "event" && g.signal_name && !g.signal_name->value.empty())
        out.push_back({&g, &*g.signal_name});
  return out;
}

/// The '.'-separated segments of a name (empty ones kept, so `a..b` has three).
[[nodiscard]] inline std::vector<std::string_view> segments(std::string_view name) {
  std::vector<std::string_view> out;
  for (std::size_t start = 0;;) {
    const std::size_t dot = name.find('.', start);
    out.push_back(name.substr(start, dot == std::string_view::npos ? dot : dot - start));
    if (dot == std::string_view::npos) return out;
    start = dot + 1;
  }
}

/// A verb that fragments names across synonyms or tenses, and the one the guide asks for instead.
struct Discouraged {
  std::string_view word;
  std::string_view preferred;
};

// One success verb (complete), one failure verb (fail), one external (cancel) and one internal
// (abort) termination verb; the present tense of the others.
inline constexpr Discouraged kDiscouraged[] = {
    {"error", "fail"},         {"errored", "fail"},       {"errors", "fail"},       {"failed", "fail"},
    {"failure", "fail"},       {"finish", "complete"},    {"finished", "complete"}, {"done", "complete"},
    {"completed", "complete"}, {"succeeded", "complete"}, {"success", "complete"},  {"canceled", "cancel"},
    {"cancelled", "cancel"},   {"aborted", "abort"},      {"timedout", "timeout"},  {"started", "start"},
    {"stopped", "stop"},       {"created", "create"},     {"initialized", "init"},  {"paused", "pause"},
    {"resumed", "resume"},     {"applied", "apply"},      {"flushed", "flush"},     {"dropped", "drop"},
    {"retried", "retry"}};

[[nodiscard]] inline const Discouraged* discouraged(std::string_view word) {
  for (const Discouraged& d : kDiscouraged)
    if (d.word == word) return &d;
  return nullptr;
}

/// The discouraged verb a name ends with: its last segment, or the last word of a snake_case last
/// segment (`export_error`); with the name rewritten to the preferred verb as its own segment.
struct DiscouragedUse {
  const Discouraged* verb;
  std::string suggestion;
};

[[nodiscard]] inline std::optional<DiscouragedUse> discouraged_use(std::string_view name) {
  const std::size_t dot = name.rfind('.');
  const std::string_view head = dot == std::string_view::npos ? std::string_view() : name.substr(0, dot + 1);
  const std::string_view last = dot == std::string_view::npos ? name : name.substr(dot + 1);
  if (const Discouraged* d = discouraged(last)) return DiscouragedUse{d, std::string(head) + std::string(d->preferred)};
  const std::size_t underscore = last.rfind('_');
  if (underscore == std::string_view::npos) return std::nullopt;
  const Discouraged* d = discouraged(last.substr(underscore + 1));
  if (d == nullptr) return std::nullopt;
  return DiscouragedUse{d,
                        std::string(head) + std::string(last.substr(0, underscore)) + "." + std::string(d->preferred)};
}

}  // namespace telc::lint::events
