// Prometheus rule files, VMRule and PrometheusRule: rule groups whose `expr` are parsed here, so a
// syntax error is reported at its file position like any other.
#include <algorithm>

#include "compiler/model/build.hpp"
#include "compiler/model/reader.hpp"
#include "schema/document.hpp"

namespace telc::compiler::model {
namespace {

/// A `name: value` map in the order the keys are written.
std::vector<std::pair<Str, Str>> string_map(const Reader& r, const std::string& p) {
  std::vector<std::pair<Str, Str>> out;
  for (const std::string& k : r.keys(p)) {
    const std::string at = schema::child_pointer(p, k);
    out.emplace_back(Str{k, r.key_span(at)}, r.str(at));
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first.span.begin < b.first.span.begin; });
  return out;
}

RuleQuery query(const Reader& r, const std::string& p, diag::Sink& sink) {
  RuleQuery out{r.embedded(p), std::make_shared<metricsql::ParseResult>(metricsql::parse(r.str(p).value))};
  if (!out.parsed->ok()) metricsql::report(*out.parsed->error(), out.text.where, sink);
  return out;
}

Rule rule(const Reader& r, const std::string& p, diag::Sink& sink) {
  return {r.opt_str(p + "/record"), r.opt_str(p + "/alert"), query(r, p + "/expr", sink), r.opt_str(p + "/for"),
          string_map(r, p + "/labels"), string_map(r, p + "/annotations"), r.key_span(p)};
}

}  // namespace

RuleFile build_rule_file(const Reader& r, const std::string& groups, diag::Sink& sink) {
  RuleFile out{r.origin(), {}};
  for (std::size_t i = 0; i < r.size(groups); ++i) {
    const std::string g = groups + "/" + std::to_string(i);
    RuleGroup group{r.str(g + "/name"), string_map(r, g + "/labels"), {}};
    for (std::size_t j = 0; j < r.size(g + "/rules"); ++j) group.rules.push_back(rule(r, g + "/rules/" + std::to_string(j), sink));
    out.groups.push_back(std::move(group));
  }
  return out;
}

}  // namespace telc::compiler::model
