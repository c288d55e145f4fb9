// service.pipelines: IDs, references, signals, connectors, processor order, unused components
// (otelcol/config.go Validate, service/pipelines/config.go, and what graph.Build instantiates).
#include <set>

#include <fmt/format.h>

#include "otelcol/context.hpp"
#include "otelcol/ids.hpp"

namespace telc::otelcol {
namespace {

const std::string kPipelineKeys[] = {"exporters", "processors", "receivers"};

struct Use {
  std::string pointer;  // the reference inside the pipeline
  Signal signal;
  std::string pipeline;  // the pipeline's ID
};

/// What the pipelines reference, gathered while they are checked.
struct Uses {
  std::set<std::pair<Kind, std::string>> used;
  std::map<std::string, std::vector<Use>> connector_out;  // connector as a pipeline's exporter
  std::map<std::string, std::vector<Use>> connector_in;   // connector as a pipeline's receiver
};

struct Pipeline {
  const Context& cx;
  std::string id;
  std::string pointer;
  Signal signal;
  Uses& uses;
};

std::string_view signal_name(Signal signal) {
  return signal == kTraces ? "traces" : signal == kMetrics ? "metrics" : "logs";
}

std::string signal_list(std::uint8_t bits) {
  std::vector<std::string_view> names;
  for (Signal s : {kTraces, kMetrics, kLogs})
    if ((bits & s) != 0) names.push_back(signal_name(s));
  return fmt::format("{}", fmt::join(names, ", "));
}

std::optional<Signal> parse_signal(std::string_view text) {
  if (text == "traces") return kTraces;
  if (text == "metrics") return kMetrics;
  if (text == "logs") return kLogs;
  return std::nullopt;
}

void check_signal(const Pipeline& pipeline, Kind kind, const std::string& ref, const Defined& defined,
                  const std::string& at) {
  if (pipeline.signal == 0 || defined.info == nullptr || kind == Kind::connector ||
      (defined.info->signals & pipeline.signal) != 0)
    return;
  pipeline.cx.error("collector/signal-unsupported", pipeline.cx.where.value(at),
                    fmt::format("{} '{}' cannot carry {}, but pipeline '{}' is a {} pipeline", kind_name(kind), ref,
                                signal_name(pipeline.signal), pipeline.id, signal_name(pipeline.signal)),
                    fmt::format("'{}' supports: {}", defined.type, signal_list(defined.info->signals)));
}

void report_undefined(const Pipeline& pipeline, std::string_view role, const std::string& ref, const std::string& at,
                      std::initializer_list<Kind> kinds) {
  std::vector<std::string> ids;
  for (Kind k : kinds)
    for (const auto& [id, d] : pipeline.cx.of(k)) ids.push_back(id);
  const std::string sections = kinds.size() == 1 ? fmt::format("'{}'", section_name(*kinds.begin()))
                                                 : fmt::format("'{}' or 'connectors'", section_name(*kinds.begin()));
  pipeline.cx.error("collector/undefined-component", pipeline.cx.where.value(at),
                    fmt::format("pipeline '{}' references {} '{}', which is not defined", pipeline.id, role, ref),
                    suggest(ref, ids, fmt::format("define it under {}", sections)));
}

/// Resolves one reference; records connector uses for the wiring check.
void check_reference(const Pipeline& pipeline, Kind kind, const std::string& ref, const std::string& at) {
  const bool connector_ok = kind != Kind::processor;
  if (const auto it = pipeline.cx.of(kind).find(ref); it != pipeline.cx.of(kind).end()) {
    pipeline.uses.used.emplace(kind, ref);
    return check_signal(pipeline, kind, ref, it->second, at);
  }
  if (connector_ok && pipeline.cx.of(Kind::connector).count(ref) != 0) {
    pipeline.uses.used.emplace(Kind::connector, ref);
    if (pipeline.signal == 0) return;
    (kind == Kind::exporter ? pipeline.uses.connector_out : pipeline.uses.connector_in)[ref].push_back(
        {at, pipeline.signal, pipeline.id});
    return;
  }
  if (connector_ok) return report_undefined(pipeline, kind_name(kind), ref, at, {kind, Kind::connector});
  report_undefined(pipeline, kind_name(kind), ref, at, {kind});
}

void check_processor_order(const Pipeline& pipeline, const std::vector<std::pair<std::string, std::string>>& refs) {
  std::map<std::string, std::string> seen;
  for (std::size_t i = 0; i < refs.size(); ++i) {
    const auto& [ref, at] = refs[i];
    if (const auto [it, fresh] = seen.emplace(ref, at); !fresh)
      pipeline.cx.sink.report({diag::Severity::error,
                               "collector/duplicate-processor",
                               fmt::format("pipeline '{}' lists processor '{}' twice", pipeline.id, ref),
                               pipeline.cx.where.value(at),
                               "a processor runs once per pipeline: remove the repeat",
                               {{pipeline.cx.where.value(it->second), "first listed here"}}});
    const auto d = pipeline.cx.of(Kind::processor).find(ref);
    if (i > 0 && d != pipeline.cx.of(Kind::processor).end() && d->second.type == "memory_limiter")
      pipeline.cx.report(
          diag::Severity::warning, "collector/memory-limiter-order", pipeline.cx.where.value(at),
          fmt::format("memory_limiter '{}' is not the first processor of pipeline '{}'", ref, pipeline.id),
          "put it first, so data is refused before other processors spend memory on it");
  }
}

using Refs = std::vector<std::pair<std::string, std::string>>;  // (ID, pointer)

/// The string items of one list (receivers/processors/exporters); nullopt when it is no list.
std::optional<Refs> list_refs(const Pipeline& pipeline, std::string_view key) {
  Refs out;
  const std::string pointer = schema::child_pointer(pipeline.pointer, key);
  const nlohmann::json* list = pipeline.cx.at(pointer);
  if (list == nullptr || list->is_null()) return out;
  if (!list->is_array()) {
    pipeline.cx.error("collector/type", pipeline.cx.where.value(pointer),
                      fmt::format("'{}' must be a list of component IDs", key));
    return std::nullopt;
  }
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string at = schema::child_pointer(pointer, i);
    if ((*list)[i].is_string())
      out.emplace_back((*list)[i].get<std::string>(), at);
    else
      pipeline.cx.error("collector/type", pipeline.cx.where.value(at), "a pipeline entry must be a component ID");
  }
  return out;
}

void check_role(const Pipeline& pipeline, Kind kind, std::string_view key) {
  const auto listed = list_refs(pipeline, key);
  if (!listed) return;
  const Refs& refs = *listed;
  if (refs.empty() && kind != Kind::processor)
    pipeline.cx.error("collector/empty-pipeline", pipeline.cx.where.key(pipeline.pointer),
                      fmt::format("pipeline '{}' has no {}", pipeline.id, key),
                      fmt::format("list at least one {}", kind_name(kind)));
  for (const auto& [ref, at] : refs) check_reference(pipeline, kind, ref, at);
  if (kind == Kind::processor) check_processor_order(pipeline, refs);
}

std::optional<Signal> check_pipeline_id(const Context& cx, const std::string& id, const std::string& pointer) {
  const SplitId split = split_id(id);
  const auto signal = parse_signal(split.type);
  std::string problem = signal ? std::string() : fmt::format("'{}' is not a signal", split.type);
  if (problem.empty() && split.has_slash) problem = name_error(split.name);
  if (problem.empty()) return signal;
  cx.error("collector/bad-pipeline-id", cx.where.key(pointer), fmt::format("invalid pipeline ID '{}': {}", id, problem),
           split.type == "profiles" ? "profiles pipelines need the service.profilesSupport feature gate"
                                    : "a pipeline ID is traces, metrics or logs, optionally followed by /name");
  return std::nullopt;
}

void check_pipeline(const Context& cx, const std::string& id, const nlohmann::json& body, Uses& uses) {
  const std::string pointer = schema::child_pointer("/service/pipelines", id);
  const auto signal = check_pipeline_id(cx, id, pointer);
  if (body.is_null()) {
    cx.error("collector/empty-pipeline", cx.where.key(pointer), fmt::format("pipeline '{}' is empty", id),
             "list its receivers and exporters");
    return;
  }
  if (!body.is_object()) {
    cx.error("collector/type", cx.where.value(pointer), fmt::format("pipeline '{}' must be a mapping", id));
    return;
  }
  for (const auto& [key, value] : body.items())
    if (std::find(std::begin(kPipelineKeys), std::end(kPipelineKeys), key) == std::end(kPipelineKeys))
      cx.error("collector/unknown-key", cx.where.key(schema::child_pointer(pointer, key)),
               fmt::format("unknown key '{}' in pipeline '{}'", key, id),
               suggest(key, kPipelineKeys, "allowed: receivers, processors, exporters"));
  const Pipeline p{cx, id, pointer, signal.value_or(Signal{}), uses};  // 0: signal checks skipped
  check_role(p, Kind::receiver, "receivers");
  check_role(p, Kind::processor, "processors");
  check_role(p, Kind::exporter, "exporters");
}

/// Each use of a connector needs a partner on the other side it can pass the signal to:
/// otelcol fails with "used as exporter in X pipeline but not used in any supported receiver pipeline".
void check_connector_side(const Context& cx, const std::string& id, const std::vector<Use>& side,
                          const std::vector<Use>& other, bool as_exporter) {
  const auto d = cx.of(Kind::connector).find(id);
  const bool same_signal = d != cx.of(Kind::connector).end() && d->second.info && d->second.info->shape;
  for (const Use& use : side) {
    const bool partnered = std::any_of(other.begin(), other.end(), [&](const Use& other_use) {
      return !same_signal || other_use.signal == use.signal;
    });
    if (partnered) continue;
    cx.error("collector/connector-wiring", cx.where.value(use.pointer),
             fmt::format("connector '{}' is used as {} in a {} pipeline but as {} in no {}pipeline", id,
                         as_exporter ? "exporter" : "receiver", signal_name(use.signal),
                         as_exporter ? "receiver" : "exporter",
                         same_signal ? fmt::format("{} ", signal_name(use.signal)) : std::string()),
             fmt::format("list '{}' under {} of a {}pipeline", id, as_exporter ? "receivers" : "exporters",
                         same_signal ? fmt::format("{} ", signal_name(use.signal)) : std::string()));
  }
}

void check_connectors(const Context& cx, const Uses& uses) {
  static const std::vector<Use> kNone;
  for (const auto& [id, d] : cx.of(Kind::connector)) {
    const auto out = uses.connector_out.find(id), in = uses.connector_in.find(id);
    const auto& outs = out == uses.connector_out.end() ? kNone : out->second;
    const auto& ins = in == uses.connector_in.end() ? kNone : in->second;
    check_connector_side(cx, id, outs, ins, true);
    check_connector_side(cx, id, ins, outs, false);
  }
}

/// A pipeline-to-pipeline edge through a connector: `from` exports to it at `pointer`.
struct Edge {
  std::string to;
  std::string connector;
  std::string pointer;
};
using Graph = std::map<std::string, std::vector<Edge>>;

Graph connector_graph(const Context& cx, const Uses& uses) {
  Graph graph;
  for (const auto& [id, outs] : uses.connector_out) {
    const auto in = uses.connector_in.find(id);
    if (in == uses.connector_in.end()) continue;
    const auto d = cx.of(Kind::connector).find(id);
    const bool same_signal = d != cx.of(Kind::connector).end() && d->second.info && d->second.info->shape;
    for (const Use& out : outs)
      for (const Use& use : in->second)
        if (!same_signal || out.signal == use.signal) graph[out.pipeline].push_back({use.pipeline, id, out.pointer});
  }
  return graph;
}

struct CycleSearch {
  const Context& cx;
  const Graph& graph;
  std::map<std::string, int> state;  // 1: on the current path, 2: done
  std::vector<std::pair<std::string, const Edge*>> path;

