// Prometheus rule files, VMRule and PrometheusRule: rule groups whose `expr` are parsed here, so a
// syntax error is reported at its file position like any other.
#include <algorithm>
#include <optional>

#include "diag/parallel.hpp"
#include "model/build.hpp"
#include "model/reader.hpp"
#include "schema/document.hpp"

namespace telc::model {
namespace {

constexpr std::size_t kParallelFrom = 512;  // below this, a thread costs more than it saves

/// A `name: value` map in the order the keys are written.
std::vector<std::pair<Str, Str>> string_map(const Reader& r, const std::string& p) {
  std::vector<std::pair<Str, Str>> out;
  for (const std::string& k : r.keys(p)) {
    const std::string at = schema::child_pointer(p, k);
    out.emplace_back(Str{k, r.key_span(at)}, r.str(at));
  }
  std::sort(out.begin(), out.end(),
            [](const auto& a, const auto& b) { return a.first.span.begin < b.first.span.begin; });
  return out;
}

RecordingOrAlertingRule rule(const Reader& r, const std::string& p) {
  return {r.opt_str(p + "/record"),
          r.opt_str(p + "/alert"),
          {r.embedded(p + "/expr"), nullptr},
          r.opt_str(p + "/for"),
          string_map(r, p + "/labels"),
          string_map(r, p + "/annotations"),
          r.key_span(p)};
}

/// Parses every expression; a file of thousands of rules spends most of its time here, so large
/// files use two threads (parsing only reads the text). Errors are reported afterwards, in order.
void parse_all(std::vector<RuleQuery*>& queries, diag::Sink& sink) {
  diag::parallel_for(queries.size(), queries.size() >= kParallelFrom ? 2 : 1, [&](std::size_t i) {
    queries[i]->parsed = std::make_shared<metricsql::ParseResult>(metricsql::parse(queries[i]->text.text.value));
  });
  for (RuleQuery* q : queries)
    if (!q->parsed->ok()) metricsql::report(*q->parsed->error(), q->text.where, sink);
}

}  // namespace

RuleFile build_rule_file(const Reader& r, const std::string& groups, diag::Sink& sink) {
  RuleFile out{r.origin(), {}};
  for (std::size_t i = 0; i < r.size(groups); ++i) {
    const std::string g = groups + "/" + std::to_string(i);
    RuleGroup group{r.str(g + "/name"), string_map(r, g + "/labels"), {}};
    for (std::size_t j = 0; j < r.size(g + "/rules"); ++j)
      group.rules.push_back(rule(r, g + "/rules/" + std::to_string(j)));
    out.groups.push_back(std::move(group));
  }
  std::vector<RuleQuery*> queries;
  for (RuleGroup& g : out.groups)
    for (RecordingOrAlertingRule& rule : g.rules) queries.push_back(&rule.expr);
  parse_all(queries, sink);
  return out;
}

}  // namespace telc::model
