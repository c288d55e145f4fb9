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
  return std::tie(model.export_policies, model.definitions, model.policies, model.resource_metrics_policies,
                  model.policy_tests, model.rule_files, model.registries, model.pipelines,
                  model.registry_has_dependencies, model.broken_definitions);
}

// A member missing from members() would be dropped silently when files are merged.
static_assert(member_count<Model>() == std::tuple_size_v<decltype(members(std::declval<Model&>()))>,
              "members(Model&) must list every member of Model");

template <typename T> void append(std::vector<T>& to, std::vector<T>& from) {
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

void append(bool& to, bool from) { to = to || from; }

/// Whether lint judges an element: complete, and of a named file rather than the context.
struct Judged {
  const std::vector<diag::FileId>& context;  // sorted
  [[nodiscard]] bool operator()(const Origin& origin) const {
    return origin.complete && !std::binary_search(context.begin(), context.end(), origin.file);
  }
};

template <typename T> bool all_judged(const std::vector<T>& elements, Judged judged) {
  return std::all_of(elements.begin(), elements.end(), [&](const T& element) { return judged(element.origin); });
}

template <typename T> void keep_judged(std::vector<T>& elements, Judged judged) {
  std::erase_if(elements, [&](const T& element) { return !judged(element.origin); });
}

bool rules_judged(const RuleFile& file, Judged judged) {
  return judged(file.origin) && std::all_of(file.groups.begin(), file.groups.end(), [](const RuleGroup& group) {
           return std::all_of(group.rules.begin(), group.rules.end(), [](const auto& rule) { return rule.complete; });
         });
}

}  // namespace

std::optional<Model> judged_view(const Model& model, const std::vector<diag::FileId>& context) {
  const Judged judged{context};
  const bool all = all_judged(model.export_policies, judged) && all_judged(model.definitions, judged) &&
                   all_judged(model.policies, judged) && all_judged(model.resource_metrics_policies, judged) &&
                   all_judged(model.registries, judged) && all_judged(model.pipelines, judged) &&
                   std::all_of(model.rule_files.begin(), model.rule_files.end(),
                               [&](const RuleFile& file) { return rules_judged(file, judged); });
  if (all) return std::nullopt;
  Model out = model;
  keep_judged(out.export_policies, judged);
  keep_judged(out.definitions, judged);
  keep_judged(out.policies, judged);
  keep_judged(out.resource_metrics_policies, judged);
  keep_judged(out.registries, judged);
  keep_judged(out.pipelines, judged);
  keep_judged(out.rule_files, judged);
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
