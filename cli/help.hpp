#pragma once
// Help text shared by the commands: each subcommand's own examples, and "did you mean" for a
// mistyped subcommand (CLI11 alone would say "A subcommand is required").
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

namespace telc::cli {

/// The exit-code line every `--help` ends with; README.md "Exit codes" says the same.
inline constexpr std::string_view kExitCodes =
    "Exit codes: 0 clean; 1 findings (an error, a lint finding at --fail-on or above, compile --check\n"
    "drift); 2 usage or I/O error; 3 internal error.";

/// `command`'s `--help` footer: its examples (indented lines), the exit codes, the documentation.
void set_examples(CLI::App& command, std::string_view examples);

/// When a word of `args` names no subcommand where one is expected, the message saying so, with
/// the closest name ("telc: unknown command 'valdiate'; did you mean 'validate'?").
[[nodiscard]] std::optional<std::string> unknown_subcommand(CLI::App& app, std::span<const std::string_view> args);

}  // namespace telc::cli
