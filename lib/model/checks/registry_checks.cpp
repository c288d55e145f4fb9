// A registry is every registry file among the inputs, read as one: ids are unique across files and
// references resolve across files, as `weaver registry check` resolves them.
#include <map>
#include <vector>

#include <fmt/format.h>

#include "diag/spelling.hpp"
#include "model/checks/checks.hpp"

namespace telc::model::checks {
namespace {

using Index = std::map<std::string, const model::Str*>;

/// Records `id`; a second use is an error pointing at the first.
void define(Index& index, const model::Str& id, std::string_view what, diag::Sink& sink) {
  auto [it, inserted] = index.emplace(id.value, &id);
  if (inserted) return;
  diag::Diagnostic d{diag::Severity::error,
                     "semconv/duplicate-id",
                     fmt::format("{} '{}' is defined twice", what, id.value),
                     id.span,
                     "ids are unique across the registry's files; rename or remove one",
                     {}};
  d.notes.push_back({it->second->span, "first defined here"});
  sink.report(std::move(d));
}

std::vector<std::string> names(const Index& index) {
  std::vector<std::string> out;
  for (const auto& [name, _] : index) out.push_back(name);
  return out;
}

void resolve(const Index& index, const model::Str& ref, std::string_view what, diag::Sink& sink) {
  if (index.contains(ref.value)) return;
  const auto near = diag::closest(ref.value, names(index));
  sink.report(
      {diag::Severity::error,
       "semconv/unresolved-ref",
       fmt::format("no {} '{}' in the registry", what, ref.value),
       ref.span,
       near ? fmt::format("did you mean '{}'?", *near)
            : std::string("define it in the inputs, or list the registry that does in a manifest's dependencies"),
       {}});
}

}  // namespace

void check_registries(const model::Model& model, diag::Sink& sink) {
  Index groups, attributes, metrics;
  std::map<std::string, Index> signals;  // v2 events, spans and entities by type, then name
  for (const model::Registry& r : model.registries)
    for (const model::SemconvGroup& g : r.groups) {
      if (!g.id.value.empty()) define(groups, g.id, "group", sink);  // a v2 file's top-level attributes
      if (g.metric) define(metrics, g.metric->name, "metric", sink);
      if (g.signal_name && !g.metric && !g.refines) {  // v1 groups are unique by id already
        if (r.v2)
          define(signals[g.type.value], *g.signal_name, g.type.value, sink);
        else
          signals[g.type.value].emplace(g.signal_name->value, &*g.signal_name);
      }
      for (const model::SemconvAttribute& a : g.attributes)
        if (a.id) define(attributes, *a.id, "attribute", sink);
    }
  signals["metric"] = metrics;
  if (model.registry_has_dependencies) return;  // refs may name a dependency's attributes and signals
  for (const model::Registry& r : model.registries)
    for (const model::SemconvGroup& g : r.groups) {
      if (g.extends) resolve(groups, *g.extends, "group", sink);
      for (const model::Str& ref : g.group_refs) resolve(groups, ref, "attribute group", sink);
      for (const model::SemconvAttribute& a : g.attributes)
        if (a.ref) resolve(attributes, *a.ref, "attribute", sink);
      if (g.refines) {  // metric_refinement → metric
        const std::string kind = g.type.value.substr(0, g.type.value.find('_'));
        resolve(signals[kind], *g.refines, kind, sink);
      }
    }
}

}  // namespace telc::model::checks
