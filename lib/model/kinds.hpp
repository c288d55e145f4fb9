#pragma once
// The one table of input kinds (kinds.cpp): how a document is recognised, the JSON Schema that
// validates it and the builder that adds it to the model. Adding a kind is a row there, a schema
// in schemas/ and a builder.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "diag/sink.hpp"
#include "model/model.hpp"
#include "schema/document.hpp"

namespace telc::model {

class Reader;

/// How a document is recognised: by its apiVersion and kind, or, for the formats that name
/// neither, by its top-level keys.
enum class Shape : std::uint8_t {
  resource,           // apiVersion + kind
  rule_file,          // `groups` whose items have `name` and `rules` (Prometheus rule files)
  registry,           // `groups` whose items have `id` / `type`, or `imports` (Weaver v1)
  registry_manifest,  // `semconv_version`, `schema_base_url`, `schema_url`, `dependencies` or
                      // `file_format: manifest/...` (Weaver's manifest.yaml, registry_manifest.yaml)
  registry_v2,        // `file_format` (Weaver v2 definitions: definition/2)
};

struct Kind {
  std::string_view api_version;  // the schema's folder in schemas/ (a pseudo group for shapes)
  std::string_view kind;         // the schema's file name
  Shape shape;
  /// Adds a schema-valid document to the model and runs the checks that need it alone; nullptr
  /// when the schema is all telc checks of the kind.
  void (*build)(const Reader& document, Model& out, diag::Sink& sink);
  /// Records what a document that failed validation declares, so that references to it are not
  /// reported a second time; nullptr when nothing refers to the kind.
  void (*note_invalid)(const nlohmann::json& document, Model& out);
};

/// Every kind, sorted by (api_version, kind); one row per schema in schemas/.
[[nodiscard]] std::span<const Kind> all_kinds();

/// The API groups telc owns whole: a document of one of them is always telc's, and an unknown
/// version or kind there is an error. In other groups telc owns only its rows' kinds
/// (PrometheusRule of monitoring.coreos.com, VMRule of operator.victoriametrics.com).
[[nodiscard]] std::span<const std::string_view> owned_groups();

/// What a document without apiVersion and kind is, told apart by its top-level keys; `resource`
/// when it names either (or is no mapping), or has none of the shapes' keys.
[[nodiscard]] Shape shape_of(const nlohmann::json& document);

/// What telc does with a document: check it (its row), skip it (not telc's: Kubernetes and other
/// operators' resources, compose files, CI workflows, Helm values...), or reject it (telc's, but
/// it cannot tell which kind: reported, with "did you mean").
struct Identity {
  enum class Verdict : std::uint8_t { check, skip, reject };
  Verdict verdict = Verdict::skip;
  const Kind* kind = nullptr;  // check
  std::string skipped;         // skip: what the document is, as --verbose lists it
};
[[nodiscard]] Identity identify(const schema::Locator& where, diag::Sink& sink);

/// Why a whole file is not telc's, before its YAML is read: project configuration (`.telc.yaml`),
/// or a Helm chart's unrendered template (it is YAML only once rendered). nullopt: read it.
[[nodiscard]] std::optional<std::string> not_policy(std::string_view path, std::string_view text);

/// Whether a file's text could hold something telc reads as context (a document of an owned group,
/// a rule file or a registry): a cheap test, so a large repository is not parsed whole.
[[nodiscard]] bool may_declare(std::string_view text);

/// A Kubernetes `kind: List` (apiVersion v1, as `kubectl get -o yaml` prints): its `items` are
/// documents of their own.
[[nodiscard]] bool is_list(const nlohmann::json& document);

/// For a document that failed identification or validation: the rows of its `kind` note what it
/// declares, so that references to it are not reported a second time.
void note_invalid(const nlohmann::json& document, Model& out);

}  // namespace telc::model
