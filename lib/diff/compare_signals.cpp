// Registry signals (metrics, events, spans, entities) and public attribute groups, by Weaver's
// backwards-compatibility policy: none is removed (a deprecated one stays), a stable one stays
// stable, and a stable one keeps its shape — a metric its unit, instrument and set of required
// and recommended attributes, an event or span its attributes (a span its kind), an entity its
// identity and description, a public group its attributes (it may gain opt_in ones).
#include <algorithm>

#include <fmt/format.h>

#include "diff/compare_internal.hpp"

namespace telc::diff::detail {
namespace {

bool stable(const std::optional<model::Str>& stability) { return stability && stability->value == "stable"; }

/// The metric shapes behind a registry metric signal, in both models (null for other signals).
struct MetricPair {
  const model::MetricDefinition* base = nullptr;
  const model::MetricDefinition* current = nullptr;
};

MetricPair metric_pair(const Signal& was, const Signal* now) {
  MetricPair out;
  if (was.group->metric) out.base = &*was.group->metric;
  if (now != nullptr && now->group->metric) out.current = &*now->group->metric;
  return out;
}

/// What a change to the signal breaks for queries: the metric's names, when it is a metric.
void queries(Change& change, const MetricPair& metric, const Changes& out, bool with_current = false) {
  if (metric.base != nullptr) out.metric_names(change, *metric.base, with_current ? metric.current : nullptr);
}

std::string_view removal_hint(std::string_view element) {
  if (element == "attribute_group") return "keep the group and mark it deprecated: other registries reference it";
  return "keep it and mark it deprecated (deprecated: {reason: obsoleted}, or renamed with renamed_to)";
}

/// Attribute keys of `signal` for which `keep` holds.
template <typename Keep> std::vector<std::string> keys(const Signal& signal, Keep keep) {
  std::vector<std::string> out;
  for (const auto& [key, used] : signal.attributes)
    if (keep(*used.entry)) out.push_back(key);
  return out;
}

bool contains(const std::vector<std::string>& keys, const std::string& key) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

struct SignalPair {
  const Signal& was;
  const Signal& now;
  MetricPair metric;
};

/// One attribute-dropped change per key in `before` and not in `after`.
void dropped(const SignalPair& pair, const std::vector<std::string>& before, const std::vector<std::string>& after,
             std::string_view where, Changes& out) {
  for (const std::string& key : before) {
    if (contains(after, key)) continue;
    Change& change =
        out.add("diff/attribute-dropped", pair.was.element, pair.was.name, pair.was.group->stability,
                fmt::format("no longer has attribute '{}'{}", key, where),
                "a stable signal keeps its attributes: restore it (it may be deprecated), or define a new signal",
                pair.now.span, pair.was.attributes.at(key).where);
    change.label = key;
    queries(change, pair.metric, out);
  }
}

/// One attribute-added change per key in `after` and not in `before`.
void added(const SignalPair& pair, const std::vector<std::string>& before, const std::vector<std::string>& after,
           std::string_view code, std::string_view what, Changes& out) {
  for (const std::string& key : after) {
    if (contains(before, key)) continue;
    Change& change = out.add(std::string(code), pair.was.element, pair.was.name, pair.was.group->stability,
                             fmt::format(fmt::runtime(what), key),
                             code == "diff/identity-changed"
                                 ? "a stable entity keeps its identity: define a new entity type instead"
                                 : "add it as opt_in (requirement_level: opt_in), or in a new signal or group",
                             pair.now.attributes.at(key).where, pair.was.span);
    change.label = key;
    queries(change, pair.metric, out);
  }
}

bool not_opt_in(const model::SemconvAttribute& attr) { return !attr.opt_in; }
bool any(const model::SemconvAttribute& /*attr*/) { return true; }

/// The changes every consumer sees, whatever the signal's stability (its severity says how much
/// that matters): a metric's unit and instrument (its Prometheus name may change with them) and a
/// span's kind.
void compare_identity(const SignalPair& pair, Changes& out) {
  const model::SemconvGroup& was = *pair.was.group;
  const model::SemconvGroup& now = *pair.now.group;
  const std::string& element = pair.was.element;
  if (element == "span" && shown(was.span_kind) != shown(now.span_kind))
    out.add("diff/span-kind-changed", element, pair.was.name, was.stability,
            fmt::format("changed kind (was '{}', now '{}')", shown(was.span_kind), shown(now.span_kind)),
            "keep the span's kind: define a new span type for the new kind", span_or(now.span_kind, pair.now.span),
            span_or(was.span_kind, pair.was.span));
  if (element != "metric" || pair.metric.base == nullptr || pair.metric.current == nullptr) return;
  const model::MetricDefinition& before = *pair.metric.base;
  const model::MetricDefinition& after = *pair.metric.current;
  if (before.unit.value != after.unit.value) {
    Change& change = out.add("diff/unit-changed", element, pair.was.name, was.stability,
                             fmt::format("changed unit (was '{}', now '{}')", before.unit.value, after.unit.value),
                             "keep the unit: define a new metric with the new unit and deprecate this one",
                             after.unit.span, before.unit.span);
    queries(change, pair.metric, out, true);
  }
  if (before.instrument_kind != after.instrument_kind) {
    Change& change =
        out.add("diff/instrument-changed", element, pair.was.name, was.stability,
                fmt::format("changed instrument (was '{}', now '{}')", before.instrument.value, after.instrument.value),
                "keep the instrument: define a new metric with the new instrument and deprecate this one",
                after.instrument.span, before.instrument.span);
    queries(change, pair.metric, out, true);
  }
}

/// The shape rules, for a signal that was stable.
void compare_shape(const SignalPair& pair, Changes& out) {
  const std::string& element = pair.was.element;
  if (element == "metric" && pair.metric.base != nullptr && pair.metric.current != nullptr) {
    // The set of required and recommended attributes stays the same, both ways.
    const std::vector<std::string> before_keys = keys(pair.was, not_opt_in);
    const std::vector<std::string> after_keys = keys(pair.now, not_opt_in);
    dropped(pair, before_keys, after_keys, " among its required and recommended ones", out);
    added(pair, before_keys, after_keys, "diff/attribute-added", "now has required or recommended attribute '{}'", out);
  } else if (element == "event" || element == "span") {
    dropped(pair, keys(pair.was, any), keys(pair.now, any), "", out);
  } else if (element == "entity") {
    const auto identity = [](const model::SemconvAttribute& attr) { return attr.identifying; };
    const auto description = [](const model::SemconvAttribute& attr) { return !attr.identifying; };
    const std::vector<std::string> before_identity = keys(pair.was, identity);
    const std::vector<std::string> after_identity = keys(pair.now, identity);
    dropped(pair, before_identity, after_identity, " from its identity", out);
    dropped(pair, keys(pair.was, description), keys(pair.now, description), " from its description", out);
    added(pair, before_identity, after_identity, "diff/identity-changed", "added attribute '{}' to its identity", out);
  } else if (element == "attribute_group") {
    dropped(pair, keys(pair.was, any), keys(pair.now, any), "", out);
    added(pair, keys(pair.was, not_opt_in), keys(pair.now, not_opt_in), "diff/attribute-added",
          "now has required or recommended attribute '{}'", out);
  }
}

void compare_signal(const Signal& was, const Signal& now, const RegistryView& current, Changes& out) {
  const SignalPair pair{was, now, metric_pair(was, &now)};
  const model::SemconvGroup& before = *was.group;
  const model::SemconvGroup& after = *now.group;
  if (!renamed(before.deprecated) && renamed(after.deprecated)) {
    const model::Str& to = *after.deprecated->renamed_to;
    Change& change =
        out.add("diff/renamed", was.element, was.name, before.stability, fmt::format("was renamed to '{}'", to.value),
                fmt::format("queries of '{}' find no new data once producers switch: update them to "
                            "'{}', or emit both names during the transition",
                            was.name, to.value),
                to.span, was.span);
    change.renamed_to = to.value;
    if (pair.metric.base != nullptr) {
      out.metric_names(change, *pair.metric.base);
      // The new name's Prometheus form: of the metric it names, else in the old shape.
      model::MetricDefinition target = *pair.metric.base;
      auto found = current.metrics.find(to.value);
      if (found != current.metrics.end()) target = *found->second;
      target.name.value = to.value;
      change.new_prometheus_name = out.prometheus_name(target);
    }
  }
  compare_identity(pair, out);
  if (!stable(before.stability)) {
    const int was_rank = model::semconv::stability_rank(shown(before.stability));
    const int now_rank = model::semconv::stability_rank(shown(after.stability));
    if (now_rank != 0 && now_rank < was_rank)
      out.add(
          "diff/stability-downgraded", was.element, was.name, before.stability,
          fmt::format("went down in stability (was '{}', now '{}')", shown(before.stability), shown(after.stability)),
          "keep the stability, or deprecate the signal and define a new one", span_or(after.stability, now.span),
          span_or(before.stability, was.span));
    return;
  }
  if (!stable(after.stability)) {
    Change& change = out.add("diff/stability-downgraded", was.element, was.name, before.stability,
                             fmt::format("is no longer stable (was 'stable', now '{}')", shown(after.stability)),
                             "a stable signal stays stable: deprecate it and define a new one instead",
                             span_or(after.stability, now.span), span_or(before.stability, was.span));
    queries(change, pair.metric, out);
  }
  compare_shape(pair, out);
}

}  // namespace

void compare_signals(const RegistryView& base, const RegistryView& current, Changes& out) {
  for (const auto& [key, was] : base.signals) {
    auto found = current.signals.find(key);
    if (found != current.signals.end()) {
      compare_signal(was, found->second, current, out);
      continue;
    }
    Change& change = out.add("diff/removed", was.element, was.name, was.group->stability, "was removed",
                             std::string(removal_hint(was.element)), {}, was.span);
    queries(change, metric_pair(was, nullptr), out);
  }
}

}  // namespace telc::diff::detail
