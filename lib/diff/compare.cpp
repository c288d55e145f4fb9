// compare(): the registries' resolved views and the MetricDefinitions of both models, compared
// element by element, and the changes in a deterministic order.
#include <algorithm>
#include <tuple>

#include "diff/compare_internal.hpp"
#include "diff/diff.hpp"

namespace telc::diff {
namespace detail {

RegistryView registry_view(const model::Model& model) {
  RegistryView view{model::semconv::attribute_index(model), {}, {}};
  const model::semconv::GroupIndex groups = model::semconv::group_index(model);
  for (const model::Registry& registry : model.registries)
    for (const model::SemconvGroup& group : registry.groups) {
      const std::string& type = group.type.value;
      Signal signal;
      signal.group = &group;
      if (type == "metric" || type == "event" || type == "span" || type == "entity") {
        signal.element = type;
        const bool named = group.signal_name && !group.signal_name->value.empty();
        signal.name = model::semconv::signal_name(group);
        signal.span = named ? group.signal_name->span : group.id.span;
      } else if (type == "attribute_group" && group.visibility && group.visibility->value == "public") {
        // Internal groups never reach the resolved registry: only public ones are compared.
        signal.element = type;
        signal.name = group.id.value;
        signal.span = group.id.span;
      }
      if (signal.element.empty() || signal.name.empty()) continue;
      if (group.metric) view.metrics.emplace(signal.name, &*group.metric);
      for (const model::semconv::UsedAttribute& used : model::semconv::used_attributes(group, groups))
        signal.attributes.emplace(used.attribute->key().value, UsedKey{used.attribute, used.where});
      const std::pair<std::string, std::string> key{signal.element, signal.name};
      view.signals.emplace(key, std::move(signal));
    }
  return view;
}

}  // namespace detail

std::vector<Change> compare(const model::Model& baseline, const model::Model& current, model::PrometheusNaming mode) {
  try {
    detail::Changes changes(mode);
    const detail::RegistryView base_view = detail::registry_view(baseline);
    const detail::RegistryView current_view = detail::registry_view(current);
    detail::compare_attributes(base_view, current_view, changes);
    detail::compare_signals(base_view, current_view, changes);
    detail::compare_definitions(baseline, current, changes);
    detail::compare_policies(baseline, current, changes);
    std::vector<Change> out = changes.take();
    const auto order = [](const Change& change) {
      return std::tie(change.element, change.name, change.code, change.label, change.message);
    };
    std::stable_sort(out.begin(), out.end(),
                     [&](const Change& lhs, const Change& rhs) { return order(lhs) < order(rhs); });
    return out;
  } catch (...) {
    return {};  // out of memory: nothing sensible to report
  }
}

}  // namespace telc::diff
