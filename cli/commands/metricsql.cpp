#include "cli/command.hpp"

namespace telc::cli {

void add_metricsql_command(CLI::App& parent, RunState&) {
  parent.add_subcommand("metricsql", "MetricsQL tools (not yet available)");
}

}  // namespace telc::cli
