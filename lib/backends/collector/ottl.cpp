#include "backends/collector/ottl.hpp"
#include "backends/quote.hpp"

#include <fmt/format.h>
#include <re2/re2.h>

namespace telc::backends::collector {
namespace {

/// `metric.name` reads the same in both forms: in the datapoint context of the legacy fields it is
/// the `metric` segment's `name`.
std::string path_of(const std::string& label, PathStyle style) {
  if (label == "__name__") return "metric.name";
  return (style == PathStyle::inferred ? "datapoint.attributes[" : "attributes[") + double_quoted(label) + "]";
}

/// Prometheus anchors label regexes; OTTL's IsMatch does not.
std::string anchored(const std::string& re) { return double_quoted("^(?:" + re + ")$"); }

bool matches_empty(const std::string& re) { return RE2::FullMatch("", RE2(re, RE2::Quiet)); }

std::string join(const std::vector<std::string>& parts, std::string_view op) { return join_conditions(parts, op); }

std::string negate(const std::string& condition) {
  if (condition == "true") return "false";
  if (condition == "false") return "true";
  return "not " + condition;
}

/// A missing label reads as "" in Prometheus and as nil in OTTL; each case spells that out.
std::string matcher(const ir::Matcher& item, PathStyle style) {
  const std::string p = path_of(item.label, style);
  const bool name = item.label == "__name__";
  switch (item.op) {
    case ir::MatchOp::equal:
      if (item.value.empty()) return name ? "false" : fmt::format("({} == nil or {} == \"\")", p, p);
      return fmt::format("{} == {}", p, double_quoted(item.value));
    case ir::MatchOp::not_equal:
      if (item.value.empty()) return name ? "true" : fmt::format("({} != nil and {} != \"\")", p, p);
      return fmt::format("{} != {}", p, double_quoted(item.value));
    case ir::MatchOp::regex:
      if (!name && matches_empty(item.value))
        return fmt::format("({} == nil or IsMatch({}, {}))", p, p, anchored(item.value));
      return fmt::format("IsMatch({}, {})", p, anchored(item.value));
    case ir::MatchOp::not_regex:
      if (!name && matches_empty(item.value))
        return fmt::format("({} != nil and not IsMatch({}, {}))", p, p, anchored(item.value));
      return fmt::format("not IsMatch({}, {})", p, anchored(item.value));
  }
  return "false";
}

std::string requirement(const ir::LabelRequirement& item, const std::string& prefix) {
  const std::string p = "resource.attributes[" + double_quoted(prefix + item.key) + "]";
  std::vector<std::string> any;
  for (const auto& v : item.values) any.push_back(fmt::format("{} == {}", p, double_quoted(v)));
  switch (item.op) {
    case ir::LabelRequirement::Op::in: return join(any, "or");
    case ir::LabelRequirement::Op::not_in: return any.empty() ? "true" : negate(join(any, "or"));
    case ir::LabelRequirement::Op::exists: return p + " != nil";
    case ir::LabelRequirement::Op::does_not_exist: return p + " == nil";
  }
  return "false";
}

std::string attribute(const std::string& name) { return "resource.attributes[" + double_quoted(name) + "]"; }

std::string selection(const ir::ResourceSelection& item, const model::ResourceAttributeNames& names) {
  std::vector<std::string> all;
  if (item.own_namespace)
    all.push_back(fmt::format("{} == {}", attribute(names.name_space), double_quoted(*item.own_namespace)));
  for (const auto& r : item.namespace_labels) all.push_back(requirement(r, names.namespace_label_prefix));
  for (const auto& r : item.resource_labels) all.push_back(requirement(r, names.resource_label_prefix));
  std::vector<std::string> kinds;
  for (const auto& [group, kind] : item.kinds) {
    std::string g = fmt::format("{} == {}", attribute(names.group), double_quoted(group));
    kinds.push_back(kind == "*" ? g : fmt::format("({} and {} == {})", g, attribute(names.kind), double_quoted(kind)));
  }
  if (!kinds.empty()) all.push_back(join(kinds, "or"));
  return join(all, "and");
}

}  // namespace

std::string join_conditions(const std::vector<std::string>& parts, std::string_view op) {
  if (parts.empty()) return "true";  // nothing constrains
  const std::string_view absorbing = op == "and" ? "false" : "true", neutral = op == "and" ? "true" : "false";
  std::vector<std::string> kept;
  for (const std::string& p : parts) {
    if (p == absorbing) return std::string(absorbing);
    if (p != neutral) kept.push_back(p);
  }
  if (kept.empty()) return std::string(neutral);
  if (kept.size() == 1) return kept.front();
  std::string out;
  for (std::size_t i = 0; i < kept.size(); ++i) out += (i ? fmt::format(" {} ", op) : "") + kept[i];
  return "(" + out + ")";
}

std::optional<std::string> drop_condition(const std::string& keep) {
  if (keep == "true") return std::nullopt;
  if (keep == "false") return "metric.name != nil";  // always true: a name is a string, never nil
  return "not " + keep;
}

std::string selector_condition(const ir::Selector& selector, PathStyle style) {
  std::vector<std::string> groups;
  groups.reserve(selector.groups.size());
  for (const auto& g : selector.groups) {
    std::vector<std::string> all;
    all.reserve(g.size());
    for (const auto& m : g) all.push_back(matcher(m, style));
    groups.push_back(join(all, "and"));
  }
  return join(groups, "or");
}

std::string resources_condition(const std::vector<ir::ResourceSelection>& selections,
                                const model::ResourceAttributeNames& names) {
  std::vector<std::string> any;
  any.reserve(selections.size());
  for (const auto& s : selections) any.push_back(selection(s, names));
  return join(any, "or");
}

}  // namespace telc::backends::collector
