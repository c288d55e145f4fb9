#pragma once
// What the man pages say beyond the command model: each command's description, its exit
// statuses and examples. Options and synopses come from the model (cli/man_pages.cpp).
#include <optional>
#include <span>
#include <string_view>

namespace telc::cli {

struct ExitStatus {
  int code;
  std::string_view meaning;
};

struct CommandText {
  std::string_view path;         // "telc collector"
  std::string_view description;  // paragraphs separated by a blank line
  std::span<const ExitStatus> exit_status;
  std::optional<int> empty_file_code;  // what `telc <path> EMPTY_FILE` returns (tests check it)
  std::string_view examples;           // one command a line
};

/// The text of the top-level command at `path`, or null (a page then says only what the model has).
[[nodiscard]] const CommandText* command_text(std::string_view path);

/// Every command's statuses: the ones all commands share.
[[nodiscard]] std::span<const ExitStatus> common_exit_status();

}  // namespace telc::cli
