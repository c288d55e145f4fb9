// ExportPolicy / Exporter → ExportPipeline: defaults from the kind's schema, the tenancy matcher
// injected into every selector group, sink → source references resolved to indexes.
#include <algorithm>

#include "ir/lower.hpp"
#include "metricsql/go_strconv.hpp"
#include "metricsql/parse.hpp"
#include "schema/formats.hpp"
#include "schema/schema_nav.hpp"
#include "schema/schema_store.hpp"

namespace telc::ir {
namespace {

MatchOp op_of(const std::string& op) {
  if (op == "!=") return MatchOp::not_equal;
  if (op == "=~") return MatchOp::regex;
  if (op == "!~") return MatchOp::not_regex;
  return MatchOp::equal;
}

std::string_view op_text(MatchOp op) {
  switch (op) {
    case MatchOp::not_equal: return "!=";
    case MatchOp::regex: return "=~";
    case MatchOp::not_regex: return "!~";
    default: return "=";
  }
}

/// The canonical text: written out, then printed by the MetricsQL printer, so it is exactly what
/// the reference's AppendString gives for the same selector.
std::string canonical_text(const std::vector<std::vector<Matcher>>& groups) {
  std::string text = "{";
  for (std::size_t g = 0; g < groups.size(); ++g) {
    if (g > 0) text += " or ";
    for (std::size_t i = 0; i < groups[g].size(); ++i) {
      if (i > 0) text += ",";
      metricsql::go_append_quote(text, groups[g][i].label);
      text += op_text(groups[g][i].op);
      metricsql::go_append_quote(text, groups[g][i].value);
    }
  }
  text += "}";
  const auto parsed = metricsql::parse(text);
  return parsed.ok() ? metricsql::to_canonical(*parsed.root()) : text;
}

/// Adds the tenancy matcher to every group and fixes the canonical text.
Selector finish(std::vector<std::vector<Matcher>> groups, const model::ProjectConfig& config) {
  if (groups.empty()) groups.emplace_back();  // `{}` or an empty query: every series
  for (auto& g : groups) g.push_back({config.tenancy_label, MatchOp::equal, config.project});
  Selector out{std::move(groups), {}};
  out.text = canonical_text(out.groups);
  return out;
}

Selector selector(const model::MetricsQuery* query, const model::ProjectConfig& config) {
  std::vector<std::vector<Matcher>> groups;
  if (query != nullptr && query->selector)
    for (const auto& group : query->selector->or_groups) {
      auto& g = groups.emplace_back();
      for (const auto& f : group) g.push_back({f.label, op_of(f.op), f.value});
    }
  return finish(std::move(groups), config);
}

/// resourceSelectors as a selector over the platform's labels, when that is possible.
std::optional<Selector> resources_selector(const std::vector<ResourceSelection>& selections,
                                           const model::ProjectConfig& config) {
  const model::ResourceAttributeNames& n = config.resource_attributes;
  std::vector<std::vector<Matcher>> groups;
  for (const ResourceSelection& s : selections) {
    if (s.has_namespace_selector || !s.resource_labels.empty()) return std::nullopt;
    std::vector<Matcher> base;
    if (s.own_namespace) base.push_back({n.name_space, MatchOp::equal, *s.own_namespace});
    if (s.kinds.empty()) groups.push_back(base);
    for (const auto& [group, kind] : s.kinds) {
      auto& g = groups.emplace_back(base);
      g.insert(g.begin(), {n.group, MatchOp::equal, group});
      if (kind != "*") g.insert(g.begin() + 1, {n.kind, MatchOp::equal, kind});
    }
  }
  return finish(std::move(groups), config);
}

std::vector<LabelRequirement> requirements(const model::LabelSelector& selector) {
  std::vector<LabelRequirement> out;
  for (const auto& [k, v] : selector.match_labels) out.push_back({k.value, LabelRequirement::Op::in, {v.value}});
  for (const auto& e : selector.match_expressions) {
    const std::string& op = e.op.value;
    LabelRequirement r{e.key.value,
                       op == "NotIn"          ? LabelRequirement::Op::not_in
                       : op == "Exists"       ? LabelRequirement::Op::exists
                       : op == "DoesNotExist" ? LabelRequirement::Op::does_not_exist
                                              : LabelRequirement::Op::in,
                       {}};
    for (const auto& v : e.values) r.values.push_back(v.value);
    out.push_back(std::move(r));
  }
  return out;
}

ResourceSelection selection(const model::ResourceSelector& selector, const std::string& policy_namespace) {
  ResourceSelection out;
  out.provenance = selector.span;
  out.has_namespace_selector = selector.namespace_selector.has_value();
  if (selector.namespace_selector)
    out.namespace_labels = requirements(*selector.namespace_selector);
  else
    out.own_namespace = policy_namespace;
  if (selector.label_selector) out.resource_labels = requirements(*selector.label_selector);
  for (const auto& k : selector.kinds) out.kinds.emplace_back(k.group.value, k.kind.value);
  return out;
}

Source source(const model::ExportSource& spec, const std::string& policy_namespace,
              const model::ProjectConfig& config) {
  Source out{spec.name.value, Source::Kind::selector, {}, std::nullopt, spec.name.span};
  if (!spec.resource_selectors.empty()) {
    out.kind = Source::Kind::resources;
    for (const auto& r : spec.resource_selectors) out.resources.push_back(selection(r, policy_namespace));
    out.selector = resources_selector(out.resources, config);
  } else {
    out.selector = selector(spec.metricsql ? &*spec.metricsql : nullptr, config);
  }
  return out;
}

/// Defaults of one sink's fields, read from the policy kind's schema.
class SinkDefaults {
 public:
  SinkDefaults(const model::ExportPolicy& policy, const model::ExportSink& export_sink)
      : api_(policy.origin.api_version), kind_(policy.origin.kind) {
    if (kind_ == "Exporter")
      base_ = "/spec/sinks/0";
    else if (export_sink.target == model::SinkTarget::prometheus_remote_write)
      base_ = "/spec/sinks/0/target/prometheusRemoteWrite";
    else
      base_ = "/spec/sinks/0/target/openTelemetry";
  }
  std::int64_t ns(const std::optional<model::Duration>& input, const std::string& field) const {
    if (input) return input->nanoseconds;
    const auto text = get(field);
    const auto ns = text && text->is_string() ? schema::parse_go_duration(text->get<std::string>()) : std::nullopt;
    return ns.value_or(0);
  }
  std::int64_t number(const std::optional<diag::Located<std::int64_t>>& value, const std::string& field) const {
    if (value) return value->value;
    const auto d = get(field);
    return d && d->is_number_integer() ? d->get<std::int64_t>() : 0;
  }
  bool flag(const std::optional<bool>& value, const std::string& field) const {
    if (value) return *value;
    const auto d = get(field);
    return !d || !d->is_boolean() || d->get<bool>();
  }

