#include "schema/export.hpp"

#include <cstdint>
#include <span>

#include <nlohmann/json.hpp>

#include "schema/schema_store.hpp"

namespace telc::schema {
namespace {

/// Undoes tools/embed_schemas.cpp's renaming, so other validators check the patterns again.
void restore_patterns(nlohmann::json& node) {
  if (node.is_array()) {
    for (auto& item : node) restore_patterns(item);
    return;
  }
  if (!node.is_object()) return;
  if (const auto p = node.find("x-telc-pattern"); p != node.end() && p->is_string()) {
    node["pattern"] = *p;
    node.erase("x-telc-pattern");
  }
  for (auto& [key, child] : node.items()) restore_patterns(child);
}

std::string exported(std::string_view path, std::span<const std::uint8_t> cbor) {
  nlohmann::json schema = nlohmann::json::from_cbor(cbor.begin(), cbor.end());
  restore_patterns(schema);
  schema["$id"] = std::string(kSchemaBaseUrl) + std::string(path);
  return schema.dump(2) + "\n";
}

}  // namespace

std::map<std::string, std::string> exported_schemas() {
  std::map<std::string, std::string> out;
  for (std::size_t i = 0; i < kEmbeddedSchemaCount; ++i)
    out.emplace(std::string(kEmbeddedSchemas[i].path), exported(kEmbeddedSchemas[i].path, kEmbeddedSchemas[i].cbor));
  return out;
}

}  // namespace telc::schema
