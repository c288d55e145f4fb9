#include "schema/validate.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "diag/spelling.hpp"
#include "schema/keywords.hpp"
#include "schema/messages.hpp"
#include "schema/schema_nav.hpp"

namespace telc::schema {
namespace {

void report(diag::Sink& sink, diag::SourceSpan span, std::string code, std::string message,
            std::optional<std::string> hint = std::nullopt) {
  sink.report({diag::Severity::error, std::move(code), std::move(message), span, std::move(hint), {}});
}

std::optional<std::string> kind_hint(const SchemaStore& store, const std::string& api_version,
                                     const std::string& kind) {
  for (const std::string& v : store.api_versions())
    for (const std::string& k : store.kinds(v))
      if (k == kind) return fmt::format("kind '{}' is served by apiVersion '{}'", kind, v);
  if (auto near = diag::closest(kind, store.kinds(api_version))) return "did you mean '" + *near + "'?";
  return fmt::format("known kinds: {}", fmt::join(store.kinds(api_version), ", "));
}

bool is_registry_group(const nlohmann::json& g) { return g.is_object() && (g.contains("id") || g.contains("type")); }

/// The schema of a document that names no apiVersion (a rule file, a registry file or manifest).
const CompiledSchema* headless_schema(Headless kind, const SchemaStore& store) {
  switch (kind) {
    case Headless::rule_file: return store.find(kRuleFileApiVersion, kRuleFileKind);
    case Headless::registry: return store.find(kRegistryApiVersion, kRegistryKind);
    case Headless::manifest: return store.find(kRegistryApiVersion, kManifestKind);
    case Headless::registry_v2: return store.find(kRegistryV2ApiVersion, kRegistryKind);
    case Headless::none: return nullptr;
  }
  return nullptr;
}

/// Finds the schema for the document's apiVersion and kind, reporting why when there is none.
const CompiledSchema* identify(const Document& doc, const Locator& where, const SchemaStore& store, diag::Sink& sink) {
  const nlohmann::json& v = doc.value;
  if (!v.is_object())
    return report(sink, where.value(""), "schema/not-a-resource",
                  fmt::format("document is {}, not a resource mapping", show(v)),
                  "a telc input has 'apiVersion', 'kind', 'metadata' and 'spec'"),
           nullptr;
  if (const Headless kind = headless_kind(v); kind != Headless::none) return headless_schema(kind, store);
  for (const char* field : {"apiVersion", "kind"})
    if (!v.contains(field) || !v[field].is_string())
      return report(sink, where.value(v.contains(field) ? std::string("/") + field : ""), "schema/required",
                    fmt::format("document has no string '{}'", field),
                    "every telc input names its apiVersion and kind"),
             nullptr;
  const std::string api_version = v["apiVersion"], kind = v["kind"];
  if (const CompiledSchema* s = store.find(api_version, kind)) return s;
  const auto versions = store.api_versions();
  if (std::find(versions.begin(), versions.end(), api_version) == versions.end()) {
    const auto near = diag::closest(api_version, versions);
    report(sink, where.value("/apiVersion"), "schema/unknown-kind", fmt::format("unknown apiVersion '{}'", api_version),
           near ? "did you mean '" + *near + "'?" : fmt::format("known: {}", fmt::join(versions, ", ")));
  } else {
    report(sink, where.value("/kind"), "schema/unknown-kind",
           fmt::format("unknown kind '{}' for apiVersion '{}'", kind, api_version),
           kind_hint(store, api_version, kind));
  }
  return nullptr;
}

void run_valijson(const CompiledSchema& schema, const Document& doc, const Locator& where, diag::Sink& sink) {
  // One validator per thread: it caches compiled std::regex patterns, which dominate otherwise.
  thread_local valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter adapter(doc.value);
  if (validator.validate(*schema.schema, adapter, &results)) return;
  std::set<std::pair<std::string, std::string>> seen;  // valijson repeats errors via $ref paths
  valijson::ValidationResults::Error e;
  while (results.popError(e)) {
    const std::string pointer = context_pointer(e.context);
    if (!seen.emplace(pointer, e.description).second) continue;
    if (auto d = describe(schema, where, pointer, e.description)) sink.report(std::move(*d));
  }
}

void report_deprecation(const CompiledSchema& schema, const Locator& where, diag::Sink& sink) {
  auto it = schema.json.find("x-telc-deprecated");
  if (it == schema.json.end()) return;
  sink.report({diag::Severity::warning,
               "schema/deprecated",
               it->get<std::string>(),
               where.value("/apiVersion"),
               "change apiVersion to the current group",
               {}});
}

}  // namespace

Headless headless_kind(const nlohmann::json& v) {
  if (!v.is_object() || v.contains("apiVersion") || v.contains("kind")) return Headless::none;
  if (v.contains("file_format")) return Headless::registry_v2;
  if (v.contains("groups")) {
    const nlohmann::json& g = v["groups"];
    const bool registry =
        v.contains("imports") ||
        (g.is_array() && std::any_of(g.begin(), g.end(), is_registry_group) &&
         std::none_of(g.begin(), g.end(), [](const auto& x) { return x.is_object() && x.contains("rules"); }));
    return registry ? Headless::registry : Headless::rule_file;
  }
  for (const char* key : {"semconv_version", "schema_base_url", "schema_url", "dependencies"})
    if (v.contains(key)) return Headless::manifest;
  return Headless::none;
}

Validated validate_with(const CompiledSchema& schema, const Document& doc, const diag::SourceManager& sources,
                        diag::Sink& sink) {
  const Locator where(sources, doc);
  const std::size_t errors_before = sink.error_count();
  run_valijson(schema, doc, where, sink);
  check_keywords(schema, doc, where, sink);
  return {&schema, sink.error_count() == errors_before};
}

Validated validate_document(const Document& doc, const diag::SourceManager& sources, const SchemaStore& store,
                            diag::Sink& sink) {
  const Locator where(sources, doc);
  const std::size_t errors_before = sink.error_count();
  const CompiledSchema* schema = identify(doc, where, store, sink);
  if (schema == nullptr) return {};
  report_deprecation(*schema, where, sink);
  run_valijson(*schema, doc, where, sink);
  check_keywords(*schema, doc, where, sink);
  return {schema, sink.error_count() == errors_before};
}

}  // namespace telc::schema