 private:
  std::optional<nlohmann::json> get(const std::string& field) const {
    return schema_default(api_, kind_, base_ + field);
  }
  std::string api_, kind_, base_;
};

Auth auth(const std::optional<model::Authentication>& left) {
  if (!left) return {};
  if (left->kind == model::AuthKind::basic) return {Auth::Kind::basic, left->secret.name.value, ""};
  return {Auth::Kind::bearer, left->secret.name.value, left->secret.key ? left->secret.key->value : "token"};
}

std::vector<std::size_t> source_indexes(const model::ExportSink& export_sink, const std::vector<Source>& sources) {
  std::vector<std::size_t> out;
  if (export_sink.sources.empty())  // the seed's Exporter: every sink receives every source
    for (std::size_t i = 0; i < sources.size(); ++i) out.push_back(i);
  for (const auto& ref : export_sink.sources)
    for (std::size_t i = 0; i < sources.size(); ++i)
      if (sources[i].name == ref.value && std::find(out.begin(), out.end(), i) == out.end()) out.push_back(i);
  return out;
}

ExportSink sink(const model::ExportPolicy& policy, const model::ExportSink& export_sink,
                const std::vector<Source>& sources) {
  const SinkDefaults d(policy, export_sink);
  const bool exporter = policy.origin.kind == "Exporter";
  ExportSink out;
  out.name = export_sink.name.value;
  out.protocol = export_sink.target == model::SinkTarget::prometheus_remote_write
                     ? ExportSink::Protocol::prometheus_remote_write
                     : ExportSink::Protocol::otlp_http;
  out.endpoint = export_sink.endpoint.value;
  out.auth = auth(export_sink.authentication);
  out.batch_enabled = d.flag(export_sink.batch.enabled, "/batch/enabled");
  out.batch_timeout_ns = d.ns(export_sink.batch.timeout, "/batch/timeout");
  out.batch_max_size = d.number(export_sink.batch.max_size, "/batch/maxSize");
  out.retry_enabled = d.flag(export_sink.retry.enabled, "/retry/enabled");
  out.retry_max_attempts = d.number(export_sink.retry.max_attempts, "/retry/maxAttempts");
  out.retry_backoff_ns = d.ns(export_sink.retry.backoff, exporter ? "/retry/backoff" : "/retry/backoffDuration");
  out.sources = source_indexes(export_sink, sources);
  out.provenance = export_sink.name.span;
  return out;
}

}  // namespace

ExportPipeline lower_export(const model::ExportPolicy& policy, const model::ProjectConfig& config,
                            const SourceNames& names) {
  ExportPipeline out;
  out.api_version = policy.origin.api_version;
  out.kind = policy.origin.kind;
  out.name = policy.origin.name.value;
  out.name_space = policy.origin.name_space ? policy.origin.name_space->value : "default";
  out.uid = policy.origin.uid ? policy.origin.uid->value : out.name;
  out.source_file = names(policy.origin.file);
  out.provenance = policy.origin.name.span;
  for (const auto& s : policy.sources) out.sources.push_back(source(s, out.name_space, config));
  for (const auto& s : policy.sinks) out.sinks.push_back(sink(policy, s, out.sources));
  return out;
}

}  // namespace telc::ir
