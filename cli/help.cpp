#include "cli/help.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "diag/render.hpp"
#include "diag/spelling.hpp"

namespace telc::cli {
namespace {

std::vector<std::string> names(const std::vector<CLI::App*>& commands) {
  std::vector<std::string> out;
  out.reserve(commands.size());
  for (const CLI::App* command : commands) out.push_back(command->get_name());
  return out;
}

std::string unknown(const std::string& prefix, std::string_view word, const std::vector<std::string>& candidates) {
  const std::string shown = diag::escape_controls(prefix + std::string(word));
  if (const auto near = diag::closest(word, candidates))
    return fmt::format("telc: unknown command '{}'; did you mean '{}{}'?\n", shown, prefix, *near);
  return fmt::format("telc: unknown command '{}'; see 'telc {}--help'\n", shown, prefix);
}

}  // namespace

void set_examples(CLI::App& command, std::string_view examples) {
  command.footer(
      fmt::format("Examples:\n{}\n\n{}\nDocumentation: man telc, man telc-<command>, README.md", examples, kExitCodes));
}

std::optional<std::string> unknown_subcommand(CLI::App& app, std::span<const std::string_view> args) {
  CLI::App* current = &app;
  std::string prefix;  // the subcommands walked, each followed by a space
  for (const std::string_view arg : args) {
    if (arg.empty() || arg.front() == '-') return std::nullopt;  // an option: CLI11 judges it
    const auto commands = current->get_subcommands([](CLI::App*) { return true; });
    if (commands.empty()) return std::nullopt;  // a leaf: the rest are its arguments
    const auto next = std::find_if(commands.begin(), commands.end(),
                                   [arg](CLI::App* command) { return command->check_name(std::string(arg)); });
    if (next == commands.end()) return unknown(prefix, arg, names(commands));
    prefix += std::string(arg) + " ";
    current = *next;
  }
  return std::nullopt;
}

}  // namespace telc::cli
