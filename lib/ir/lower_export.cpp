// ExportPolicy / Exporter → ExportPipeline: defaults from the kind's schema, the tenancy matcher
// injected into every selector group, sink → source references resolved to indexes.
#include <algorithm>
#include <filesystem>

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

std::vector<LabelRequirement> requirements(const model::LabelSelector& s) {
  std::vector<LabelRequirement> out;
  for (const auto& [k, v] : s.match_labels) out.push_back({k.value, LabelRequirement::Op::in, {v.value}});
  for (const auto& e : s.match_expressions) {
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

ResourceSelection selection(const model::ResourceSelector& s, const std::string& policy_namespace) {
  ResourceSelection out;
  out.provenance = s.span;
  out.has_namespace_selector = s.namespace_selector.has_value();
  if (s.namespace_selector)
    out.namespace_labels = requirements(*s.namespace_selector);
  else
    out.own_namespace = policy_namespace;
  if (s.label_selector) out.resource_labels = requirements(*s.label_selector);
  for (const auto& k : s.kinds) out.kinds.emplace_back(k.group.value, k.kind.value);
  return out;
}

Source source(const model::ExportSource& s, const std::string& policy_namespace, const model::ProjectConfig& config) {
  Source out{s.name.value, Source::Kind::selector, {}, std::nullopt, s.name.span};
  if (!s.resource_selectors.empty()) {
    out.kind = Source::Kind::resources;
    for (const auto& r : s.resource_selectors) out.resources.push_back(selection(r, policy_namespace));
    out.selector = resources_selector(out.resources, config);
  } else {
    out.selector = selector(s.metricsql ? &*s.metricsql : nullptr, config);
  }
  return out;
}

/// Defaults of one sink's fields, read from the policy kind's schema.
class SinkDefaults {
 public:
  SinkDefaults(const model::ExportPolicy& p, const model::ExportSink& s)
      : api_(p.origin.api_version), kind_(p.origin.kind) {
    if (kind_ == "Exporter")
      base_ = "/spec/sinks/0";
    else if (s.target == model::SinkTarget::prometheus_remote_write)
      base_ = "/spec/sinks/0/target/prometheusRemoteWrite";
    else
      base_ = "/spec/sinks/0/target/openTelemetry";
  }
  std::int64_t ms(const std::optional<model::Duration>& d, const std::string& field) const {
    if (d) return d->nanoseconds / 1'000'000;
    const auto text = get(field);
    const auto ns = text && text->is_string() ? schema::parse_go_duration(text->get<std::string>()) : std::nullopt;
    return ns.value_or(0) / 1'000'000;
  }
  std::int64_t number(const std::optional<diag::Located<std::int64_t>>& v, const std::string& field) const {
    if (v) return v->value;
    const auto d = get(field);
    return d && d->is_number_integer() ? d->get<std::int64_t>() : 0;
  }
  bool flag(const std::optional<bool>& v, const std::string& field) const {
    if (v) return *v;
    const auto d = get(field);
    return !d || !d->is_boolean() || d->get<bool>();
  }

 private:
  std::optional<nlohmann::json> get(const std::string& field) const {
    return schema_default(api_, kind_, base_ + field);
  }
  std::string api_, kind_, base_;
};

Auth auth(const std::optional<model::Authentication>& a) {
  if (!a) return {};
  if (a->kind == model::AuthKind::basic) return {Auth::Kind::basic, a->secret.name.value, ""};
  return {Auth::Kind::bearer, a->secret.name.value, a->secret.key ? a->secret.key->value : "token"};
}

std::vector<std::size_t> source_indexes(const model::ExportSink& s, const std::vector<Source>& sources) {
  std::vector<std::size_t> out;
  if (s.sources.empty())  // the seed's Exporter: every sink receives every source
    for (std::size_t i = 0; i < sources.size(); ++i) out.push_back(i);
  for (const auto& ref : s.sources)
    for (std::size_t i = 0; i < sources.size(); ++i)
      if (sources[i].name == ref.value && std::find(out.begin(), out.end(), i) == out.end()) out.push_back(i);
  return out;
}

ExportSink sink(const model::ExportPolicy& p, const model::ExportSink& s, const std::vector<Source>& sources) {
  const SinkDefaults d(p, s);
  const bool exporter = p.origin.kind == "Exporter";
  ExportSink out;
  out.name = s.name.value;
  out.protocol = s.target == model::SinkTarget::prometheus_remote_write ? ExportSink::Protocol::prometheus_remote_write
                                                                        : ExportSink::Protocol::otlp_http;
  out.endpoint = s.endpoint.value;
  out.auth = auth(s.authentication);
  out.batch_enabled = d.flag(s.batch.enabled, "/batch/enabled");
  out.batch_timeout_ms = d.ms(s.batch.timeout, "/batch/timeout");
  out.batch_max_size = d.number(s.batch.max_size, "/batch/maxSize");
  out.retry_enabled = d.flag(s.retry.enabled, "/retry/enabled");
  out.retry_max_attempts = d.number(s.retry.max_attempts, "/retry/maxAttempts");
  out.retry_backoff_ms = d.ms(s.retry.backoff, exporter ? "/retry/backoff" : "/retry/backoffDuration");
  out.sources = source_indexes(s, sources);
  out.provenance = s.name.span;
  return out;
}

}  // namespace

ExportPipeline lower_export(const model::ExportPolicy& p, const model::ProjectConfig& config,
                            const diag::SourceManager& files) {
  ExportPipeline out;
  out.api_version = p.origin.api_version;
  out.kind = p.origin.kind;
  out.name = p.origin.name.value;
  out.name_space = p.origin.name_space ? p.origin.name_space->value : "default";
  out.uid = p.origin.uid ? p.origin.uid->value : out.name;
  const std::filesystem::path path = files.file(p.origin.file).path;
  std::error_code ec;  // generated files never carry absolute paths: they must not differ by machine
  out.source_file = path == "-"          ? "<stdin>"
                    : path.is_absolute() ? path.lexically_relative(std::filesystem::current_path(ec)).generic_string()
                                         : path.generic_string();
  out.provenance = p.origin.name.span;
  for (const auto& s : p.sources) out.sources.push_back(source(s, out.name_space, config));
  for (const auto& s : p.sinks) out.sinks.push_back(sink(p, s, out.sources));
  return out;
}

}  // namespace telc::ir
