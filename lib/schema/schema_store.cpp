#include "schema/schema_store.hpp"

#include <algorithm>
#include <mutex>
#include <set>
#include <unordered_map>

#include <re2/re2.h>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>

#include "schema/fast_validate.hpp"

namespace telc::schema {

struct SchemaStore::Entry {
  std::string api_version;
  std::string kind;
  std::span<const std::uint8_t> cbor;
  mutable std::once_flag once;
  mutable std::unique_ptr<CompiledSchema> compiled;
};

CompiledSchema::~CompiledSchema() = default;
SchemaStore::~SchemaStore() = default;

struct CompiledSchema::Patterns {
  std::mutex mutex;
  std::unordered_map<std::string, std::unique_ptr<re2::RE2>> compiled;
};

const re2::RE2& CompiledSchema::pattern(const std::string& text) const {
  std::lock_guard lock(patterns_->mutex);
  auto& slot = patterns_->compiled[text];
  if (!slot) slot = std::make_unique<re2::RE2>(text, re2::RE2::Quiet);
  return *slot;
}

const valijson::Schema& CompiledSchema::reference() const {
  std::call_once(reference_once_, [this] {
    reference_ = std::make_unique<valijson::Schema>();
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    valijson::adapters::NlohmannJsonAdapter adapter(json);
    parser.populateSchema(adapter, *reference_);
  });
  return *reference_;
}

/// Schemas are ours; a broken one is a build defect, so parsing errors propagate as exceptions
/// to main's catch-all (exit 3) rather than becoming user diagnostics.
std::unique_ptr<CompiledSchema> compile_schema(const std::string& api_version, const std::string& kind,
                                               std::span<const std::uint8_t> cbor) {
  auto out = std::make_unique<CompiledSchema>();
  out->api_version = api_version;
  out->kind = kind;
  out->json = nlohmann::json::from_cbor(cbor.begin(), cbor.end());
  out->patterns_ = std::make_unique<CompiledSchema::Patterns>();
  out->fast = std::make_unique<FastSchema>(out->json);
  return out;
}

const SchemaStore& SchemaStore::builtin() {
  // Never destroyed: tearing the compiled schemas down at exit would cost a tenth of a small run.
  static const SchemaStore* store = new SchemaStore(std::span(kEmbeddedSchemas, kEmbeddedSchemaCount));
  return *store;
}

SchemaStore::SchemaStore(std::span<const EmbeddedSchema> schemas) {
  constexpr std::string_view kSuffix = ".schema.json";
  for (const EmbeddedSchema& s : schemas) {
    const std::size_t slash = s.path.rfind('/');
    if (slash == std::string_view::npos || !s.path.ends_with(kSuffix)) continue;
    auto e = std::make_unique<Entry>();
    e->api_version = std::string(s.path.substr(0, slash));
    e->kind = std::string(s.path.substr(slash + 1, s.path.size() - slash - 1 - kSuffix.size()));
    e->cbor = s.cbor;
    entries_.push_back(std::move(e));
  }
}

const CompiledSchema* SchemaStore::find(std::string_view api_version, std::string_view kind) const {
  for (const auto& e : entries_) {
    if (e->api_version != api_version || e->kind != kind) continue;
    std::call_once(e->once, [&] { e->compiled = compile_schema(e->api_version, e->kind, e->cbor); });
    return e->compiled.get();
  }
  return nullptr;
}

std::vector<std::string> SchemaStore::api_versions() const {
  std::set<std::string> out;
  for (const auto& e : entries_) out.insert(e->api_version);
  return {out.begin(), out.end()};
}

std::vector<std::string> SchemaStore::kinds(std::string_view api_version) const {
  std::set<std::string> out;
  for (const auto& e : entries_)
    if (api_version.empty() || e->api_version == api_version) out.insert(e->kind);
  return {out.begin(), out.end()};
}

}  // namespace telc::schema
