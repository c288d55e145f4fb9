// The OTTL inside filter and transform processors, parsed and checked as the processors'
// Validate() does at start-up (pkg/ottl through lib/ottl): flat lists are one group whose context
// is inferred from path prefixes, groups name their context or have it inferred, and the legacy
// filter fields (`metrics.datapoint`, `traces.span`, …) fix the context. Shapes (which key takes
// what, unknown contexts, mixed styles) are values.cpp's and constraints.cpp's business: here a
// malformed group is skipped, never reported twice.
#include <algorithm>
#include <array>
#include <deque>

#include "otelcol/context.hpp"
#include "ottl/check.hpp"

namespace telc::otelcol {
namespace {

using Ctx = ottl::Context;

struct OttlField {
  std::string_view key;  // trace_conditions, metric_statements, …
  ottl::Signal signal;
};

// processor/filterprocessor/config.go and processor/transformprocessor/config.go (contrib
// 0.159.0): the context-inferred fields, from 0.146.0 for the filter.
constexpr std::array kFilterFields{
    OttlField{"log_conditions", ottl::Signal::logs}, OttlField{"metric_conditions", ottl::Signal::metrics},
    OttlField{"profile_conditions", ottl::Signal::profiles}, OttlField{"trace_conditions", ottl::Signal::traces}};
constexpr std::array kTransformFields{
    OttlField{"log_statements", ottl::Signal::logs}, OttlField{"metric_statements", ottl::Signal::metrics},
    OttlField{"profile_statements", ottl::Signal::profiles}, OttlField{"trace_statements", ottl::Signal::traces}};

struct Legacy {
  std::string_view section;  // metrics, traces, logs, profiles
  std::string_view key;      // the field under it
  ottl::Signal signal;
  Ctx context;
};
// filterprocessor/config.go: MetricFilters, TraceFilters, LogFilters, ProfileFilters.
constexpr std::array kFilterLegacy{
    Legacy{"logs", "log_record", ottl::Signal::logs, Ctx::log},
    Legacy{"logs", "resource", ottl::Signal::logs, Ctx::resource},
    Legacy{"metrics", "datapoint", ottl::Signal::metrics, Ctx::datapoint},
    Legacy{"metrics", "metric", ottl::Signal::metrics, Ctx::metric},
    Legacy{"metrics", "resource", ottl::Signal::metrics, Ctx::resource},
    Legacy{"profiles", "profile", ottl::Signal::profiles, Ctx::profile},
    Legacy{"profiles", "resource", ottl::Signal::profiles, Ctx::resource},
    Legacy{"traces", "resource", ottl::Signal::traces, Ctx::resource},
    Legacy{"traces", "span", ottl::Signal::traces, Ctx::span},
    Legacy{"traces", "spanevent", ottl::Signal::traces, Ctx::spanevent},
};

/// Located texts keep pointers into it: a deque never moves what it holds.
using Storage = std::deque<diag::EmbeddedText>;

/// The strings of a list, located; nullopt when an item is not a string (a shape error). A value
/// with a `${…}` reference is only known once the collector expands it, so it is left out.
std::optional<std::vector<ottl::Text>> strings_at(const Context& cx, const std::string& pointer, Storage& storage,
                                                  bool skip_non_strings = false) {
  const nlohmann::json* list = cx.at(pointer);
  if (list == nullptr || !list->is_array()) return std::nullopt;
  std::vector<ottl::Text> out;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const nlohmann::json& item = (*list)[i];
    if (!item.is_string()) {
      if (skip_non_strings) continue;
      return std::nullopt;
    }
    const std::string& text = item.get_ref<const std::string&>();
    if (text.find("${") != std::string::npos) continue;
    storage.push_back(cx.where.text(schema::child_pointer(pointer, i)));
    out.push_back({text, &storage.back()});
  }
  return out;
}

struct Group {
  std::vector<ottl::Text> statements;
  std::vector<ottl::Text> conditions;
};

void check_one(const Context& cx, const Group& group, ottl::Options options) {
  if (group.statements.empty() && group.conditions.empty()) return;
  (void)ottl::check_group(group.statements, group.conditions, options, cx.sink);
}

/// One entry of a `*_conditions` / `*_statements` list in the advanced style: a mapping with an
/// optional `context`.
void check_advanced(const Context& cx, const std::string& pointer, ottl::Options options, bool transform) {
  const nlohmann::json* entry = cx.at(pointer);
  if (entry == nullptr || !entry->is_object()) return;
  if (const auto it = entry->find("context"); it != entry->end()) {
    if (!it->is_string()) return;
    const std::optional<Ctx> context = ottl::parse_context(it->get_ref<const std::string&>());
    // An unknown context, or one the signal lacks, is the shape checks' finding (collector/enum).
    if (!context) return;
    const auto signal_contexts = ottl::contexts_of(options.signal);
    if (std::find(signal_contexts.begin(), signal_contexts.end(), *context) == signal_contexts.end()) return;
    options.context = context;
  }
  Storage storage;
  Group group;
  if (transform) {
    if (auto s = strings_at(cx, pointer + "/statements", storage)) group.statements = std::move(*s);
  }
  if (auto c = strings_at(cx, pointer + "/conditions", storage)) group.conditions = std::move(*c);
  check_one(cx, group, options);
}

void check_field(const Context& cx, const std::string& processor, const OttlField& field, ottl::Options options,
                 bool transform) {
  const std::string pointer = schema::child_pointer(processor, field.key);
  const nlohmann::json* list = cx.at(pointer);
  if (list == nullptr || !list->is_array()) return;
  options.signal = field.signal;
  bool flat = false;
  for (std::size_t i = 0; i < list->size(); ++i) {
    if ((*list)[i].is_string()) {
      flat = true;
      continue;
    }
    check_advanced(cx, schema::child_pointer(pointer, i), options, transform);
  }
  if (!flat) return;
  // The basic style: every string of the list is one group (Unmarshal in both processors).
  Storage storage;
  std::vector<ottl::Text> texts = *strings_at(cx, pointer, storage, true);
  check_one(cx, transform ? Group{std::move(texts), {}} : Group{{}, std::move(texts)}, options);
}

void check_filter(const Context& cx, const std::string& processor, const ottl::Options& base) {
  if (cx.version >= Version{0, 146, 0})
    for (const OttlField& field : kFilterFields) check_field(cx, processor, field, base, false);
  for (const Legacy& legacy : kFilterLegacy) {
    Storage storage;
    const std::string pointer = schema::child_pointer(schema::child_pointer(processor, legacy.section), legacy.key);
    const auto conditions = strings_at(cx, pointer, storage);
    if (!conditions) continue;
    ottl::Options options = base;
    options.signal = legacy.signal;
    options.context = legacy.context;
    check_one(cx, Group{{}, *conditions}, options);
  }
}

void check_transform(const Context& cx, const std::string& processor, const ottl::Options& base) {
  for (const OttlField& field : kTransformFields) check_field(cx, processor, field, base, true);
}

/// The signal whose processors have `context`; resource and scope exist in every signal.
ottl::Signal signal_of(Ctx context) {
  switch (context) {
    case Ctx::span:
    case Ctx::spanevent: return ottl::Signal::traces;
    case Ctx::log: return ottl::Signal::logs;
    case Ctx::profile: return ottl::Signal::profiles;
    default: return ottl::Signal::metrics;
  }
}

/// connector/routingconnector/config.go: each table route has a `statement` (route() where …)
/// or a `condition`, read in its `context` (resource when absent). The `request` context reads
/// request metadata with a grammar of its own and is left alone.
void check_routing(const Context& cx, const std::string& connector, ottl::Options options) {
  options.processor = ottl::Processor::routing;
  const nlohmann::json* table = cx.at(schema::child_pointer(connector, "table"));
  if (table == nullptr || !table->is_array()) return;
  for (std::size_t i = 0; i < table->size(); ++i) {
    const nlohmann::json& route = (*table)[i];
    if (!route.is_object()) continue;
    const std::string at = schema::child_pointer(schema::child_pointer(connector, "table"), i);
    const auto context_field = route.find("context");
    const std::string name =
        context_field != route.end() && context_field->is_string() ? context_field->get<std::string>() : "resource";
    const std::optional<Ctx> context = ottl::parse_context(name);
    if (!context) continue;  // `request`, or a value the shape checks report
    options.context = context;
    options.signal = signal_of(*context);
    Storage storage;
    Group group;
    for (const char* key : {"statement", "condition"}) {
      const auto it = route.find(key);
      if (it == route.end() || !it->is_string()) continue;
      const std::string& text = it->get_ref<const std::string&>();
      if (text.empty() || text.find("${") != std::string::npos) continue;
      storage.push_back(cx.where.text(schema::child_pointer(at, key)));
      (std::string_view(key) == "statement" ? group.statements : group.conditions).push_back({text, &storage.back()});
    }
    check_one(cx, group, options);
  }
}

}  // namespace

void check_ottl(const Context& cx) {
  ottl::Options base;
  base.minor = cx.version.major == 0 ? cx.version.minor : 159;
  for (const auto& [id, defined] : cx.of(Kind::processor)) {
    const nlohmann::json* config = cx.at(entry_pointer("processors", id));
    if (config == nullptr || !config->is_object()) continue;
    const std::string pointer = entry_pointer("processors", id);
    if (defined.type == "filter") {
      base.processor = ottl::Processor::filter;
      check_filter(cx, pointer, base);
    } else if (defined.type == "transform") {
      base.processor = ottl::Processor::transform;
      check_transform(cx, pointer, base);
    }
  }
  for (const auto& [id, defined] : cx.of(Kind::connector)) {
    if (defined.type == "routing") check_routing(cx, entry_pointer("connectors", id), base);
  }
}

}  // namespace telc::otelcol
