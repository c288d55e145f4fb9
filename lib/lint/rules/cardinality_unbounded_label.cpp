// A label per user, request, address or instant creates a series per value and can take a
// time-series database down, so such a label needs `values` or `maxCardinality`. Identity labels
// are bounded by the resources.
#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "lint/rule.hpp"
#include "lint/rule_helpers.hpp"

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
  }
};

}  // namespace

std::unique_ptr<Rule> make_cardinality_unbounded_label() { return std::make_unique<UnboundedLabel>(); }

}  // namespace telc::lint
