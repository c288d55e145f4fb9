#include "model/model.hpp"

#include <iterator>
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

}  // namespace

void Model::merge(Model&& other) {
  // Both packs list the members in the same order, so the fold pairs each with its twin.
  std::apply([&](auto&... to) { std::apply([&](auto&... from) { (append(to, from), ...); }, members(other)); },
             members(*this));
}

}  // namespace telc::model
