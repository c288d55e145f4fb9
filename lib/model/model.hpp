#pragma once
// Stage 4: the typed model. Every user value carries its span; nothing is defaulted or renamed
// here (lowering does that), so diagnostics always point at what the user wrote.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "diag/embedded_text.hpp"
#include "metricsql/parse.hpp"
#include "model/kyma.hpp"
#include "model/resources.hpp"

namespace telc::model {

struct SecretRef {
  Str name;
  std::optional<Str> key;
};

enum class AuthKind : std::uint8_t { basic, bearer };
struct Authentication {
  AuthKind kind;
  SecretRef secret;
  diag::SourceSpan span;
};

struct Duration {
  std::int64_t nanoseconds = 0;
  diag::SourceSpan span;
};

struct Batch {
  std::optional<bool> enabled;
  std::optional<Duration> timeout;
  std::optional<diag::Located<std::int64_t>> max_size;
};

struct Retry {
  std::optional<bool> enabled;
  std::optional<diag::Located<std::int64_t>> max_attempts;
  std::optional<Duration> backoff;
};

struct LabelSelector {
  std::vector<std::pair<Str, Str>> match_labels;
  struct Expression {
    Str key;
    Str op;  // In | NotIn | Exists | DoesNotExist
    std::vector<Str> values;
  };
  std::vector<Expression> match_expressions;
};

struct KindRef {
  Str group;
  Str kind;                     // "*" = every kind of the group
  bool from_resources = false;  // the seed's `resources: [gateways]` (plural resource names)
};

struct ResourceSelector {
  std::optional<LabelSelector> namespace_selector;
  std::optional<LabelSelector> label_selector;
  std::vector<KindRef> kinds;
  diag::SourceSpan span;
};

/// A `metricsql` field, parsed when the model is built (syntax errors are reported then).
struct MetricsQuery {
  EmbeddedStr text;
  bool parsed = false;                          // false: a syntax error was reported
  std::optional<metricsql::Selector> selector;  // set when the query is a plain series selector
  diag::SourceSpan expression;                  // the whole parsed expression
};

struct ExportSource {
  Str name;
  std::optional<MetricsQuery> metricsql;
  std::vector<ResourceSelector> resource_selectors;
  bool logs = false;                        // the design's log sources
  diag::SourceSpan resource_selectors_key;  // the `resourceSelectors` key, when there is one
};

enum class SinkTarget : std::uint8_t { prometheus_remote_write, open_telemetry, otlp_http };
struct ExportSink {
  Str name;
  std::vector<Str> sources;  // empty for Exporter sinks, which receive every source
  SinkTarget target = SinkTarget::otlp_http;
  diag::SourceSpan target_span;
  Str endpoint;
  std::optional<Authentication> authentication;
  Batch batch;
  Retry retry;
};

/// ExportPolicy (both groups) and the seed's Exporter, in one shape.
struct ExportPolicy {
  Origin origin;
  std::vector<ExportSource> sources;
  std::vector<ExportSink> sinks;
};

struct MetricLabel {
  Str key;
  std::optional<Str> description;
  bool required = false;
  std::vector<Str> values;
  std::optional<diag::Located<std::int64_t>> max_cardinality;
};

struct MetricDefinition {
  Origin origin;
  Str resource_group;
  Str resource_kind;
  Str name;
  Str description;
  Str instrument;  // as written; `instrument_kind` is the normalised lower-case form
  std::string instrument_kind;
  Str unit;
  std::optional<Str> temporality;
  std::optional<Str> stability;
  std::vector<MetricLabel> labels;
};

struct LabelExpr {
  Str key;
  EmbeddedStr cel;
};

struct AttributeSelector {
  Str key;
  EmbeddedStr value_from;
};

struct AttributeFilter {
  Str key;
  Str regex;
};

struct DataPlaneSource {
  Str metric_name;
  std::optional<Str> temporality;
  std::vector<AttributeSelector> attribute_selectors;
  std::vector<AttributeFilter> attribute_filters;
  std::optional<EmbeddedStr> value;
  std::vector<LabelExpr> labels;
  diag::SourceSpan labels_span;  // the `labels:` key, or the nearest enclosing block
};

struct ResourceFieldsSource {
  EmbeddedStr path;  // a CEL path into `resource` (the list exploded into series)
  EmbeddedStr value;
  std::vector<LabelExpr> labels;
  std::optional<EmbeddedStr> drop_if;
  std::vector<std::pair<Str, Str>> static_labels;
  diag::SourceSpan labels_span;
};

struct MetricPolicy {
  Origin origin;
  Str subject_group;
  Str subject_version;
  Str subject_kind;
  Str target_metric;
  Str source_type;  // DataPlane | ResourceFields
  std::optional<DataPlaneSource> data_plane;
  std::optional<ResourceFieldsSource> resource_fields;
};

/// One series definition of a ResourceMetricsPolicy family: CEL over `object` (and `item`, one
/// element of the `forEach` list, when there is one).
struct ResourceMetric {
  std::optional<EmbeddedStr> for_each;  // absent or empty: one series per object
  std::optional<EmbeddedStr> value;     // absent: 1
  std::vector<std::pair<Str, EmbeddedStr>> labels;
};

struct ResourceMetricFamily {
  Str name;
  std::vector<ResourceMetric> metrics;
};

struct ResourceMetricGenerator {
  Str name;
  Str group, version, resource;  // the resource read: group ("" = core), version, plural
  std::vector<ResourceMetricFamily> families;
};

/// A ResourceMetricsPolicy (resourcemetrics.miloapis.com/v1alpha1), hand-written or telc's output.
struct ResourceMetricsPolicy {
  Origin origin;
  std::optional<Str> metric_name_prefix;
  std::vector<ResourceMetricGenerator> generators;
};

/// A data point a DataPlane policy reads in a policy test.
struct TestSample {
  Str metric;
  std::optional<Str> temporality;
  std::vector<std::pair<Str, nlohmann::json>> attributes;  // key → scalar, in key order
  diag::Located<double> value;
};

/// A series a policy test expects.
struct ExpectedSeries {
  Str metric;
  std::vector<std::pair<Str, Str>> labels;  // key → value, as written
  diag::Located<double> value;
  diag::SourceSpan span;  // the item's first key
};

/// One test of a PolicyTest file.
struct PolicyTestCase {
  Str name;
  std::vector<Str> policies;  // empty: every policy of the inputs
  std::vector<ResourceObject> objects;
  std::vector<Str> object_files;  // more objects, read by the driver (relative to the test file)
  std::vector<TestSample> samples;
  std::vector<ExpectedSeries> expect;
  diag::SourceSpan expect_key;  // `expect:`, where unexpected series are reported
  diag::SourceSpan extent;      // the whole item, to group its findings (JUnit)
};

/// A PolicyTest (telc.dev/v1alpha1): MetricPolicy unit tests, run by `telc test`.
struct PolicyTest {
  Origin origin;
  std::vector<Str> inputs;  // relative to the file
  std::vector<PolicyTestCase> tests;
};

/// One `expr` of a rule file, parsed when the model is built (syntax errors are reported then).
/// The tree is shared so the model stays copyable; its nodes' byte ranges map through `text.where`.
/// It is kept only when the model is built with BuildOptions::query_trees (lint, compile).
struct RuleQuery {
  EmbeddedStr text;
  std::shared_ptr<const metricsql::ParseResult> parsed;  // null or !ok(): rejected, or not kept
  [[nodiscard]] const metricsql::Expr* root() const { return parsed ? parsed->root() : nullptr; }
};

/// A recording rule (`record`) or an alerting rule (`alert`) of a Prometheus-style rule group.
struct RecordingOrAlertingRule {
  std::optional<Str> record;
  std::optional<Str> alert;
  RuleQuery expr;
  std::optional<Str> for_duration;
  std::optional<Str> keep_firing_for;
  std::vector<std::pair<Str, Str>> labels;
  std::vector<std::pair<Str, Str>> annotations;
  diag::SourceSpan span;  // the rule's first key
  bool complete = true;   // no schema error in the rule: lint reads only complete rules
  /// The rule's name; a rule without one (a schema error) has an empty name at its first key.
  [[nodiscard]] Str name() const { return record ? *record : alert ? *alert : Str{{}, span}; }
};

struct RuleGroup {
  Str name;
  std::vector<std::pair<Str, Str>> labels;  // group labels, added to every rule
  std::vector<RecordingOrAlertingRule> rules;
};

/// A Prometheus rule file, a VMRule or a PrometheusRule (the groups of the last two sit in `spec`).
struct RuleFile {
  Origin origin;  // api_version and kind are empty for a plain Prometheus rule file
  std::vector<RuleGroup> groups;
};

/// `deprecated:` of a semantic convention (an object; v1's older plain string has no reason).
struct SemconvDeprecation {
  diag::SourceSpan span;          // the `deprecated` key
  std::optional<Str> reason;      // renamed | obsoleted | uncategorized
  std::optional<Str> renamed_to;  // what a `renamed` element became
  std::optional<Str> note;        // `deprecated.note`, or v1's plain string
};

/// One member of an enum attribute type (`type: {members: [...]}`).
struct SemconvEnumMember {
  Str id;
  std::optional<Str> value;  // as written; `value_kind` says what YAML made of it
  std::string value_kind;    // string | int | double | bool
  std::optional<Str> stability;
  std::optional<SemconvDeprecation> deprecated;
  bool codegen_excluded = false;  // annotations.code_generation.exclude
  std::optional<Str> brief;
};

/// One value of an attribute definition's `examples`, by what YAML made of it: string, int,
/// double, bool, null, object, or `<kind>[]` for a list (`mixed[]` when its items differ).
struct SemconvExample {
  std::string kind;
  diag::SourceSpan span;
  std::string text;  // as documentation shows it: a scalar as written, anything else as flow JSON
};

/// One attribute of a semantic-convention group: a definition (`id`, v2 `key`) or a reference
/// (`ref`). Type, members and deprecation are read from definitions; stability from both (a
/// reference may refine it).
struct SemconvAttribute {
  std::optional<Str> id;
  std::optional<Str> ref;
  bool required = false;  // requirement_level: required
  bool opt_in = false;    // requirement_level: opt_in (or `{opt_in: ...}`)
  /// The requirement level's name (required, recommended, opt_in, conditionally_required), empty
  /// when not written, and the condition or reason that may follow it.
  std::string requirement;
  std::optional<Str> requirement_text;
  std::optional<Str> brief;
  bool identifying = false;  // an entity's identity (v1 `role: identifying`, v2 `identity`)
  std::optional<Str> type;   // a primitive or template type as written; "enum" for members
  std::vector<SemconvEnumMember> members;
  std::optional<Str> stability;
  std::optional<SemconvDeprecation> deprecated;
  bool codegen_excluded = false;
  /// `examples` as written: one value, or each item of a list (`examples_listed`).
  std::vector<SemconvExample> examples;
  bool examples_listed = false;
  [[nodiscard]] const Str& key() const { return id ? *id : *ref; }
};

/// A group of a Weaver v1 registry file (`groups:`), or what telc reads of a v2 file: its top-level
/// `attributes` (one group with an empty id), `attribute_groups` and `metrics`.
struct SemconvGroup {
  Str id;
  Str type;  // attribute_group | metric | span | event | entity | resource
  Str brief;
  std::optional<Str> extends;
  std::optional<Str> name;       // event and entity groups
  std::optional<Str> span_name;  // span groups: `annotations.telc.span_name`
  std::optional<Str> span_kind;  // span groups: v1 `span_kind`, v2 `kind`
  /// A v2 refinement (`metric_refinements`, …): the signal it refines, by the name `signal_name`
  /// gives signals of its type. Refinements are not signals of their own.
  std::optional<Str> refines;
  std::vector<SemconvAttribute> attributes;
  std::vector<Str> group_refs;  // v2 `ref_group`: every attribute of those groups
  /// What Weaver's policies name the signal by: a metric's name, an event's name, a v2 span's or
  /// entity's type (v1 spans have none).
  std::optional<Str> signal_name;
  std::optional<Str> stability;
  std::optional<SemconvDeprecation> deprecated;
  std::optional<Str> visibility;  // v2 attribute groups: public | internal
  std::vector<Str> entity_associations;
  /// `annotations.<package>.policy_exceptions` as "<package>/<exception>", e.g.
  /// "naming_conventions/metric_namespace_collision": the checks Weaver's packages let a signal skip.
  std::vector<std::string> policy_exceptions;
  bool codegen_excluded = false;
  /// A metric group in the shape of a MetricDefinition (the service is the name's first segment), so
  /// queries are checked against registry metrics like any other; `extends` and `ref_group` are
  /// folded in by link().
  std::optional<MetricDefinition> metric;
};

/// A registry file; a registry is every such file among the inputs.
struct Registry {
  Origin origin;  // file and document only
  std::vector<SemconvGroup> groups;
  bool v2 = false;           // `file_format: definition/2`
  std::vector<Str> imports;  // v2 `imports`: names and wildcards of a dependency's groups and signals
};

/// Everything the inputs declare, in input order.
struct Model {
  std::vector<ExportPolicy> export_policies;
  std::vector<MetricDefinition> definitions;
  std::vector<MetricPolicy> policies;
  std::vector<ResourceMetricsPolicy> resource_metrics_policies;
  std::vector<PolicyTest> policy_tests;
  std::vector<RuleFile> rule_files;
  std::vector<Registry> registries;
  std::vector<KymaPipeline> pipelines;
  /// A registry manifest lists dependencies: refs may point outside the inputs.
  bool registry_has_dependencies = false;
  /// Metric names of definitions that failed validation: references to them are not re-reported.
  std::vector<std::string> broken_definitions;

  /// Appends everything `other` declares (files are modelled apart, then merged in input order).
  void merge(Model&& other);
};

/// The model lint judges: without what a schema error touched (documents, and rules of rule files,
/// that are not complete: conventions are judged on what is well-formed) and without the documents
/// of `context` (sorted; files read only for their declarations). nullopt when nothing is left
/// out, so the common case copies nothing.
[[nodiscard]] std::optional<Model> judged_view(const Model& model, const std::vector<diag::FileId>& context);

}  // namespace telc::model
