#include "cli/command.hpp"

namespace telc::cli {

void add_validate_command(CLI::App& parent, RunState&) {
  parent.add_subcommand("validate", "Validate policy YAML (not yet available)");
}

}  // namespace telc::cli
