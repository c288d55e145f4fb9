// `telc completion bash|zsh|fish`: the shell completion script, made from the command model.
#include <memory>

#include "cli/app_model.hpp"
#include "cli/command.hpp"
#include "cli/completion_scripts.hpp"
#include "cli/help.hpp"

namespace telc::cli {

void add_completion_command(CLI::App& parent, RunState& state) {
  auto shell = std::make_shared<std::string>();
  CLI::App* cmd = parent.add_subcommand("completion", "Print the shell completion script for bash, zsh or fish");
  cmd->add_option("shell", *shell, "Shell the script is for")
      ->required()
      ->check(CLI::IsMember({"bash", "zsh", "fish"}));
  set_examples(*cmd, R"(  source <(telc completion bash)              complete telc in this bash session
  telc completion fish > ~/.config/fish/completions/telc.fish   install for fish)");
  cmd->callback([shell, &parent, &state] { state.io.out << completion_script(*shell, describe(parent)).value_or(""); });
}

}  // namespace telc::cli
