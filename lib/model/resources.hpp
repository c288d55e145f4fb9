#pragma once
// Kubernetes objects given with `--resources` (a `kubectl get … -o yaml` dump, a `kind: List`, or
// plain documents): the objects a MetricPolicy's CEL reads as `resource`, so that what a policy
// needs from the control plane can be evaluated offline. They are data, not telc's inputs:
// nothing in them is validated beyond being an object with a kind and a name.
#include <optional>
#include <string>
#include <vector>

#include "cel/eval.hpp"
#include "diag/sink.hpp"
#include "schema/document.hpp"

namespace telc::model {

struct ResourceObject {
  std::string group;  // "" for the core group (apiVersion v1)
  std::string version;
  std::string kind;
  std::string name;
  std::string name_space;  // "" for a cluster-scoped object
  cel::Value value;        // the whole object
  diag::SourceSpan span;   // its `kind`, to point at the object
};

/// The objects of `documents`, in order: each document, or each item of a `kind: List`. A document
/// that is not a Kubernetes object (no apiVersion, kind or metadata.name) is a
/// `resources/not-an-object` warning; the same object twice (group, kind, namespace and name) is
/// a `resources/duplicate` warning, and the first is kept.
[[nodiscard]] std::vector<ResourceObject> resource_objects(const diag::SourceManager& sources,
                                                           const std::vector<schema::Document>& documents,
                                                           diag::Sink& sink);

/// The object of one (sub)document, or nullopt after a `resources/not-an-object` warning.
[[nodiscard]] std::optional<ResourceObject> resource_object(const schema::Locator& where, diag::Sink& sink);

/// A JSON value as CEL sees it: integers that fit int64 are int, larger ones uint, other numbers
/// double; objects are maps with string keys.
[[nodiscard]] cel::Value to_cel(const nlohmann::json& value);

/// The resource's plural as the API server names it, by the English rules Kubernetes' own
/// defaulting uses for kinds that do not declare one (lower case; -s, -es, -y → -ies).
[[nodiscard]] std::string plural(std::string_view kind);

/// "HTTPRoute shop/web" (or "Namespace shop" when cluster-scoped), for messages.
[[nodiscard]] std::string describe(const ResourceObject& object);

}  // namespace telc::model
