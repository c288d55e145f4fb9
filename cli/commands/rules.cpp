#include <ostream>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "diag/spelling.hpp"
#include "lint/registry.hpp"
#include "lint/rule_docs.hpp"

namespace telc::cli {
namespace {

int list_rules(Io& io) {
  for (const auto& rule : lint::all_rules()) {
    const auto& info = rule->info();
    io.out << fmt::format("{:<40} {:<8} {}\n", info.code, diag::to_string(info.default_severity), info.summary);
  }
  return kClean;
}

int explain_rule(const std::string& code, Io& io) {
  if (auto doc = lint::rule_doc(code); doc && lint::find_rule(code) != nullptr) {
    io.out << *doc;
    return kClean;
  }
  std::vector<std::string> codes;
  for (const auto& rule : lint::all_rules()) codes.emplace_back(rule->info().code);
  const auto near = diag::closest(code, codes);
  io.err << fmt::format("telc: no lint rule has the code '{}'{}\n", code,
                        near ? fmt::format("; did you mean '{}'?", *near) : "; see 'telc rules list'");
  return kUsage;
}

}  // namespace

void add_rules_command(CLI::App& parent, RunState& state) {
  CLI::App* cmd = parent.add_subcommand("rules", "List the lint rules or explain one");
  cmd->require_subcommand(1);
  CLI::App* list = cmd->add_subcommand("list", "Every rule: code, default severity, summary");
  list->callback([&state] { state.exit_code = list_rules(state.io); });
  auto code = std::make_shared<std::string>();
  CLI::App* explain = cmd->add_subcommand("explain", "Print a rule's documentation page");
  explain->add_option("code", *code, "Rule code, such as alerting/runbook-url")->required();
  set_examples(*cmd, "  telc rules list\n  telc rules explain alerting/runbook-url");
  set_examples(*list, "  telc rules list                          code, default severity and summary of every rule");
  set_examples(*explain, "  telc rules explain alerting/runbook-url  what the rule checks, why, bad and good examples");
  explain->callback([code, &state] { state.exit_code = explain_rule(*code, state.io); });
}

}  // namespace telc::cli