  void report(const Edge& back) const {
    std::string chain;
    bool inside = false;
    for (const auto& [pipeline, edge] : path) {
      inside = inside || pipeline == back.to;
      if (inside) chain += fmt::format("{} -> {} -> ", pipeline, edge->connector);
    }
    chain += back.to;
    cx.error("collector/pipeline-cycle", cx.where.value(back.pointer),
             fmt::format("connector '{}' closes a pipeline cycle: {}", back.connector, chain),
             "the collector rejects cycles between pipelines: export to a connector that does not lead back");
  }

  void visit(const std::string& pipeline) {
    state[pipeline] = 1;
    if (const auto it = graph.find(pipeline); it != graph.end())
      for (const Edge& edge : it->second) {
        path.emplace_back(pipeline, &edge);
        if (state[edge.to] == 1) report(edge);
        if (state[edge.to] == 0) visit(edge.to);
        path.pop_back();
      }
    state[pipeline] = 2;
  }
};

/// service/internal/graph Build fails on a cycle ("cycle detected"): pipeline A exports to a
/// connector whose receiver side feeds B, and so on back to A.
void check_cycles(const Context& cx, const Uses& uses) {
  const Graph graph = connector_graph(cx, uses);
  CycleSearch search{cx, graph, {}, {}};
  for (const auto& [pipeline, edges] : graph)
    if (search.state[pipeline] == 0) search.visit(pipeline);
}

void check_unused(const Context& cx, const Uses& uses) {
  for (Kind kind : {Kind::receiver, Kind::processor, Kind::exporter, Kind::connector})
    for (const auto& [id, d] : cx.of(kind)) {
      if (uses.used.count({kind, id}) != 0) continue;
      cx.report(diag::Severity::note, "collector/unused-component", cx.where.key(entry_pointer(section_name(kind), id)),
                fmt::format("{} '{}' is defined but not used in any pipeline", kind_name(kind), id),
                "the collector does not start it: add it to a pipeline or remove it");
    }
}

}  // namespace

void check_pipelines(const Context& cx) {
  const nlohmann::json* pipelines = cx.at("/service/pipelines");
  const nlohmann::json* service = cx.at("/service");
  if (service == nullptr || !service->is_object()) return;  // reported by check_layout
  if (pipelines == nullptr || !pipelines->is_object() || pipelines->empty()) {
    cx.error("collector/no-pipelines", cx.where.key(pipelines ? "/service/pipelines" : "/service"),
             "the service defines no pipelines",
             "add service.pipelines.<signal>: {receivers: [...], exporters: [...]}");
    return;
  }
  Uses uses;
  for (const auto& [id, body] : pipelines->items()) check_pipeline(cx, id, body, uses);
  check_connectors(cx, uses);
  check_cycles(cx, uses);
  check_unused(cx, uses);
}

}  // namespace telc::otelcol
