#pragma once
#include <span>
#include <string_view>

#include "cli/command.hpp"
#include "cli/io.hpp"

namespace telc::cli {

/// Adds telc's flags, footer and every subcommand to `app`: the one model that parsing, the
/// completion scripts and the man pages are all made from.
void configure_app(CLI::App& app, RunState& state);

/// Runs telc with `args` (without the program name); returns the exit code.
[[nodiscard]] int run(std::span<const std::string_view> args, Io& io);

}  // namespace telc::cli
