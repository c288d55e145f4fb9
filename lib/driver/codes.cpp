#include "driver/codes.hpp"

#include <algorithm>
#include <string>

#include "backends/codes.hpp"
#include "cel/codes.hpp"
#include "diff/codes.hpp"
#include "gotemplate/codes.hpp"
#include "lint/codes.hpp"
#include "lint/registry.hpp"
#include "metricsql/codes.hpp"
#include "model/codes.hpp"
#include "otelcol/codes.hpp"
#include "ottl/codes.hpp"
#include "policytest/codes.hpp"
#include "schema/codes.hpp"

namespace telc::driver {
namespace {

constexpr diag::CodeInfo kCodes[] = {
    {"compile/drift", "compile --check: a generated file is missing, differs, or is stale"},
    {"compile/not-compiled", "an input of a kind no selected target compiles"},
    {"compile/several-projects", "compile was given files under different .telc.yaml"},
    {"compile/stale-edited", "a file an earlier compile wrote is no longer generated but was edited: kept"},
    {"io/write", "a generated file cannot be written"},
};

/// The rules' documentation paths, built once: CodeInfo holds views into them.
const std::vector<std::string>& rule_doc_paths() {
  static const std::vector<std::string> paths = [] {
    std::vector<std::string> out;
    for (const auto& rule : lint::all_rules()) out.push_back("docs/rules/" + std::string(rule->info().code) + ".md");
    return out;
  }();
  return paths;
}

}  // namespace

std::span<const diag::CodeInfo> codes() { return kCodes; }

std::vector<diag::CodeInfo> all_codes() {
  std::vector<diag::CodeInfo> out;
  for (const auto table :
       {backends::codes(), cel::codes(), codes(), diff::codes(), gotemplate::codes(), lint::codes(), metricsql::codes(),
        model::codes(), otelcol::codes(), ottl::codes(), policytest::codes(), schema::codes()})
    out.insert(out.end(), table.begin(), table.end());
  const auto rules = lint::all_rules();
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const lint::RuleInfo& info = rules[i]->info();
    out.push_back({info.code, info.summary, info.default_severity, rule_doc_paths()[i]});
  }
  std::sort(out.begin(), out.end(), [](const auto& left, const auto& right) { return left.code < right.code; });
  return out;
}

}  // namespace telc::driver
