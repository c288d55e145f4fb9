#pragma once
// Shell completion scripts made from the command model: subcommands, options, option values
// (a set of choices, files, or nothing for numbers) and files for positional arguments.
#include <optional>
#include <string>
#include <string_view>

#include "cli/app_model.hpp"

namespace telc::cli {

/// The script for `shell` (bash, zsh or fish); nothing for another shell.
[[nodiscard]] std::optional<std::string> completion_script(std::string_view shell, const CommandModel& root);

}  // namespace telc::cli
