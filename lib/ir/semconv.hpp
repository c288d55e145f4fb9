#pragma once
// A semantic-convention registry, lowered for documentation: every attribute definition and
// every signal (metric, span, event, entity) under its root namespace, references resolved,
// inherited attributes folded in, refinements listed under the signal they refine.
#include <optional>
#include <string>
#include <vector>

namespace telc::ir {

struct SemconvDeprecation {
  std::string reason;      // renamed | obsoleted | uncategorized, or empty
  std::string renamed_to;  // what a renamed element became
  std::string note;
};

struct SemconvMember {
  std::string id, value, brief, stability;
  std::optional<SemconvDeprecation> deprecated;
};

struct SemconvAttribute {
  std::string key;
  std::string type;  // as written; "enum" when it lists members
  std::string brief, stability;
  std::vector<std::string> examples;
  std::vector<SemconvMember> members;
  std::optional<SemconvDeprecation> deprecated;
  std::string source_file;
};

/// An attribute as a signal uses it: the signal's requirement level and stability refinements
/// over the definition's.
struct SemconvAttributeUse {
  std::string key;
  std::string requirement;  // required | recommended | opt_in | conditionally_required
  std::string condition;    // the text after a conditional level, if any
  std::string stability;
  bool deprecated = false;
  bool identifying = false;  // part of an entity's identity
};

struct SemconvRefinement {
  std::string id, brief, source_file;
  std::vector<SemconvAttributeUse> attributes;  // those it adds or refines, sorted by key
};

struct SemconvSignal {
  std::string kind;  // metric | span | event | entity
  std::string name;  // the metric or event name, the span or entity type (a v1 span's group id)
  std::string brief, stability;
  std::string instrument, unit;  // metrics
  std::string span_kind;         // spans
  std::optional<SemconvDeprecation> deprecated;
  std::vector<SemconvAttributeUse> attributes;  // identifying first, then by key
  std::vector<std::string> entity_associations;
  std::vector<SemconvRefinement> refinements;  // sorted by id
  std::string source_file;
};

/// A root namespace: the first dot-separated segment of the names it holds.
struct SemconvNamespace {
  std::string name;
  std::vector<SemconvAttribute> attributes;  // sorted by key
  std::vector<SemconvSignal> signals;        // by kind (metric, span, event, entity), then name
};

struct SemconvRegistry {
  std::vector<SemconvNamespace> namespaces;  // sorted by name
  std::vector<std::string> imports;          // what v2 files import from dependencies, sorted
};

/// The signal kinds in the order documentation lists them.
inline constexpr const char* kSignalKinds[] = {"metric", "span", "event", "entity"};

}  // namespace telc::ir
