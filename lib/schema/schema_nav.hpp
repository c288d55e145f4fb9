#pragma once
// Walking a JSON Schema alongside an instance: $ref, properties, items (the subset our schemas use).
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace telc::schema {

/// Follows local `$ref`s ("#/definitions/x") until a concrete schema.
[[nodiscard]] const nlohmann::json& resolve(const nlohmann::json& root, const nlohmann::json& node);
/// The schema for member `name` of an object schema, or nullptr when none applies.
[[nodiscard]] const nlohmann::json* member_schema(const nlohmann::json& root, const nlohmann::json& object_schema,
                                                  std::string_view name);
/// The schema for the items of an array schema, or nullptr.
[[nodiscard]] const nlohmann::json* item_schema(const nlohmann::json& root, const nlohmann::json& array_schema);
/// The schema describing the instance node at `pointer`, or nullptr.
[[nodiscard]] const nlohmann::json* schema_at(const nlohmann::json& root, std::string_view pointer);

/// The `default` the schema gives the instance node at `pointer`: on the node itself, or beside the
/// `$ref` that leads to it (where draft-07 schemas put annotations).
[[nodiscard]] const nlohmann::json* default_at(const nlohmann::json& root, std::string_view pointer);

[[nodiscard]] std::vector<std::string> split_pointer(std::string_view pointer);
/// How messages name the node: "maxSize", "sources[3]" for an array item, "document" for the root.
[[nodiscard]] std::string field_name(std::string_view pointer);
/// The last reference token, unescaped ("" for the root).
[[nodiscard]] std::string last_token(std::string_view pointer);
/// "string", "integer", "number", "boolean", "null", "object" or "array".
[[nodiscard]] std::string_view type_name(const nlohmann::json& value);
/// A short rendering of a value for messages: strings quoted, long values cut.
[[nodiscard]] std::string show(const nlohmann::json& value);

}  // namespace telc::schema
