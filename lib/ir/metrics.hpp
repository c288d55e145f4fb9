#pragma once
// Metric definitions and the policies that produce them, lowered: defaults applied (stability
// alpha, instrument lower-case), Prometheus names computed once in the configured mode, labels
// sorted, every policy linked to its definition.
//
// CEL stays CEL: each expression keeps its text, its parsed tree (owned here, parsed again at
// lowering from the validated text) and the map from its bytes to the file. Every target speaks a
// different language (OTTL, PromQL, KSM paths, CEL over `object`), so each backend translates
// the tree itself and reports `emit/not-expressible` at the exact token it cannot translate.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cel/ast.hpp"
#include "cel/parse.hpp"
#include "diag/embedded_text.hpp"

namespace telc::ir {

/// One CEL expression: never a syntax error here (validation rejected those).
struct Cel {
  std::string text;
  cel::ParseResult parsed;
  diag::EmbeddedText where;

  [[nodiscard]] const cel::Expr& root() const { return *parsed.root(); }
  [[nodiscard]] diag::SourceSpan span(const cel::Expr& expr) const { return where.span(expr.begin, expr.end); }
};

enum class Instrument : std::uint8_t { counter, updowncounter, gauge, histogram };
enum class Temporality : std::uint8_t { unspecified, cumulative, delta };
enum class Stability : std::uint8_t { alpha, beta, stable, deprecated };

[[nodiscard]] std::string_view to_string(Instrument instrument);
[[nodiscard]] std::string_view to_string(Temporality temporality);
[[nodiscard]] std::string_view to_string(Stability stability);

struct MetricLabel {
  std::string key;
  std::string prometheus;  // the key as Prometheus stores it
  std::string description;
  bool required = false;
  std::vector<std::string> values;  // the allowed set, if bounded that way
  std::optional<std::int64_t> max_cardinality;
};

struct MetricDef {
  std::string object_name;  // metadata.name of the MetricDefinition
  std::string source_file;
  std::string resource_group, resource_kind;
  std::string name, description, unit;
  std::string prometheus_name;  // in the configured naming mode
  Instrument instrument = Instrument::gauge;
  Temporality temporality = Temporality::unspecified;
  Stability stability = Stability::alpha;
  std::vector<MetricLabel> labels;    // sorted by key
  std::vector<std::size_t> policies;  // indexes into Program::metric_policies, in their order
  diag::SourceSpan provenance;
};

/// `label: <CEL>` of a policy; sorted by key.
struct LabelBinding {
  std::string key;
  std::string prometheus;
  Cel value;
};

/// A sample attribute that must equal a field of the subject (attributeSelectors).
struct AttributeBinding {
  std::string attribute;
  Cel value_from;
};

struct AttributeFilter {
  std::string attribute;
  std::string regex;  // RE2, unanchored as written (validated)
};

/// One object of the policy's subject given with --resources, evaluated: what its
/// attributeSelectors resolve to (the values a sample of this object carries) and the labels that
/// need the object itself.
struct BoundObject {
  std::string ref;                                          // "HTTPRoute shop/web"
  std::vector<std::string> selector_values;                 // parallel to DataPlaneInput::selectors
  std::vector<std::pair<std::string, std::string>> labels;  // label key → value, sorted by key
};

struct DataPlaneInput {
  std::string metric_name;
  Temporality temporality = Temporality::unspecified;
  std::vector<AttributeBinding> selectors;
  std::vector<AttributeFilter> filters;
  std::optional<Cel> value;  // absent: the sample value unchanged
  std::vector<LabelBinding> labels;
  /// With --resources: the subject's objects whose selectors all evaluated, sorted by namespace
  /// and name; empty otherwise (or when none matched).
  std::vector<BoundObject> objects;
  bool bound = false;  // --resources was given and some label needs the object
};

struct ResourceFieldsInput {
  /// `seriesFrom.path: resource`: one series per object, `item` the object itself.
  [[nodiscard]] bool per_object() const {
    const auto* id = cel::if_as<cel::Ident>(series_from.root());
    return id != nullptr && id->name == "resource" && !id->absolute;
  }

  Cel series_from;
  Cel value;
  std::vector<LabelBinding> labels;
  std::optional<Cel> drop_if;
  std::vector<std::pair<std::string, std::string>> static_labels;  // sorted by key
};

struct MetricPolicy {
  std::string name, name_space;
  std::string source_file;
  std::string subject_group, subject_version, subject_kind;
  std::size_t metric = 0;  // index into Program::metrics
  std::optional<DataPlaneInput> data_plane;
  std::optional<ResourceFieldsInput> resource_fields;
  diag::SourceSpan provenance;
};

}  // namespace telc::ir
