#pragma once
// A subcommand is one file in cli/commands/ exposing one `add_*` function, listed in app.cpp.
#include <CLI/CLI.hpp>

#include "cli/help.hpp"
#include "cli/io.hpp"

namespace telc::cli {

/// What a command's callback writes back: the exit code to return.
struct RunState {
  Io& io;
  int exit_code = kClean;
};

using CommandSetup = void (*)(CLI::App& parent, RunState& state);

void add_compile_command(CLI::App& parent, RunState& state);
void add_diff_command(CLI::App& parent, RunState& state);
void add_validate_command(CLI::App& parent, RunState& state);
void add_metricsql_command(CLI::App& parent, RunState& state);
void add_collector_command(CLI::App& parent, RunState& state);
void add_lint_command(CLI::App& parent, RunState& state);
void add_rules_command(CLI::App& parent, RunState& state);
void add_completion_command(CLI::App& parent, RunState& state);
void add_schema_command(CLI::App& parent, RunState& state);
void add_test_command(CLI::App& parent, RunState& state);

}  // namespace telc::cli
