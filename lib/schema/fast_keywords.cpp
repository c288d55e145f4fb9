#include "schema/fast_keywords.hpp"

#include <set>
#include <string>

#include "schema/document.hpp"

namespace telc::schema {
namespace {

using Json = nlohmann::json;

std::size_t present(const Json& names, const Json& value) {
  std::size_t n = 0;
  for (const Json& name : names) n += value.contains(name.get_ref<const std::string&>()) ? 1 : 0;
  return n;
}

bool condition_holds(const Json& rule, const Json& value) {
  if (!condition_fires(rule, value)) return true;
  if (auto f = rule.find("forbid"); f != rule.end())
    for (const Json& at : *f)
      if (find_pointer(value, at.get<std::string>())) return false;
  if (auto r = rule.find("require"); r != rule.end())
    for (const Json& at : *r)
      if (!find_pointer(value, at.get<std::string>())) return false;
  if (auto r = rule.find("require_equals"); r != rule.end() && !all_equal(*r, value)) return false;
  if (auto f = rule.find("forbid_equals"); f != rule.end())
    for (const auto& [at, banned] : f->items())
      if (const Json* have = find_pointer(value, at); have && *have == banned) return false;
  return true;
}

}  // namespace

bool all_equal(const Json& expected, const Json& value) {
  for (const auto& [at, want] : expected.items())
    if (const Json* have = find_pointer(value, at); have == nullptr || *have != want) return false;
  return true;
}

bool condition_fires(const Json& rule, const Json& value) {
  const bool present = rule.contains("if") && find_pointer(value, rule["if"].get<std::string>());
  const bool absent = rule.contains("if_absent") && !find_pointer(value, rule["if_absent"].get<std::string>());
  const bool equals = rule.contains("if_equals") && all_equal(rule["if_equals"], value);
  if (!present && !absent && !equals) return false;
  return !(rule.contains("unless_equals") && all_equal(rule["unless_equals"], value));
}

bool has_object_keywords(const Json& schema) {
  for (const char* key :
       {"x-telc-exactly-one", "x-telc-at-most-one", "x-telc-at-least-one", "x-telc-together", "x-telc-conditions"})
    if (schema.contains(key)) return true;
  return false;
}

bool object_keywords_hold(const Json& schema, const Json& value) {
  if (auto k = schema.find("x-telc-exactly-one"); k != schema.end() && present(*k, value) != 1) return false;
  if (auto k = schema.find("x-telc-at-most-one"); k != schema.end() && present(*k, value) > 1) return false;
  if (auto k = schema.find("x-telc-at-least-one"); k != schema.end() && present(*k, value) == 0) return false;
  if (auto k = schema.find("x-telc-together"); k != schema.end()) {
    const std::size_t have = present(*k, value);
    if (have != 0 && have != k->size()) return false;
  }
  if (auto c = schema.find("x-telc-conditions"); c != schema.end())
    for (const Json& rule : *c)
      if (!condition_holds(rule, value)) return false;
  return true;
}

bool array_keywords_hold(const Json& schema, const Json& items) {
  auto u = schema.find("x-telc-unique");
  if (u == schema.end()) return true;
  const std::string& field = u->get_ref<const std::string&>();
  std::set<std::string_view> seen;
  for (const Json& item : items) {
    if (!item.is_object()) continue;
    auto f = item.find(field);
    if (f == item.end() || !f->is_string()) continue;
    if (!seen.insert(f->get_ref<const std::string&>()).second) return false;
  }
  return true;
}

bool surely_unique(const Json& items) {
  std::set<std::string_view> seen;
  for (const Json& item : items)
    if (!item.is_string() || !seen.insert(item.get_ref<const std::string&>()).second) return false;
  return true;
}

}  // namespace telc::schema
