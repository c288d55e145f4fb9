#include "schema/fast_validate.hpp"

#include <algorithm>
#include <set>
#include <string_view>

#include <re2/re2.h>

#include "schema/document.hpp"
#include "schema/fast_keywords.hpp"
#include "schema/formats.hpp"

namespace telc::schema {

using Json = nlohmann::json;

namespace {

enum TypeBit : std::uint8_t {
  kObject = 1,
  kArray = 2,
  kString = 4,
  kInteger = 8,
  kNumber = 16,
  kBoolean = 32,
  kNull = 64,
};

std::optional<std::uint8_t> type_bit(const Json& name) {
  if (!name.is_string()) return std::nullopt;
  const std::string& n = name.get_ref<const std::string&>();
  if (n == "object") return kObject;
  if (n == "array") return kArray;
  if (n == "string") return kString;
  if (n == "integer") return kInteger;
  if (n == "number") return kNumber;
  if (n == "boolean") return kBoolean;
  if (n == "null") return kNull;
  return std::nullopt;
}

/// The type bits that accept `value` under valijson's strong typing.
std::uint8_t accepted_by(const Json& value) {
  switch (value.type()) {
    case Json::value_t::object: return kObject;
    case Json::value_t::array: return kArray;
    case Json::value_t::string: return kString;
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return kInteger | kNumber;
    case Json::value_t::number_float: return kNumber;
    case Json::value_t::boolean: return kBoolean;
    case Json::value_t::null: return kNull;
    default: return 0;
  }
}

/// Code points, as valijson counts a string's length.
std::uint64_t code_points(const std::string& text) {
  std::uint64_t n = 0;
  for (const char c : text) n += (static_cast<unsigned char>(c) & 0xC0U) != 0x80U ? 1 : 0;
  return n;
}

/// Whether `value` equals `want` for certain. Only strings, booleans and integers are compared;
/// anything else is "not certain", so the caller falls back to valijson's own equality.
bool surely_equal(const Json& value, const Json& want) {
  if (value.is_string() || value.is_boolean()) return value == want;
  if (value.is_number_integer() && want.is_number_integer()) return value == want;
  return false;
}

std::optional<std::uint64_t> count(const Json& schema, const char* keyword) {
  auto it = schema.find(keyword);
  if (it == schema.end()) return std::nullopt;
  if (!it->is_number_unsigned() && !(it->is_number_integer() && it->get<std::int64_t>() >= 0)) return 0;
  return it->get<std::uint64_t>();
}

/// Keywords that change nothing a document is checked against.
bool annotation(std::string_view key) {
  static const std::set<std::string_view> kKeys = {"$comment",          "$id",         "$schema",  "default",
                                                   "definitions",       "description", "examples", "title",
                                                   "x-telc-deprecated", "x-telc-hint"};
  return kKeys.count(key) != 0;
}

bool understood(std::string_view key) {
  static const std::set<std::string_view> kKeys = {"additionalProperties",
                                                   "anyOf",
                                                   "const",
                                                   "enum",
                                                   "items",
                                                   "maxItems",
                                                   "maxLength",
                                                   "maxProperties",
                                                   "maximum",
                                                   "minItems",
                                                   "minLength",
                                                   "minProperties",
                                                   "minimum",
                                                   "properties",
                                                   "propertyNames",
                                                   "required",
                                                   "type",
                                                   "uniqueItems",
                                                   "x-telc-at-least-one",
                                                   "x-telc-at-most-one",
                                                   "x-telc-conditions",
                                                   "x-telc-exactly-one",
                                                   "x-telc-format",
                                                   "x-telc-pattern",
                                                   "x-telc-together",
                                                   "x-telc-unique"};
  return kKeys.count(key) != 0;
}

enum class Format : std::uint8_t { none, duration, url, request_uri };

Format format_of(const std::string& name) {
  if (name == "duration") return Format::duration;
  if (name == "url") return Format::url;
  return name == "request-uri" ? Format::request_uri : Format::none;  // others: the walker checks none
}

}  // namespace

struct FastSchema::Node {
  bool reject = false;     // `false`, or something this validator does not decide
  std::uint8_t types = 0;  // 0: any type
  std::vector<std::pair<std::string, std::uint32_t>> properties;  // sorted by name
  std::vector<std::string> required;
  bool closed = false;  // additionalProperties: false
  std::optional<std::uint32_t> additional, property_names, items;
  std::vector<std::uint32_t> any_of;
  std::optional<std::uint64_t> min_length, max_length, min_items, max_items, min_properties, max_properties;
  std::optional<double> minimum, maximum;
  bool unique_items = false;
  const Json* enumeration = nullptr;
  const Json* constant = nullptr;
  const Json* keywords = nullptr;  // the schema node, when it has telc's object or array keywords
  const Pattern* pattern = nullptr;
  Format format = Format::none;
};

const re2::RE2& FastSchema::Pattern::get() const {
  std::call_once(once, [this] { re = std::make_unique<re2::RE2>(text, re2::RE2::Quiet); });
  return *re;
}

FastSchema::FastSchema(const Json& root) : root_(root) { compile(root); }
FastSchema::~FastSchema() = default;

std::uint32_t FastSchema::compile(const Json& node) {
  const Json* at = &node;
  for (int hops = 0; at->is_object() && at->contains("$ref"); ++hops) {
    const std::string* ref = (*at)["$ref"].get_ptr<const std::string*>();
    const Json* target =
        ref && ref->rfind('#', 0) == 0 ? find_pointer(root_, std::string_view(*ref).substr(1)) : nullptr;
    if (target == nullptr || hops == 32) {
      nodes_.emplace_back().reject = true;
      return static_cast<std::uint32_t>(nodes_.size() - 1);
    }
    at = target;
  }
  if (auto known = compiled_.find(at); known != compiled_.end()) return known->second;
  const auto index = static_cast<std::uint32_t>(nodes_.size());
  nodes_.emplace_back();
  compiled_.emplace(at, index);
  fill(index, *at);
  return index;
}

void FastSchema::fill(std::uint32_t index, const Json& schema) {
  // nodes_ grows while children compile: keep the index, never a reference, across compile().
  auto node = [&]() -> Node& { return nodes_[index]; };
  if (schema.is_boolean()) return void(node().reject = !schema.get<bool>());
  if (!schema.is_object()) return void(node().reject = true);
  for (const auto& [key, value] : schema.items())
    if (!annotation(key) && !understood(key)) return void(node().reject = true);
  if (auto t = schema.find("type"); t != schema.end()) {
    for (const Json& name : t->is_array() ? *t : Json::array({*t})) {
      const auto bit = type_bit(name);
      if (!bit) return void(node().reject = true);
      node().types |= *bit;
    }
  }
  if (auto p = schema.find("properties"); p != schema.end() && p->is_object()) {
    for (const auto& [name, child] : p->items()) {
      const std::uint32_t c = compile(child);
      node().properties.emplace_back(name, c);
    }
    std::sort(node().properties.begin(), node().properties.end());
  }
  if (auto r = schema.find("required"); r != schema.end())
    for (const Json& name : *r) node().required.push_back(name.get<std::string>());
  if (auto a = schema.find("additionalProperties"); a != schema.end()) {
    if (a->is_boolean())
      node().closed = !a->get<bool>();
    else {
      const std::uint32_t c = compile(*a);
      node().additional = c;
    }
  }
  if (auto n = schema.find("propertyNames"); n != schema.end()) {
    const std::uint32_t c = compile(*n);
    node().property_names = c;
  }
  if (auto i = schema.find("items"); i != schema.end()) {
    if (!i->is_object() && !i->is_boolean()) return void(node().reject = true);  // tuple form
    const std::uint32_t c = compile(*i);
    node().items = c;
  }
  if (auto any = schema.find("anyOf"); any != schema.end())
    for (const Json& branch : *any) {
      const std::uint32_t c = compile(branch);
      node().any_of.push_back(c);
    }
  Node& n = node();
  n.min_length = count(schema, "minLength");
  n.max_length = count(schema, "maxLength");
  n.min_items = count(schema, "minItems");
  n.max_items = count(schema, "maxItems");
  n.min_properties = count(schema, "minProperties");
  n.max_properties = count(schema, "maxProperties");
  if (auto m = schema.find("minimum"); m != schema.end()) n.minimum = m->get<double>();
  if (auto m = schema.find("maximum"); m != schema.end()) n.maximum = m->get<double>();
  n.unique_items = schema.value("uniqueItems", false);
  if (auto e = schema.find("enum"); e != schema.end()) n.enumeration = &*e;
  if (auto c = schema.find("const"); c != schema.end()) n.constant = &*c;
  if (has_object_keywords(schema) || schema.contains("x-telc-unique")) n.keywords = &schema;
  if (auto p = schema.find("x-telc-pattern"); p != schema.end() && p->is_string()) {
    n.pattern = &patterns_.emplace_back();
    patterns_.back().text = p->get<std::string>();
  }
  if (auto f = schema.find("x-telc-format"); f != schema.end() && f->is_string())
    n.format = format_of(f->get<std::string>());
}

bool FastSchema::accepts(const Json& value) const { return !nodes_.empty() && check(0, value); }

bool FastSchema::check(std::uint32_t index, const Json& value) const {
  const Node& n = nodes_[index];
  if (n.reject) return false;
  if (n.types != 0 && (n.types & accepted_by(value)) == 0) return false;
  if (n.enumeration && std::none_of(n.enumeration->begin(), n.enumeration->end(),
                                    [&](const Json& want) { return surely_equal(value, want); }))
    return false;
  if (n.constant && !surely_equal(value, *n.constant)) return false;
  if (!n.any_of.empty() &&
      std::none_of(n.any_of.begin(), n.any_of.end(), [&](std::uint32_t branch) { return check(branch, value); }))
    return false;
  if (value.is_number() &&
      ((n.minimum && value.get<double>() < *n.minimum) || (n.maximum && value.get<double>() > *n.maximum)))
    return false;
  if (value.is_object()) return check_object(n, value);
  if (value.is_array()) return check_array(n, value);
  if (value.is_string()) return check_string(n, value.get_ref<const std::string&>());
  return true;
}

bool FastSchema::check_object(const Node& n, const Json& value) const {
  if ((n.min_properties && value.size() < *n.min_properties) || (n.max_properties && value.size() > *n.max_properties))
    return false;
  for (const std::string& name : n.required)
    if (!value.contains(name)) return false;
  if (n.keywords && !object_keywords_hold(*n.keywords, value)) return false;
  for (const auto& [key, child] : value.items()) {
    auto it = std::lower_bound(n.properties.begin(), n.properties.end(), key,
                               [](const auto& entry, const std::string& name) { return entry.first < name; });
    std::optional<std::uint32_t> schema;
    if (it != n.properties.end() && it->first == key)
      schema = it->second;
    else if (n.closed)
      return false;
    else
      schema = n.additional;
    if (n.property_names && !check(*n.property_names, Json(key))) return false;
    if (schema && !check(*schema, child)) return false;
  }
  return true;
}

bool FastSchema::check_array(const Node& n, const Json& value) const {
  if ((n.min_items && value.size() < *n.min_items) || (n.max_items && value.size() > *n.max_items)) return false;
  if (n.unique_items && !surely_unique(value)) return false;
  if (n.keywords && !array_keywords_hold(*n.keywords, value)) return false;
  if (n.items)
    for (const Json& item : value)
      if (!check(*n.items, item)) return false;
  return true;
}

bool FastSchema::check_string(const Node& n, const std::string& text) const {
  if (n.min_length || n.max_length) {
    const std::uint64_t length = code_points(text);
    if ((n.min_length && length < *n.min_length) || (n.max_length && length > *n.max_length)) return false;
  }
  if (n.pattern && n.pattern->get().ok() && !RE2::PartialMatch(text, n.pattern->get())) return false;
  switch (n.format) {
    case Format::duration: return !go_duration_error(text);
    case Format::url: return !url_problem(text);
    case Format::request_uri: return !request_uri_problem(text);
    case Format::none: return true;
  }
  return true;
}

}  // namespace telc::schema
