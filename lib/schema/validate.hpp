#pragma once
// Stage 3: a document against the JSON Schema of its apiVersion/kind, plus telc's own keywords.
#include "diag/sink.hpp"
#include "schema/document.hpp"
#include "schema/schema_store.hpp"

namespace telc::schema {

/// The pseudo apiVersion and kind of Prometheus rule files (schemas/prometheus.io/rulefmt/), which
/// name neither: identify() gives them this schema when the document has top-level `groups`.
inline constexpr std::string_view kRuleFileApiVersion = "prometheus.io/rulefmt";
inline constexpr std::string_view kRuleFileKind = "RuleFile";

/// Weaver's v1 semantic-convention registry files and manifests also name no apiVersion; they get
/// the pseudo apiVersion of schemas/opentelemetry.io/semconv-v1/.
inline constexpr std::string_view kRegistryApiVersion = "opentelemetry.io/semconv-v1";
inline constexpr std::string_view kRegistryKind = "Registry";
inline constexpr std::string_view kManifestKind = "RegistryManifest";
inline constexpr std::string_view kRegistryV2ApiVersion = "opentelemetry.io/semconv-v2";

/// What a document without apiVersion and kind is, told apart by its top-level keys: rule files and
/// registries both have `groups`, whose items have `name`/`rules` in one and `id`/`type` in the other.
enum class Headless { none, rule_file, registry, manifest, registry_v2 };
[[nodiscard]] Headless headless_kind(const nlohmann::json& document);

struct Validated {
  const CompiledSchema* schema = nullptr;  // nullptr when no schema applies (reported)
  bool ok = false;                         // no error was reported for this document
};

/// Checks a document against a given schema (for files without apiVersion/kind, like .telc.yaml).
[[nodiscard]] Validated validate_with(const CompiledSchema& schema, const Document& doc,
                                      const diag::SourceManager& sources, diag::Sink& sink);

[[nodiscard]] Validated validate_document(const Document& doc, const diag::SourceManager& sources,
                                          const SchemaStore& store, diag::Sink& sink);

}  // namespace telc::schema
