// A label per user, request, address or instant creates a series per value and can take a
// time-series database down, so such a label needs `values` or `maxCardinality`. Identity labels
// are bounded by the resources. In the otel profile the registry's metrics are judged too, by the
// attributes they use: semantic-convention keys say what a value is, so the check knows the keys
// that are unbounded by nature and those bounded by design (registry_attributes below).
#include <algorithm>
#include <cctype>
#include <span>

#include <fmt/format.h>

#include "lint/rule.hpp"
#include "lint/rule_helpers.hpp"
#include "lint/semconv.hpp"

namespace telc::lint {
namespace {

/// Words that make a label's values unbounded: one series per user, request, address or instant.
constexpr std::string_view kUnbounded[] = {
    "id",   "uid",       "uuid", "ip",   "ipv4",     "ipv6",    "addr",  "address", "url",   "uri",   "email",
    "mail", "timestamp", "time", "user", "username", "session", "token", "path",    "query", "trace", "span"};

bool unbounded(std::string_view key) {
  if (std::find(std::begin(kIdentityLabels), std::end(kIdentityLabels), key) != std::end(kIdentityLabels)) return false;
  for (std::size_t start = 0, sep = 0; sep != std::string_view::npos; start = sep + 1) {
    sep = key.find_first_of("._", start);
    const std::string_view word = key.substr(start, sep == std::string_view::npos ? sep : sep - start);
    if (std::find(std::begin(kUnbounded), std::end(kUnbounded), word) != std::end(kUnbounded)) return true;
  }
  return false;
}

/// Registry attributes bounded by design although their words suggest otherwise: low-cardinality
/// templates and summaries the conventions define for metrics, and ids of a fixed set (a topic's
/// partitions, a host's hardware components).
constexpr std::string_view kBoundedByDesign[] = {"url.template",
                                                 "http.route",
                                                 "error.type",
                                                 "db.query.summary",
                                                 "messaging.destination.template",
                                                 "messaging.destination.partition.id",
                                                 "hw.id",
                                                 "hw.parent"};

/// Registry attributes whose values are unbounded by nature: raw URLs and paths, query text, peers
/// on the client side, user agents, command lines.
constexpr std::string_view kUnboundedKeys[] = {"url.full",
                                               "url.path",
                                               "url.query",
                                               "url.original",
                                               "url.fragment",
                                               "http.url",
                                               "http.target",
                                               "db.query.text",
                                               "db.statement",
                                               "user_agent.original",
                                               "client.address",
                                               "client.port",
                                               "source.address",
                                               "source.port",
                                               "exception.stacktrace",
                                               "file.path",
                                               "process.command_line"};

/// The last word of a registry key that marks unbounded values: identifiers, free text, instants.
constexpr std::string_view kUnboundedLastWords[] = {"id",        "uid",   "uuid", "message",  "stacktrace",
                                                    "timestamp", "email", "text", "statement"};

bool listed(std::span<const std::string_view> list, std::string_view key) {
  return std::find(list.begin(), list.end(), key) != list.end();
}

/// Whether an attribute on a registry metric is unbounded by nature. Enums and booleans are
/// bounded whatever their key; the last word is read after '.' or '_' (`app.build_id` is an id).
bool unbounded_attribute(std::string_view key, const model::SemconvAttribute* definition) {
  if (listed(kBoundedByDesign, key)) return false;
  if (definition != nullptr && definition->type &&
      (definition->type->value == "enum" || definition->type->value == "boolean"))
    return false;
  if (listed(kUnboundedKeys, key)) return true;
  return listed(kUnboundedLastWords, last_word(key));
}

/// Registry metrics (otel profile): every attribute they use, directly or inherited, that is
/// unbounded by nature and not opt_in (an opt-in attribute is off until a user accepts the cost).
void registry_attributes(const Context& context, Reporter& out) {
  for (const model::Registry& r : context.model.registries)
    for (const model::SemconvGroup& g : r.groups) {
      if (!g.metric || g.deprecated) continue;
      for (const semconv::UsedAttribute& used : semconv::used_attributes(g, context.semconv.groups)) {
        const model::SemconvAttribute& a = *used.attribute;
        if (a.opt_in || !unbounded_attribute(a.key().value, semconv::definition(a, context.semconv.attributes)))
          continue;
        out.report(used.where, fmt::format("attribute '{}' of metric '{}' has unbounded values", a.key().value,
                                           g.metric->name.value))
            .hint(
                "each distinct value is a new series: drop it from the metric, make it opt_in, or use a bounded "
                "attribute (a template, a summary, an enum)");
      }
    }
}

class UnboundedLabel final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "cardinality/unbounded-label",
      "a label whose name denotes unbounded values (ids, IPs, URLs, e-mails, timestamps) has no bound",
      diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }
  void check(const Context& context, Reporter& out) const override {
    for (const model::MetricDefinition& d : context.model.definitions)
      for (const model::MetricLabel& l : d.labels)
        if (unbounded(l.key.value) && l.values.empty() && !l.max_cardinality)
          out.report(l.key.span,
                     fmt::format("label '{}' of metric '{}' has unbounded values", l.key.value, d.name.value))
              .hint(
                  "each distinct value is a new series: drop the label, or bound it with values: [...] or "
                  "maxCardinality");
    if (context.profile == Profile::otel) registry_attributes(context, out);
  }
};

}  // namespace

std::unique_ptr<Rule> make_cardinality_unbounded_label() { return std::make_unique<UnboundedLabel>(); }

}  // namespace telc::lint
