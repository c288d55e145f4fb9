#pragma once
// telc's commands and options as plain data, read from the CLI11 app that parses them: the one
// source of the completion scripts and the man pages, so neither can drift from the parser.
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace telc::cli {

struct OptionModel {
  std::vector<std::string> names;  // "-j", "--jobs"; a positional's one name ("paths")
  std::string value_name;          // "JOBS", "PATH"; empty for a flag
  std::vector<std::string> choices;
  std::string description;
  std::string default_value;
  bool positional = false;
  bool required = false;
  bool repeats = false;  // takes many values ("PATH...")
  bool numeric = false;  // an integer: nothing to complete
};

struct CommandModel {
  std::vector<std::string> path;  // {"telc", "rules", "explain"}
  std::string description;
  std::vector<OptionModel> options;  // flags and options first, then positionals
  std::vector<CommandModel> subcommands;
  bool requires_subcommand = false;
};

[[nodiscard]] CommandModel describe(const CLI::App& app);

/// ASCII upper case ("paths" → "PATHS"): value names and man page titles.
[[nodiscard]] std::string upper(std::string text);

/// "telc rules explain"
[[nodiscard]] std::string joined(const std::vector<std::string>& path, const std::string& separator = " ");

/// Every command below `root` and `root` itself, parents before children.
[[nodiscard]] std::vector<const CommandModel*> all_commands(const CommandModel& root);

}  // namespace telc::cli
