#pragma once
// The JSON Schemas of every input kind, embedded at build time and compiled on first use.
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace valijson {
class Schema;
}

namespace telc::schema {

struct EmbeddedSchema {
  std::string_view path;  // "<group>/<version>/<Kind>.schema.json" below schemas/
  std::string_view text;
};
extern const EmbeddedSchema kEmbeddedSchemas[];
extern const std::size_t kEmbeddedSchemaCount;

struct CompiledSchema {
  std::string api_version;
  std::string kind;
  nlohmann::json json;                       // for messages and telc's own keywords
  std::unique_ptr<valijson::Schema> schema;  // for validation proper
  ~CompiledSchema();
};

class SchemaStore {
 public:
  /// The schemas built into telc.
  static const SchemaStore& builtin();
  explicit SchemaStore(std::span<const EmbeddedSchema> schemas);
  ~SchemaStore();

  /// The compiled schema for a resource type, or nullptr. Thread-safe.
  [[nodiscard]] const CompiledSchema* find(std::string_view api_version, std::string_view kind) const;
  [[nodiscard]] std::vector<std::string> api_versions() const;
  [[nodiscard]] std::vector<std::string> kinds(std::string_view api_version = {}) const;

 private:
  struct Entry;
  std::vector<std::unique_ptr<Entry>> entries_;
};

}  // namespace telc::schema
