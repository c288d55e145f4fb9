#include "schema/schema_nav.hpp"

#include <algorithm>

#include "schema/document.hpp"

namespace telc::schema {

const nlohmann::json& resolve(const nlohmann::json& root, const nlohmann::json& node) {
  const nlohmann::json* at = &node;
  for (int hops = 0; hops < 32 && at->is_object() && at->contains("$ref"); ++hops) {
    const std::string& ref = (*at)["$ref"].get_ref<const std::string&>();
    if (ref.rfind('#', 0) != 0) break;
    const nlohmann::json* target = find_pointer(root, std::string_view(ref).substr(1));
    if (target == nullptr) break;
    at = target;
  }
  return *at;
}

const nlohmann::json* member_schema(const nlohmann::json& root, const nlohmann::json& object_schema,
                                    std::string_view name) {
  const nlohmann::json& s = resolve(root, object_schema);
  if (!s.is_object()) return nullptr;
  if (auto p = s.find("properties"); p != s.end()) {
    if (auto m = p->find(std::string(name)); m != p->end()) return &resolve(root, *m);
  }
  if (auto a = s.find("additionalProperties"); a != s.end() && a->is_object()) return &resolve(root, *a);
  return nullptr;
}

const nlohmann::json* item_schema(const nlohmann::json& root, const nlohmann::json& array_schema) {
  const nlohmann::json& s = resolve(root, array_schema);
  if (!s.is_object()) return nullptr;
  if (auto i = s.find("items"); i != s.end() && i->is_object()) return &resolve(root, *i);
  return nullptr;
}

std::vector<std::string> split_pointer(std::string_view pointer) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < pointer.size()) {
    const std::size_t next = pointer.find('/', i + 1);
    std::string token(pointer.substr(i + 1, next == std::string_view::npos ? std::string_view::npos : next - i - 1));
    std::string unescaped;
    for (std::size_t k = 0; k < token.size(); ++k) {
      if (token[k] == '~' && k + 1 < token.size())
        unescaped += token[++k] == '0' ? '~' : '/';
      else
        unescaped += token[k];
    }
    out.push_back(std::move(unescaped));
    if (next == std::string_view::npos) break;
    i = next;
  }
  return out;
}

/// Whether a schema node admits arrays: its `type` is "array" or a list naming it.
bool admits_array(const nlohmann::json& schema) {
  const auto type = schema.find("type");
  if (type == schema.end()) return false;
  if (type->is_string()) return *type == "array";
  return type->is_array() && std::find(type->begin(), type->end(), "array") != type->end();
}

const nlohmann::json* schema_at(const nlohmann::json& root, std::string_view pointer) {
  const nlohmann::json* at = &resolve(root, root);
  for (const std::string& token : split_pointer(pointer)) {
    const nlohmann::json& s = *at;
    at = admits_array(s) ? item_schema(root, s) : member_schema(root, s, token);
    if (at == nullptr) return nullptr;
  }
  return at;
}

const nlohmann::json* default_at(const nlohmann::json& root, std::string_view pointer) {
  const std::size_t slash = pointer.rfind('/');
  if (slash == std::string_view::npos) return nullptr;
  const nlohmann::json* parent = schema_at(root, pointer.substr(0, slash));
  if (parent == nullptr) return nullptr;
  const std::string token = last_token(pointer);
  const nlohmann::json* raw = nullptr;  // the member's schema before $ref resolution
  if (admits_array(*parent)) {
    if (auto i = parent->find("items"); i != parent->end()) raw = &*i;
  } else if (auto props = parent->find("properties"); props != parent->end()) {
    if (auto m = props->find(token); m != props->end()) raw = &*m;
  }
  if (raw == nullptr) return nullptr;
  if (auto d = raw->find("default"); d != raw->end()) return &*d;
  const nlohmann::json& resolved = resolve(root, *raw);
  if (auto d = resolved.find("default"); d != resolved.end()) return &*d;
  return nullptr;
}

/// "maxSize", or "sources[3]" for an array item: how messages name the node.
std::string field_name(std::string_view pointer) {
  const auto tokens = split_pointer(pointer);
  if (tokens.empty()) return "document";
  const std::string& last = tokens.back();
  const bool index = !last.empty() && last.find_first_not_of("0123456789") == std::string::npos;
  if (index && tokens.size() > 1) return tokens[tokens.size() - 2] + "[" + last + "]";
  return last;
}

std::string last_token(std::string_view pointer) {
  auto tokens = split_pointer(pointer);
  return tokens.empty() ? std::string() : tokens.back();
}

std::string_view type_name(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::string: return "string";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned: return "integer";
    case nlohmann::json::value_t::number_float: return "number";
    case nlohmann::json::value_t::boolean: return "boolean";
    case nlohmann::json::value_t::null: return "null";
    case nlohmann::json::value_t::object: return "object";
    case nlohmann::json::value_t::array: return "array";
    default: return "value";
  }
}

std::string show(const nlohmann::json& value) {
  if (value.is_object()) return "a mapping";
  if (value.is_array()) return "a list";
  std::string text = value.is_string() ? value.get<std::string>() : value.dump();
  if (text.size() > 60) text = text.substr(0, 57) + "...";
  return value.is_string() ? "'" + text + "'" : text;
}

}  // namespace telc::schema
