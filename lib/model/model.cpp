#include "model/model.hpp"

#include <algorithm>
#include <iterator>
#include <optional>
#include <tuple>
#include <type_traits>

namespace telc::model {
namespace {

/// Converts to any member type: `T{Any{}, Any{}, ...}` compiles for as many as T has members.
struct Any {
  template <typename T> operator T() const;  // NOLINT(google-explicit-constructor): declared only, never called
};

template <typename T, typename... Fields> consteval std::size_t member_count() {
  if constexpr (requires { T{Fields{}..., Any{}}; })
    return member_count<T, Fields..., Any>();
  else
    return sizeof...(Fields);
}

/// Every member of Model, once; merge() handles each by its type.
auto members(Model& model) {
  return std::tie(model.export_policies, model.definitions, model.policies, model.rule_files, model.registries,
                  model.pipelines, model.registry_has_dependencies, model.broken_definitions);
}

// A member missing from members() would be dropped silently when files are merged.
static_assert(member_count<Model>() == std::tuple_size_v<decltype(members(std::declval<Model&>()))>,
              "members(Model&) must list every member of Model");

template <typename T> void append(std::vector<T>& to, std::vector<T>& from) {
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

void append(bool& to, bool from) { to = to || from; }

template <typename T> bool all_complete(const std::vector<T>& elements) {
  return std::all_of(elements.begin(), elements.end(), [](const T& element) { return element.origin.complete; });
}

template <typename T> void keep_complete(std::vector<T>& elements) {
  std::erase_if(elements, [](const T& element) { return !element.origin.complete; });
}

bool rules_complete(const RuleFile& file) {
  return std::all_of(file.groups.begin(), file.groups.end(), [](const RuleGroup& group) {
    return std::all_of(group.rules.begin(), group.rules.end(), [](const auto& rule) { return rule.complete; });
  });
}

}  // namespace

std::optional<Model> complete_view(const Model& model) {
  const bool complete = all_complete(model.export_policies) && all_complete(model.definitions) &&
                        all_complete(model.policies) && all_complete(model.registries) &&
                        all_complete(model.pipelines) &&
                        std::all_of(model.rule_files.begin(), model.rule_files.end(), rules_complete);
  if (complete) return std::nullopt;
  Model out = model;
  keep_complete(out.export_policies);
  keep_complete(out.definitions);
  keep_complete(out.policies);
  keep_complete(out.registries);
  keep_complete(out.pipelines);
  for (RuleFile& file : out.rule_files)
    for (RuleGroup& group : file.groups) std::erase_if(group.rules, [](const auto& rule) { return !rule.complete; });
  return out;
}

void Model::merge(Model&& other) {
  // Both packs list the members in the same order, so the fold pairs each with its twin.
  std::apply([&](auto&... to) { std::apply([&](auto&... from) { (append(to, from), ...); }, members(other)); },
             members(*this));
}

}  // namespace telc::model
