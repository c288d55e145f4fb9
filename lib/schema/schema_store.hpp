#pragma once
// The JSON Schemas of every input kind, embedded at build time and compiled on first use.
#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace valijson {
class Schema;
}
namespace re2 {
class RE2;
}

namespace telc::schema {

class FastSchema;

struct EmbeddedSchema {
  std::string_view path;               // "<group>/<version>/<Kind>.schema.json" below schemas/
  std::span<const std::uint8_t> cbor;  // the schema, as CBOR (tools/embed_schemas.cpp)
};
extern const EmbeddedSchema kEmbeddedSchemas[];
extern const std::size_t kEmbeddedSchemaCount;

struct CompiledSchema {
  std::string api_version;
  std::string kind;
  nlohmann::json json;               // for messages and telc's own keywords
  std::unique_ptr<FastSchema> fast;  // decides first: a document it accepts has no error
  ~CompiledSchema();

  /// The RE2 form of a `pattern` (renamed `x-telc-pattern` at build time, so valijson skips it):
  /// Kubernetes' regex semantics, compiled on first use because valijson's std::regex compile
  /// cost more at start-up than all of telc's other work. Thread-safe.
  [[nodiscard]] const re2::RE2& pattern(const std::string& text) const;
  /// valijson's form, for the documents `fast` does not accept: compiled on first use, as a run
  /// of valid documents never needs it. Thread-safe.
  [[nodiscard]] const valijson::Schema& reference() const;

 private:
  struct Patterns;
  std::unique_ptr<Patterns> patterns_;
  mutable std::once_flag reference_once_;
  mutable std::unique_ptr<valijson::Schema> reference_;
  friend std::unique_ptr<CompiledSchema> compile_schema(const std::string&, const std::string&,
                                                        std::span<const std::uint8_t>);
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
